import Foundation
import Testing
import RekindleKit
@testable import RekindleUI

/// Issue 9 item 9: the history lists previews (never every body) and shows a revision in full
/// before a second Enter restores it.
@Suite struct HistoryReadingTests {
    /// A store with three versions of step 1's notes (newest first), the app in the notes pane.
    func app() -> (AppController, FakeStore) {
        let store = FakeStore()
        store.notesBySection["s1"] = "Dear diary\nthird"
        store.history["s1"] = [NoteRevision(id: 3, body: "Dear diary\nthird", savedAt: t0),
                               NoteRevision(id: 2, body: "Dear diary\nsecond\nand a long evening", savedAt: t0),
                               NoteRevision(id: 1, body: "Dear diary", savedAt: t0)]
        let app = AppController(workbook: sampleWorkbook(), store: store, size: Size(width: 100, height: 30))
        press(app, .char("1"), .tab, .tab)
        return (app, store)
    }

    func press(_ app: AppController, _ keys: Key...) {
        for k in keys { _ = app.handle(.key(k), now: t0) }
    }

    func screen(_ app: AppController) -> [String] { app.render(size: Size(width: 100, height: 30)).lines }

    @Test func theListReadsPreviewsOnlyAndEnterShowsTheFullText() {
        let (app, store) = app()
        press(app, .char("H"))
        #expect(store.calls == ["history s1"], "listing reads no body")
        #expect(screen(app).contains { $0.contains("(current)") })
        press(app, .char("j"), .enter)
        #expect(store.calls == ["history s1", "revision 2"])
        let shown = screen(app)
        #expect(shown.contains { $0.contains("and a long evening") })
        #expect(shown.contains { $0.contains("Enter restores this version · Esc back to the list") })
        #expect(!store.calls.contains { $0.hasPrefix("restoreRevision") })
    }

    @Test func escGoesBackToTheListAndASecondEnterRestores() {
        let (app, store) = app()
        press(app, .char("H"), .char("j"), .enter, .escape)
        guard case .noteHistory(let history)? = app.state.overlay else { Issue.record("history closed"); return }
        #expect(history.reading == nil && history.selected == 1)
        press(app, .char("j"), .enter, .enter)
        #expect(store.calls.last == "restoreRevision 1")
        #expect(app.state.overlay == nil)
        #expect(app.state.notesText(for: "s1") == "Dear diary")
    }

    @Test func theCurrentVersionIsShownButNotRestored() {
        let (app, store) = app()
        press(app, .char("H"), .enter)
        #expect(screen(app).contains { $0.contains("(current)") && $0.contains("Version of") })
        press(app, .enter)
        #expect(!store.calls.contains { $0.hasPrefix("restoreRevision") })
        #expect(app.state.message?.text.contains("current version") == true)
    }

    @Test func aLongRevisionScrolls() {
        var s = state(size: Size(width: 80, height: 12))
        send(&s, .historyLoaded(sectionKey: "s1", revisions: [summary(2, "now"), summary(1, "line 0")]))
        send(&s, char("j"), key(.enter))
        let body = (0..<40).map { "line \($0)" }.joined(separator: "\n")
        send(&s, .revisionLoaded(sectionKey: "s1", revision: NoteRevision(id: 1, body: body, savedAt: t0)))
        #expect(render(s, size: s.size).lines.contains { $0.contains("↓ more") })
        send(&s, key(.pageDown))
        let lines = render(s, size: s.size).lines
        #expect(lines.contains { $0.contains("↑ more") })
        #expect(!lines.contains { $0.contains("line 0 ") || $0.hasSuffix("line 0") })
        for _ in 0..<20 { send(&s, key(.pageDown)) }
        #expect(render(s, size: s.size).lines.contains { $0.contains("line 39") }, "the end is reachable, not past")
    }

    @Test func aRevisionThatArrivesForAnotherSelectionIsNotShown() {
        var s = state()
        send(&s, .historyLoaded(sectionKey: "s1", revisions: [summary(2, "now"), summary(1, "then")]))
        send(&s, .revisionLoaded(sectionKey: "s1", revision: NoteRevision(id: 1, body: "then", savedAt: t0)))
        guard case .noteHistory(let history)? = s.overlay else { Issue.record("history closed"); return }
        #expect(history.reading == nil)
    }
}
