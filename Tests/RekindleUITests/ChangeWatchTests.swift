import Foundation
import Testing
import RekindleKit
@testable import RekindleUI

/// Issue 9 item 17: what another copy wrote shows without a key press.
@Suite struct ChangeWatchTests {
    func app(_ store: FakeStore) -> AppController {
        AppController(workbook: sampleWorkbook(), store: store, size: Size(width: 120, height: 40))
    }

    /// A tick and a note from another copy; the data version moves.
    func anotherCopyWrites(_ store: FakeStore) {
        var workbook = sampleWorkbook()
        workbook.sections[2].items[0].doneAt = t0
        store.storedWorkbook = workbook
        store.notesBySection["s2"] = "written in the shell"
        store.storedDataVersion += 1
    }

    @Test func aChangeByAnotherCopyShowsWhenIdle() {
        let store = FakeStore()
        let app = app(store)
        anotherCopyWrites(store)
        _ = app.idle(now: t0)
        #expect(app.state.workbook.sections[2].items[0].doneAt == t0)
        #expect(app.state.notesText(for: "s2") == "written in the shell")
    }

    @Test func theDatabaseIsAskedAtMostOnceASecond() {
        let store = FakeStore()
        let app = app(store)
        #expect(app.idle(now: t0) != .unchanged)
        anotherCopyWrites(store)
        #expect(app.idle(now: t0.addingTimeInterval(0.5)) == .unchanged, "not asked again yet")
        #expect(app.state.notesText(for: "s2") == "")
        _ = app.idle(now: t0.addingTimeInterval(1))
        #expect(app.state.notesText(for: "s2") == "written in the shell")
    }

    @Test func nothingIsReadWhenNothingChanged() {
        var s = state()
        s.panes.journal.take([])
        s.tools.take(ToolsSnapshot(coolingOff: nil, entries: []))
        s.session.changes.seenVersion = 4
        #expect(send(&s, .idle) == [.checkForChanges])
        #expect(send(&s, .dataVersionRead(4)).isEmpty)
    }

    @Test func unsavedWordsAndAnOpenEditorAreNeverReplaced() {
        var s = state()
        s.session.changes.seenVersion = 1
        send(&s, char("2"), char("i"), char("x"))  // writing step 2's notes, unsaved
        let effects = send(&s, .dataVersionRead(2))
        #expect(effects.first == .reloadWorkbook)
        #expect(!effects.contains(.refreshNotes(sectionKey: "s2")))
        #expect(effects.contains(.refreshNotes(sectionKey: "s1")))
        send(&s, .notesRefreshed(sectionKey: "s1", body: "from elsewhere"))
        #expect(s.notesText(for: "s1") == "from elsewhere")
        #expect(s.notesText(for: "s2") == "x")
    }
}
