import Foundation
import RekindleKit
import Testing
@testable import RekindleUI

/// Saves that overlap: an autosave still being written when the person leaves the editor, a
/// failure of text already stored, a restore over unsaved words, a paste over a blank screen.
@Suite struct SaveRaceTests {
    func editingS1() -> AppState {
        var s = state()
        send(&s, char("1"), key(.tab), key(.tab), char("i"))
        #expect(s.panes.notes.editingKey == "s1")
        return s
    }

    func backgroundSave(_ effects: [Effect]) -> NoteSave? {
        for case let .saveNotes(save) in effects where save.inBackground { return save }
        return nil
    }

    @Test func takingAChangeBackWhileItsAutosaveIsWrittenStillSavesWhatIsOnScreen() {
        var s = editingS1()
        send(&s, char("!"), now: t0)
        let inFlight = backgroundSave(send(&s, .idle, now: t0.addingTimeInterval(1)))
        #expect(inFlight?.body == "I miss the walks.!")
        send(&s, key(.backspace), now: t0.addingTimeInterval(1.01))
        let onLeaving = send(&s, key(.escape), now: t0.addingTimeInterval(1.02))
        guard case let .saveNotes(waited)? = onLeaving.first else { Issue.record("nothing saved on leaving"); return }
        #expect(waited.body == "I miss the walks." && !waited.inBackground)
        // The results come back in the order the saves were written.
        send(&s, .notesSaved(inFlight!, replacedOtherVersion: false), .notesSaved(waited, replacedOtherVersion: false))
        #expect(s.notesText(for: "s1") == "I miss the walks." && s.saveState(for: "s1") == .saved)
    }

    @Test func aFailedSaveOfTextThatIsNoLongerUnsavedIsNoFailure() {
        var s = editingS1()
        send(&s, char("!"), now: t0)
        let inFlight = backgroundSave(send(&s, .idle, now: t0.addingTimeInterval(1)))!
        send(&s, key(.backspace), now: t0.addingTimeInterval(1.01))
        guard case let .saveNotes(waited)? = send(&s, key(.escape), now: t0.addingTimeInterval(1.02)).first else { return }
        send(&s, .notesSaveFailed(inFlight, reason: "disk full"), .notesSaved(waited, replacedOtherVersion: false))
        #expect(s.saveState(for: "s1") == .saved)
        #expect(send(&s, .quitRequested) == [.quit])
    }

    @Test func aRevisionIsNotRestoredOverWordsTheStoreDoesNotHave() {
        var s = editingS1()
        for c in " And the sea." { send(&s, char(c), now: t0) }
        guard case let .saveNotes(save)? = send(&s, key(.escape), now: t0.addingTimeInterval(0.5)).first else { return }
        send(&s, .notesSaveFailed(save, reason: "database is locked"), now: t0.addingTimeInterval(0.6))
        send(&s, .historyLoaded(sectionKey: "s1", revisions: [summary(8, "I miss the walks."), summary(7, "I miss.")]))
        #expect(send(&s, char("j"), key(.enter)) == [.loadRevision(sectionKey: "s1", id: 7)])
        send(&s, .revisionLoaded(sectionKey: "s1", revision: NoteRevision(id: 7, body: "I miss.", savedAt: t0)))
        #expect(send(&s, key(.enter)).isEmpty)
        #expect(s.message?.text.contains("not saved yet") == true)
        #expect(s.notesText(for: "s1") == "I miss the walks. And the sea.")
    }

    @Test func aPasteBringsABlankedScreenBackAndLands() {
        var s = editingS1()
        send(&s, key(.ctrl("b")), .input(.paste(" pasted")))
        #expect(s.overlay == nil)
        #expect(s.notesText(for: "s1") == "I miss the walks. pasted")
    }

    @Test func aQuitIsRefusedAgainForALaterFailure() {
        var s = editingS1()
        send(&s, char("a"))
        guard case let .saveNotes(first)? = send(&s, key(.escape)).first else { return }
        send(&s, .notesSaveFailed(first, reason: "disk full"), .quitRequested, .quitRequested)
        send(&s, char("i"), char("b"))
        guard case let .saveNotes(second)? = send(&s, key(.escape)).first else { return }
        send(&s, .notesSaved(second, replacedOtherVersion: false))
        send(&s, char("i"), char("c"))
        guard case let .saveNotes(third)? = send(&s, key(.escape)).first else { return }
        send(&s, .notesSaveFailed(third, reason: "disk full"))
        #expect(send(&s, .quitRequested).isEmpty, "refused once, as the first failure was")
    }

    @Test func aFailedReadDoesNotSayNotSaved() {
        var s = state()
        send(&s, .effectFailed(.loadHistory(sectionKey: "s1"), reason: "disk I/O error"))
        #expect(s.message?.text == "Could not read the database: disk I/O error")
    }
}
