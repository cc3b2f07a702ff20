import Foundation
import RekindleKit

/// When notes are written to the store: after a short pause in typing, when leaving the editor, and
/// on quit; a failed save keeps the text and tries again later.
extension AppState {
    /// Records new notes text for a section; it stays a draft until the store confirms it.
    mutating func recordDraft(_ body: String, sectionKey: String, now: Date) {
        if body == (notes[sectionKey] ?? ""), noteDrafts[sectionKey]?.failure == nil {
            noteDrafts[sectionKey] = nil
            return
        }
        var draft = noteDrafts[sectionKey] ?? NoteDraft(body: body, editedAt: now, unsavedSince: now)
        draft.body = body
        draft.editedAt = now
        noteDrafts[sectionKey] = draft
    }

    /// Saves of every draft that is due: typing paused long enough, typing went on for the longest
    /// a keystroke may stay unsaved, or a failed save's retry time came.
    func autosave(now: Date) -> [Effect] {
        noteDrafts.keys.sorted().compactMap { key in
            guard let draft = noteDrafts[key], !savesInFlight.contains(key) else { return nil }
            let due = draft.failure == nil
                ? now.timeIntervalSince(draft.editedAt) >= Self.autosaveDelay
                    || now.timeIntervalSince(draft.unsavedSince ?? draft.editedAt) >= Self.autosaveMaximumDelay
                : now >= (draft.retryAt ?? now)
            guard due else { return nil }
            return .saveNotes(sectionKey: key, body: draft.body, at: now)
        }
    }

    /// Whether `update(.idle)` would do anything now (a save is due); cheap, for the idle tick.
    func idleHasWork(now: Date) -> Bool {
        !noteDrafts.isEmpty && !autosave(now: now).isEmpty
    }

    /// Saves of every draft, due or not (leaving the editor, switching section, quitting).
    func pendingSaves(now: Date) -> [Effect] {
        noteDrafts.keys.sorted().compactMap { key in
            noteDrafts[key].map { .saveNotes(sectionKey: key, body: $0.body, at: now) }
        }
    }

    /// Results of effects the controller carried out.
    mutating func handleResult(_ event: AppEvent, now: Date) -> [Effect] {
        switch event {
        case let .itemAdded(sectionKey, item, after):
            insertAddedItem(item, sectionKey: sectionKey, after: after)
        case let .notesSaveQueued(key):
            savesInFlight.insert(key)
        case let .notesSaved(key, body, replacedOtherVersion):
            savesInFlight.remove(key)
            notes[key] = body
            if replacedOtherVersion {
                status = StatusMessage("Another copy of rekindle changed these notes too; its version is in history (H)")
            }
            // Text typed while the save ran is still a draft.
            let bufferIsNewer = notesEditorDraftIsStale && notesEditor?.sectionKey == key
            if noteDrafts[key]?.body == body, !bufferIsNewer {
                noteDrafts[key] = nil
            } else {
                noteDrafts[key]?.unsavedSince = now
            }
        case let .notesSaveFailed(key, body, reason):
            savesInFlight.remove(key)
            var draft = noteDrafts[key] ?? NoteDraft(body: body, editedAt: now)
            draft.failure = reason
            draft.retryAt = now.addingTimeInterval(Self.retryDelay)
            noteDrafts[key] = draft
            status = StatusMessage("Not saved: \(reason) — kept in memory, will retry", isWarning: true)
        case let .notesRefreshed(key, body):
            notes[key] = body
            // Only an editor nobody has typed into yet takes the fresh text.
            if let editor = notesEditor, editor.sectionKey == key, noteDrafts[key] == nil,
               editor.buffer.text != body {
                notesEditor = NotesEditorState(sectionKey: key, text: body)
                relayoutNotesEditor()
            }
        case let .historyLoaded(key, revisions):
            mode = .noteHistory(NoteHistoryState(sectionKey: key, revisions: revisions))
        case let .revisionRestored(key, body):
            notes[key] = body
            noteDrafts[key] = nil
            notesScroll = 0
            mode = .browsing
            status = StatusMessage("Restored an earlier version (saved as the newest)")
        case let .effectFailed(effect, reason):
            revertFailed(effect)
            status = StatusMessage("Not saved: \(reason)", isWarning: true)
        case let .workbookReloaded(reloaded):
            // Stay on the same section; the undo history described changes the database may not have.
            let key = section?.key
            workbook = reloaded
            selectedSection = key.flatMap { key in reloaded.sections.firstIndex { $0.key == key } }
                ?? min(selectedSection, max(0, reloaded.sections.count - 1))
            undo = ChecklistHistory()
        case .quitRefused:
            quitDespiteUnsavedNotes = true
            status = StatusMessage("Notes not saved (still here). Press q again to quit and keep them in a private file.",
                                   isWarning: true)
        case .input, .idle:
            break
        }
        return []
    }

    /// A tick the store refused is taken back, so the screen never claims progress that is not stored.
    private mutating func revertFailed(_ effect: Effect) {
        guard case let .setDone(id, _) = effect,
              case let .tick(_, _, from, _)? = undo.undoStack.last(where: {
                  if case .tick(_, id, _, _) = $0 { true } else { false }
              }) else { return }
        for section in workbook.sections.indices {
            if let index = workbook.sections[section].items.firstIndex(where: { $0.id == id }) {
                workbook.sections[section].items[index].doneAt = from
            }
        }
    }

    /// Keys of the note history list.
    mutating func handleHistoryKey(_ action: Action?, history: NoteHistoryState) -> [Effect] {
        var history = history
        switch action {
        case .down: history.selected = min(history.selected + 1, max(0, history.revisions.count - 1))
        case .up: history.selected = max(0, history.selected - 1)
        case .cancel:
            mode = .browsing
            return []
        case .confirm:
            guard history.revisions.indices.contains(history.selected) else { return [] }
            guard history.selected > 0 else {
                status = StatusMessage("That is the current version — choose an older one to restore")
                return []
            }
            return [.restoreRevision(sectionKey: history.sectionKey, id: history.revisions[history.selected].id)]
        default: break
        }
        mode = .noteHistory(history)
        return []
    }
}
