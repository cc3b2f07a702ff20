import Foundation
import Testing
import RekindleKit
import RekindleStoreAdapter
@testable import RekindleUI

/// Autosaves on a background queue, against the real store (which is safe across threads).
@Suite struct BackgroundSaveTests {
    let guide = Guide(id: "tiny", title: "Tiny", sections: [
        GuideSection(key: "s1", kind: .step, number: 1, title: "Reflect", paragraphs: ["Look back."],
                     items: [GuideItem(key: "why", number: 1, title: "Why", text: "Ask why.", line: 3)], line: 2),
    ])

    func editingApp(_ store: Store) throws -> AppController {
        let adapter = GuideStore(store: store, guide: guide)
        let app = AppController(workbook: try store.load(guide: guide), store: adapter,
                                size: Size(width: 120, height: 40), backgroundStore: adapter)
        for k: Key in [.char("1"), .tab, .tab, .char("i")] { _ = app.handle(.key(k), now: t0) }
        #expect(app.state.panes.notes.isEditing)
        return app
    }

    func type(_ app: AppController, _ text: String, at now: Date) {
        for c in text { _ = app.handle(.key(.char(c)), now: now) }
    }

    @Test func anAutosaveIsWrittenOffTheKeyPathAndReportedOnTheNextTurn() throws {
        let store = try Store.inMemory()
        let app = try editingApp(store)
        type(app, "Ruhig bleiben 🌙", at: t0)
        _ = app.idle(now: t0.addingTimeInterval(1.0))
        app.waitForBackgroundSaves(now: t0.addingTimeInterval(1.1))
        #expect(try store.notes(guideID: "tiny", sectionKey: "s1") == "Ruhig bleiben 🌙")
        #expect(app.state.panes.notes.documents.values.allSatisfy { !$0.isUnsaved })
        #expect(app.render(size: Size(width: 120, height: 40)).lines.last?.contains("Saved") == true)
    }

    @Test func aSaveThePersonWaitsForLandsAfterTheQueuedAutosave() throws {
        let store = try Store.inMemory()
        let app = try editingApp(store)
        type(app, "first", at: t0)
        _ = app.idle(now: t0.addingTimeInterval(1.0))   // queued in the background
        type(app, " and more", at: t0.addingTimeInterval(1.05))
        _ = app.handle(.key(.escape), now: t0.addingTimeInterval(1.1))  // synchronous
        app.waitForBackgroundSaves(now: t0.addingTimeInterval(1.2))
        #expect(try store.notes(guideID: "tiny", sectionKey: "s1") == "first and more")
        let history = try store.noteHistory(guideID: "tiny", sectionKey: "s1", limit: nil).map(\.body)
        #expect(history == ["first and more", "first"])
    }
}
