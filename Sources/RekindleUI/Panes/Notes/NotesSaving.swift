import Foundation
import RekindleKit

/// One write of a section's notes: the text, the document version it is, and whether it may run
/// in the background (autosaves) or the person waits for it (leaving the editor, switching
/// section, quitting).
struct NoteSave: Equatable, Sendable {
    var sectionKey: String
    var body: String
    var version: Int
    var at: Date
    var inBackground: Bool
}

/// When notes are written to the store: after a short pause in typing, when leaving the editor, and
/// on quit; a failed save keeps the text and tries again later.
extension AppState {
    /// Whether `update(.idle)` would do anything now (a save or a look for changes is due); cheap,
    /// for the idle tick.
    func idleHasWork(now: Date) -> Bool {
        let delay = session.preferences.autosaveDelay
        return session.changes.isDue(now: now) || panes.notes.documents.values.contains { $0.autosaveIsDue(now: now, delay: delay) }
            || panes.journal.draft?.document.autosaveIsDue(now: now, delay: delay) == true || journalNeedsReading
            || panes.journal.dayChanged(now: now)
    }

    /// Autosaves of every document that is due (the journal's draft too); they run in the
    /// background where they can.
    mutating func dueAutosaves(now: Date) -> [Effect] {
        let delay = session.preferences.autosaveDelay
        let notes = panes.notes.documents.keys.sorted()
            .filter { panes.notes.documents[$0]!.autosaveIsDue(now: now, delay: delay) }
            .compactMap { save($0, inBackground: true, now: now) }
        let entry = panes.journal.draft?.document.autosaveIsDue(now: now, delay: delay) == true ? entrySave(background: true, now: now) : nil
        return notes + (entry.map { [$0] } ?? [])
    }

    /// Saves of every unsaved document (the journal's draft too), due or not, that the person waits for.
    mutating func pendingSaves(now: Date) -> [Effect] {
        let notes = panes.notes.documents.keys.sorted()
            .filter { panes.notes.documents[$0]!.isUnsaved }
            .compactMap { save($0, inBackground: false, now: now) }
        let entry = panes.journal.draft?.document.isUnsaved == true ? entrySave(background: false, now: now) : nil
        return notes + (entry.map { [$0] } ?? [])
    }

    /// The save of a document's text as it is now; none when the text is what the store has.
    private mutating func save(_ key: String, inBackground: Bool, now: Date) -> Effect? {
        panes.notes.edit(key) { document in
            document.takeSave(inBackground: inBackground).map { body, version in
                .saveNotes(NoteSave(sectionKey: key, body: body, version: version, at: now, inBackground: inBackground))
            }
        }
    }

    /// Leaves the editor (if open) and saves everything: for quitting and for a shutdown by signal.
    mutating func saveEverything(now: Date) -> [Effect] {
        if panes.notes.isEditing { stopEditingNotes() }
        if panes.journal.isWriting { stopWritingEntry() }
        return pendingSaves(now: now)
    }

    /// Results of note effects the controller carried out.
    mutating func handleNotesResult(_ event: AppEvent, now: Date) {
        switch event {
        case let .notesSaved(save, replacedOtherVersion):
            let hadFailed = panes.notes.edit(save.sectionKey) { document in
                if save.inBackground { document.saveInFlight = false }
                defer { document.didSave(save.body, version: save.version, now: now) }
                return document.failure != nil
            }
            let stillFailing = panes.notes.documents.values.contains { $0.failure != nil }
            // The warning about the failed save is over: say so, rather than leave it standing.
            if hadFailed, !stillFailing { message = StatusMessage("Saved now — the notes that could not be saved are in the database") }
            // A later failure is refused its quit again, as the first one was.
            if !stillFailing { panes.notes.quitDespiteUnsavedNotes = false }
            if replacedOtherVersion {
                message = StatusMessage("Another copy of rekindle changed these notes too; its version is in history (H)")
            }
        case let .notesSaveFailed(save, reason):
            // A failed save of text that a later save already stored is no failure any more.
            let matters = panes.notes.edit(save.sectionKey) {
                $0.saveFailed(version: save.version, inBackground: save.inBackground, reason: reason, now: now)
            }
            if matters { message = StatusMessage("Not saved: \(reason) — kept in memory, will retry", isWarning: true) }
        case let .notesRefreshed(key, body):
            panes.notes.edit(key) { document in
                // Only notes nobody has typed into yet take the fresh text; when it is what this
                // copy already had, the editor (built from that) stays as it is.
                guard !document.isUnsaved, !document.knowsStored(body) else { return }
                document.takeStored(body)
            }
            relayoutNotesEditor()
        case let .revisionRestored(key, body):
            panes.notes.edit(key) { document in
                document.takeStored(body)
                document.matchesStore()
            }
            panes.notes.scroll = 0
            overlay = nil
            message = StatusMessage("Restored an earlier version (saved as the newest)")
        default:
            break
        }
    }

    /// Quitting goes ahead unless notes could not be saved; then it is refused once, with word of
    /// where the notes will be kept if the person quits anyway.
    mutating func quitIfSaved() -> [Effect] {
        let failed = panes.notes.documents.values.contains { $0.failure != nil }
            || panes.journal.draft?.document.failure != nil
        guard failed, !panes.notes.quitDespiteUnsavedNotes else { return [.quit] }
        panes.notes.quitDespiteUnsavedNotes = true
        message = StatusMessage("Notes not saved (still here). Press \(key(for: .quit, in: .global)) again to quit and keep them in a private file.",
                                isWarning: true)
        return []
    }
}
