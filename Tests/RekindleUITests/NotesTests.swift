import Foundation
import Testing
import RekindleKit
@testable import RekindleUI

@Suite struct NotesTests {
    func app(_ store: FakeStore) -> AppController {
        store.notesBySection["s1"] = "I miss the walks."
        let app = AppController(workbook: sampleWorkbook(), store: store, size: Size(width: 120, height: 40))
        for k: Key in [.char("1"), .tab, .tab, .char("i")] { _ = app.handle(.key(k), now: t0) }
        return app
    }

    func type(_ app: AppController, _ text: String, at now: Date = t0) {
        for c in text { _ = app.handle(.key(c == "\n" ? .enter : .char(c)), now: now) }
    }

    func statusLine(_ app: AppController) -> String { app.render(size: Size(width: 120, height: 40)).lines.last! }

    @Test func typingShowsAtOnceAndAutosavesAfterAPause() {
        let store = FakeStore()
        let app = app(store)
        #expect(app.state.panes.notes.isEditing)
        type(app, "\nq and j are text here")
        #expect(app.state.panes.notes.isEditing)
        #expect(statusLine(app).contains("Unsaved changes"))
        #expect(app.render(size: Size(width: 120, height: 40)).lines.contains { $0.contains("q and j are text here") })
        _ = app.idle(now: t0.addingTimeInterval(0.5))
        #expect(store.calls.isEmpty)
        _ = app.idle(now: t0.addingTimeInterval(1.0))
        #expect(store.calls == ["save s1"])
        #expect(store.notesBySection["s1"] == "I miss the walks.\nq and j are text here")
        #expect(statusLine(app).contains("Saved"))
        #expect(app.render(size: Size(width: 120, height: 40)).cursor != nil)
    }

    @Test func steadyTypingWithoutAPauseIsStillSavedWithinASecond() {
        // Found by Tests/slow/crash_loop.py: with a pure debounce, 2 s of steady typing was lost to SIGKILL.
        let store = FakeStore()
        let app = app(store)
        for tick in 0..<15 {  // a key every 0.1 s, never a pause of 1 s
            let now = t0.addingTimeInterval(Double(tick) * 0.1)
            type(app, "x", at: now)
            _ = app.idle(now: now)
        }
        #expect(store.calls == ["save s1"])
        #expect(store.notesBySection["s1"] == "I miss the walks." + String(repeating: "x", count: 11))
    }

    @Test func theEditorOpensOnWhatTheDatabaseHoldsNowNotAtLaunch() {
        let store = FakeStore()
        store.notesBySection["s1"] = "I miss the walks."
        let app = AppController(workbook: sampleWorkbook(), store: store, size: Size(width: 120, height: 40))
        store.notesBySection["s1"] = "Written in another window."
        for k: Key in [.char("1"), .tab, .tab, .char("i")] { _ = app.handle(.key(k), now: t0) }
        type(app, " And here.")
        _ = app.handle(.key(.escape), now: t0)
        #expect(store.notesBySection["s1"] == "Written in another window. And here.")
    }

    @Test func aSaveOverAnotherCopysVersionSaysWhereThatVersionIs() {
        let store = FakeStore()
        let app = app(store)
        store.savesReplaceAnotherCopysVersion = true
        type(app, " More.")
        _ = app.handle(.key(.escape), now: t0)
        #expect(statusLine(app).contains("Another copy of rekindle"))
        #expect(statusLine(app).contains("history (H)"))
    }

    @Test func escapeStopsAndSavesAtOnce() {
        let store = FakeStore()
        let app = app(store)
        type(app, "!")
        _ = app.handle(.key(.escape), now: t0)
        #expect(app.state.isBrowsing)
        #expect(store.calls == ["save s1"])
        #expect(app.render(size: Size(width: 120, height: 40)).cursor == nil)
    }

    @Test func ctrlZUndoesTypingInsteadOfSuspending() {
        let store = FakeStore()
        let app = app(store)
        type(app, "abc")
        #expect(app.handle(.key(.ctrl("z")), now: t0) == .proceed)
        #expect(app.state.notesText(for: "s1").hasPrefix("I miss the walks."))
        #expect(app.state.notesText(for: "s1") != "I miss the walks.abc")
    }

    @Test func pasteIsInsertedVerbatim() {
        let store = FakeStore()
        let app = app(store)
        _ = app.handle(.paste("\nline one\nq line two"), now: t0)
        #expect(app.state.notesText(for: "s1") == "I miss the walks.\nline one\nq line two")
        #expect(app.state.panes.notes.isEditing)
    }

    @Test func aFailedSaveKeepsTheTextSaysSoAndRetries() {
        let store = FakeStore()
        let app = app(store)
        store.failSaves = "disk full"
        type(app, " Still.")
        _ = app.idle(now: t0.addingTimeInterval(1.5))
        #expect(app.state.notesText(for: "s1") == "I miss the walks. Still.")
        #expect(statusLine(app).contains("Not saved yet — kept here, retrying"))
        store.failSaves = nil
        _ = app.idle(now: t0.addingTimeInterval(3))
        #expect(store.calls.isEmpty)
        _ = app.idle(now: t0.addingTimeInterval(1.5 + NotesPaneState.retryDelay))
        #expect(store.notesBySection["s1"] == "I miss the walks. Still.")
        #expect(app.state.panes.notes.documents.values.allSatisfy { !$0.isUnsaved })
    }

    @Test func quitSavesFirstAndRefusesOnceWhenSavingFails() {
        let store = FakeStore()
        let app = app(store)
        type(app, "x")
        store.failSaves = "read-only file system"
        #expect(app.handle(.key(.ctrl("c")), now: t0) == .proceed)
        #expect(app.state.message?.text.contains("Press q again") == true)
        #expect(app.handle(.key(.char("q")), now: t0) == .quit)
        // What the store never took is handed over for an emergency copy, with its section's name.
        #expect(app.unsavedNotes.map(\.body) == ["I miss the walks.x"])
        #expect(app.unsavedNotes.first?.section.isEmpty == false)

        let happy = FakeStore()
        let other = self.app(happy)
        type(other, "y")
        #expect(other.handle(.key(.ctrl("c")), now: t0) == .quit)
        #expect(happy.notesBySection["s1"] == "I miss the walks.y")
        #expect(other.unsavedNotes.isEmpty)
    }

    @Test func shutdownSavesPendingNotes() {
        let store = FakeStore()
        let app = app(store)
        type(app, "z")
        app.shutdown(now: t0)
        #expect(store.notesBySection["s1"] == "I miss the walks.z")
    }

    @Test func historyListsRevisionsAndRestoresOne() {
        let store = FakeStore()
        let app = app(store)
        type(app, " one")
        _ = app.handle(.key(.escape), now: t0)
        type(app, "i two")
        _ = app.handle(.key(.escape), now: t0.addingTimeInterval(60))
        _ = app.handle(.key(.char("H")), now: t0)
        guard case .noteHistory(let history) = app.state.overlay else { Issue.record("no history"); return }
        #expect(history.revisions.count == 2)
        #expect(app.render(size: Size(width: 120, height: 40)).lines.contains { $0.contains("I miss the walks. one two") })
        _ = app.handle(.key(.char("j")), now: t0)
        _ = app.handle(.key(.enter), now: t0)
        #expect(!store.calls.contains { $0.hasPrefix("restoreRevision") }, "the first Enter only shows it")
        _ = app.handle(.key(.enter), now: t0)
        #expect(app.state.isBrowsing)
        #expect(app.state.notesText(for: "s1") == "I miss the walks. one")
    }

    @Test func emptyNotesShowACalmPlaceholder() {
        var s = state()
        send(&s, char("2"))
        #expect(render(s, size: s.size).lines.joined().contains("No notes yet — press i to write"))
    }

    /// While the editor is open its lines are the one copy of the notes (issue 15: a second copy of
    /// a 1 MB note stayed beside them, and a third at every save); leaving it, the saved text is
    /// the document's again, and a save of text the store already has still lands.
    @Test func theEditorHoldsTheOnlyCopyOfNotesBeingWritten() {
        let store = FakeStore()
        let app = app(store)
        #expect(app.state.panes.notes.documents["s1"]?.saved == nil)
        type(app, " And the rain.")
        _ = app.idle(now: t0.addingTimeInterval(1.0))
        #expect(store.calls == ["save s1"])
        #expect(app.state.panes.notes.documents["s1"]?.saved == nil)
        #expect(statusLine(app).contains("Saved"))
        // Typing taken back to the saved text is saved again (the store compares the bytes).
        type(app, "x", at: t0.addingTimeInterval(2))
        _ = app.handle(.key(.backspace), now: t0.addingTimeInterval(2))
        _ = app.idle(now: t0.addingTimeInterval(3.5))
        #expect(store.calls == ["save s1", "save s1"])
        #expect(statusLine(app).contains("Saved"))
        _ = app.handle(.key(.escape), now: t0.addingTimeInterval(4))
        #expect(app.state.panes.notes.documents["s1"]?.saved == "I miss the walks. And the rain.")
        #expect(app.state.notesText(for: "s1") == "I miss the walks. And the rain.")
        #expect(store.notesBySection["s1"] == "I miss the walks. And the rain.")
    }

    /// The store's text read while the editor is open replaces the editor only when it differs
    /// from the editor's text; the same text leaves the cursor where the person put it.
    @Test func theStoresTextReplacesAnOpenEditorOnlyWhenItDiffers() {
        var s = state()
        send(&s, char("1"), key(.tab), key(.tab), char("i"), key(.end))
        let end = s.panes.notes.documents["s1"]?.editor?.buffer.cursor
        #expect(end?.column == "I miss the walks.".count)
        send(&s, .notesRefreshed(sectionKey: "s1", body: "I miss the walks."))
        #expect(s.panes.notes.documents["s1"]?.editor?.buffer.cursor == end)
        send(&s, .notesRefreshed(sectionKey: "s1", body: "I miss the walks.\nWritten elsewhere."))
        #expect(s.panes.notes.isEditing)
        #expect(s.notesText(for: "s1") == "I miss the walks.\nWritten elsewhere.")
        // A new editor of the new text, its cursor at the end as when the notes are opened.
        #expect(s.panes.notes.documents["s1"]?.editor?.buffer.cursor == TextPosition(line: 1, column: "Written elsewhere.".count))
    }

    /// The editor shows notes being written; their rows wrapped for reading, and the text those
    /// were wrapped from, are let go (else the text before the first save stays beside the new one).
    @Test func writingNotesLetsGoOfTheRowsWrappedForReading() {
        var s = state()
        send(&s, char("1"))
        #expect(render(s, size: s.size).lines.joined().contains("I miss the walks."))
        #expect(s.panes.notes.wrapCache.wrappedRowCount(key: "s1") > 0)
        send(&s, char("i"))
        #expect(s.panes.notes.isEditing)
        #expect(s.panes.notes.wrapCache.wrappedRowCount(key: "s1") == 0)
    }
}
