import Foundation
import RekindleKit

/// Writing a journal entry, from any pane: the journal pane shows the editor, the notes' editing
/// keys apply, and the draft is saved like notes are (autosave, on leaving, on quit).
extension AppState {
    /// Opens the editor on a new entry for the shown section, or back on the last one while the
    /// store does not have its words yet (they are never set aside for a new one).
    mutating func startNewEntry(now: Date) -> [Effect] {
        if let draft = panes.journal.draft, draft.document.isUnsaved, draft.kind == .draft {
            // An unsent draft whose words are not stored yet goes on in its own room.
            overlay = .tool(.drafts)
            return openDraft(now: now)
        }
        if panes.journal.draft?.document.isUnsaved != true {
            panes.journal.draft = EntryDraft(new: section?.key, at: now)
        }
        return openDraft(now: now)
    }

    /// Opens the editor on the selected entry.
    mutating func startEditingEntry(now: Date) -> [Effect] {
        guard let selected = panes.journal.selectedEntry else { return [] }
        return startEditing(selected.entry, now: now)
    }

    /// Opens the editor on a stored entry (a journal entry, or an unsent draft in its room).
    mutating func startEditing(_ entry: Entry, now: Date) -> [Effect] {
        if panes.journal.draft?.entryID != entry.id {
            guard mayStartDraft() else { return [] }
            panes.journal.draft = EntryDraft(editing: entry)
        }
        return openDraft(now: now)
    }

    /// Opens the editor on a new unsent draft in the drafts room, or back on the last one while
    /// the store does not have its words yet.
    mutating func startNewDraft(now: Date) -> [Effect] {
        if panes.journal.draft?.document.isUnsaved != true {
            panes.journal.draft = EntryDraft(new: toolSectionKey(for: .draft), at: now, kind: .draft)
        } else if panes.journal.draft?.kind != .draft {
            message = StatusMessage("The last journal entry is not saved yet (it is kept here, retrying) — write the draft once it is",
                                    isWarning: true)
            return []
        }
        return openDraft(now: now)
    }

    /// One draft at a time: words of an earlier one that are not stored yet stay until they are.
    private mutating func mayStartDraft() -> Bool {
        guard let draft = panes.journal.draft, draft.document.isUnsaved else { return true }
        message = StatusMessage("The last entry is not saved yet (it is kept here, retrying) — w goes on writing it",
                                isWarning: true)
        return false
    }

    /// Notes being written are left (and saved) first: one editor at a time. A journal entry is
    /// written in the journal pane; an unsent draft in its room.
    private mutating func openDraft(now: Date) -> [Effect] {
        let wasWritingNotes = panes.notes.isEditing
        if wasWritingNotes { stopEditingNotes() }
        if panes.journal.draft?.kind == .journal { focus = .journal }
        panes.journal.draft?.document.openEditor()
        relayoutEntryEditor()
        return wasWritingNotes ? pendingSaves(now: now) : []
    }

    mutating func handleEntryEditorKey(_ key: Key, action: Action?, now: Date) -> [Effect] {
        if action == .stopEditing {
            stopWritingEntry()
            return pendingSaves(now: now)
        }
        let rect = entryEditorRect
        if let edit = TextBuffer.edit(for: action, key: key, width: rect.width, height: rect.height) {
            editEntry(now: now, edit)
        }
        return []
    }

    mutating func editEntry(now: Date, _ edit: (inout TextBuffer) -> Void) {
        panes.journal.draft?.document.edit(now: now, edit)
        relayoutEntryEditor()
    }

    /// Leaves the editor; a new entry with no words in it is let go, and so is one the store
    /// already has as it is; anything else is saved by the caller (`pendingSaves`).
    mutating func stopWritingEntry() {
        guard var draft = panes.journal.draft else { return }
        draft.document.closeEditor()
        panes.journal.draft = draft.isBlank || !draft.document.isUnsaved ? nil : draft
    }

    mutating func relayoutEntryEditor() {
        let rect = entryEditorRect
        panes.journal.draft?.document.relayoutEditor(width: rect.width, height: rect.height)
    }

    /// Where the entry being written is edited: in the journal pane, or in the drafts room.
    var entryEditorRect: Rect {
        panes.journal.draft?.kind == .draft ? DraftsRoom.editorRect(size: size) : JournalPane.editorRect(contentRect(of: .journal))
    }

    /// The draft's save, when its text is not what the store has. A draft not stored yet is saved
    /// while the person waits (it is added once, and gets its id before the next save).
    mutating func entrySave(background: Bool, now: Date) -> Effect? {
        guard var draft = panes.journal.draft, !draft.isBlank else { return nil }
        let inBackground = background && draft.entryID != nil
        defer { panes.journal.draft = draft }
        return draft.document.takeSave(inBackground: inBackground).map { body, version in
            .saveEntry(EntrySave(entryID: draft.entryID, kind: draft.kind, sectionKey: draft.sectionKey, body: body, mood: draft.mood,
                                 at: draft.at, savedAt: now, version: version, inBackground: inBackground))
        }
    }

    /// Results of entry saves.
    mutating func handleEntrySaveResult(_ event: AppEvent, now: Date) {
        switch event {
        case let .entrySaved(save, saved):
            var entry = saved
            if let stored = storedEntry(id: entry.id) {
                // A save reports the words; when it was first written and a goal's days stay.
                entry.createdAt = stored.createdAt
                entry.due = stored.due
                entry.doneAt = stored.doneAt
            }
            putEntry(entry)
            guard var draft = panes.journal.draft, draft.entryID == nil || draft.entryID == entry.id else { return }
            if save.inBackground { draft.document.saveInFlight = false }
            let hadFailed = draft.document.failure != nil
            if draft.entryID == nil { selectEntry(entry) }
            draft.entryID = entry.id
            draft.document.didSave(save.body, version: save.version, now: now)
            // A stored draft that nobody is writing in is done.
            panes.journal.draft = draft.document.editor == nil && !draft.document.isUnsaved ? nil : draft
            if hadFailed { message = StatusMessage("Saved now — the entry that could not be saved is in the database") }
        case let .entrySaveFailed(save, reason):
            guard var draft = panes.journal.draft, draft.entryID == save.entryID else { return }
            let matters = draft.document.saveFailed(version: save.version, inBackground: save.inBackground,
                                                    reason: reason, now: now)
            panes.journal.draft = draft
            if matters { message = StatusMessage("Not saved: \(reason) — kept in memory, will retry", isWarning: true) }
        default:
            break
        }
    }
}
