import Foundation

/// Writing notes in the notes pane. Every change is recorded in the section's document at once (so
/// nothing typed can be lost), autosave writes it after a pause, and leaving the editor writes it
/// straight away.
extension AppState {
    /// Opens the editor on the shown section's notes; unless unsaved text is being kept, it asks
    /// for what the database holds now (another copy of rekindle may have saved since launch).
    mutating func startEditingNotes() -> [Effect] {
        guard let section else { return [] }
        focus = .notes
        panes.notes.openEditor(section.key)
        relayoutNotesEditor()
        return saveState(for: section.key) == .saved ? [.refreshNotes(sectionKey: section.key)] : []
    }

    /// Leaves the editor; the caller saves the documents (`pendingSaves`).
    mutating func stopEditingNotes() {
        panes.notes.closeEditor()
    }

    /// Applies an edit to the buffer and records a change when the text changed.
    mutating func editNotes(now: Date, _ edit: (inout TextBuffer) -> Void) {
        guard let key = panes.notes.editingKey else { return }
        panes.notes.edit(key) { document in
            guard var editor = document.editor else { return }
            // Out of the document while it changes, so the buffer's lines are not copied.
            document.editor = nil
            let before = editor.buffer.changeCount
            edit(&editor.buffer)
            document.editor = editor
            if editor.buffer.changeCount != before { document.changed(now: now) }
        }
        relayoutNotesEditor()
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
        guard let key = panes.notes.editingKey else { return }
        let rect = contentRect(of: .notes)
        panes.notes.edit(key) { document in
            guard var editor = document.editor else { return }
            document.editor = nil
            editor.scroll = TextLayout(buffer: editor.buffer, width: rect.width, height: rect.height,
                                       scroll: editor.scroll).scroll
            document.editor = editor
        }
    }
}
