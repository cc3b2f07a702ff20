import Foundation

/// Writing notes in the notes pane. Every change becomes a draft at once (so nothing typed can be
/// lost), autosave writes it after a pause, and leaving the editor writes it straight away.
extension AppState {
    mutating func startEditingNotes() {
        guard let section else { return }
        focus = .notes
        notesEditor = NotesEditorState(sectionKey: section.key, text: notesText(for: section.key))
        mode = .notesEditing
        relayoutNotesEditor()
    }

    /// Leaves the editor; the caller saves the drafts (`pendingSaves`).
    mutating func stopEditingNotes() {
        syncNotesEditorDraft()
        mode = .browsing
        notesEditor = nil
    }

    /// Applies an edit to the buffer and records the result as a draft if the text changed.
    mutating func editNotes(now: Date, _ edit: (inout TextBuffer) -> Void) {
        guard var editor = notesEditor else { return }
        let before = editor.buffer.changeCount
        edit(&editor.buffer)
        notesEditor = editor
        if editor.buffer.changeCount != before { markEditorDraft(sectionKey: editor.sectionKey, now: now) }
        relayoutNotesEditor()
    }

    /// Notes that the text changed, without reading the whole text (see `notesEditorDraftIsStale`):
    /// the draft exists at once (the status bar says "unsaved") and its pause timer restarts.
    private mutating func markEditorDraft(sectionKey: String, now: Date) {
        var draft = noteDrafts[sectionKey] ?? NoteDraft(body: notes[sectionKey] ?? "", editedAt: now, unsavedSince: now)
        draft.editedAt = now
        noteDrafts[sectionKey] = draft
        notesEditorDraftIsStale = true
    }

    /// Brings the editor's draft up to date with its buffer (before a save, or leaving the editor).
    mutating func syncNotesEditorDraft() {
        guard notesEditorDraftIsStale, let editor = notesEditor else { return }
        notesEditorDraftIsStale = false
        let editedAt = noteDrafts[editor.sectionKey]?.editedAt ?? Date()
        recordDraft(editor.buffer.text, sectionKey: editor.sectionKey, now: editedAt)
    }

    mutating func handleNotesEditorKey(_ key: Key, action: Action?, now: Date) -> [Effect] {
        let rect = contentRect(of: .notes)
        let (width, height) = (max(1, rect.width), max(1, rect.height))
        switch action {
        case .stopEditing:
            stopEditingNotes()
            return pendingSaves(now: now)
        case .cursorLeft: editNotes(now: now) { $0.moveLeft() }
        case .cursorRight: editNotes(now: now) { $0.moveRight() }
        case .cursorUp: editNotes(now: now) { $0.moveUp(width: width) }
        case .cursorDown: editNotes(now: now) { $0.moveDown(width: width) }
        case .lineStart: editNotes(now: now) { $0.moveLineStart() }
        case .lineEnd: editNotes(now: now) { $0.moveLineEnd() }
        case .wordLeft: editNotes(now: now) { $0.moveWordLeft() }
        case .wordRight: editNotes(now: now) { $0.moveWordRight() }
        case .pageUp: editNotes(now: now) { $0.pageUp(width: width, height: height) }
        case .pageDown: editNotes(now: now) { $0.pageDown(width: width, height: height) }
        case .deleteBackward: editNotes(now: now) { $0.deleteBackward() }
        case .deleteForward: editNotes(now: now) { $0.deleteForward() }
        case .deleteWordBackward: editNotes(now: now) { $0.deleteWordBackward() }
        case .deleteToLineStart: editNotes(now: now) { $0.deleteToLineStart() }
        case .deleteToLineEnd: editNotes(now: now) { $0.deleteToLineEnd() }
        case .newline: editNotes(now: now) { $0.insert("\n") }
        case .tab: editNotes(now: now) { $0.insert("\t") }
        case .undo: editNotes(now: now) { _ = $0.undo() }
        case .redo: editNotes(now: now) { _ = $0.redo() }
        default:
            if case .char(let character) = key { editNotes(now: now) { $0.insert(String(character)) } }
        }
        return []
    }

    /// Keeps the editor's scroll so the cursor stays in view at the current size.
    mutating func relayoutNotesEditor() {
        guard var editor = notesEditor else { return }
        let rect = contentRect(of: .notes)
        editor.scroll = TextLayout(buffer: editor.buffer, width: rect.width, height: rect.height, scroll: editor.scroll).scroll
        notesEditor = editor
    }
}
