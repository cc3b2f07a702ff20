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

    /// Applies an edit to the buffer and records a change when the text changed. `rect`: the notes
    /// pane's content, when the caller has it already (working it out builds the screen's layout).
    mutating func editNotes(now: Date, in rect: Rect? = nil, _ edit: (inout TextBuffer) -> Void) {
        guard let key = panes.notes.editingKey else { return }
        panes.notes.edit(key) { $0.edit(now: now, edit) }
        relayoutNotesEditor(in: rect)
    }

    mutating func handleNotesEditorKey(_ key: Key, action: Action?, now: Date) -> [Effect] {
        if action == .stopEditing {
            stopEditingNotes()
            return pendingSaves(now: now)
        }
        let rect = contentRect(of: .notes)
        if let edit = TextBuffer.edit(for: action, key: key, width: rect.width, height: rect.height) {
            editNotes(now: now, in: rect, edit)
        }
        return []
    }

    /// Keeps the editor's scroll so the cursor stays in view at the current size.
    mutating func relayoutNotesEditor(in rect: Rect? = nil) {
        guard let key = panes.notes.editingKey else { return }
        let rect = rect ?? contentRect(of: .notes)
        panes.notes.edit(key) { $0.relayoutEditor(width: rect.width, height: rect.height) }
    }
}

extension TextBuffer {
    /// What a key does to the text in a writing context (notes, a journal entry): a bound editing
    /// action, or the typed character; nil for a key that does nothing here.
    static func edit(for action: Action?, key: Key, width: Int, height: Int) -> ((inout TextBuffer) -> Void)? {
        let (width, height) = (max(1, width), max(1, height))
        switch action {
        case .cursorLeft: return { $0.moveLeft() }
        case .cursorRight: return { $0.moveRight() }
        case .cursorUp: return { $0.moveUp(width: width) }
        case .cursorDown: return { $0.moveDown(width: width) }
        case .lineStart: return { $0.moveLineStart() }
        case .lineEnd: return { $0.moveLineEnd() }
        case .wordLeft: return { $0.moveWordLeft() }
        case .wordRight: return { $0.moveWordRight() }
        case .pageUp: return { $0.pageUp(width: width, height: height) }
        case .pageDown: return { $0.pageDown(width: width, height: height) }
        case .deleteBackward: return { $0.deleteBackward() }
        case .deleteForward: return { $0.deleteForward() }
        case .deleteWordBackward: return { $0.deleteWordBackward() }
        case .deleteToLineStart: return { $0.deleteToLineStart() }
        case .deleteToLineEnd: return { $0.deleteToLineEnd() }
        case .newline: return { $0.insert("\n") }
        case .tab: return { $0.insert("\t") }
        case .undo: return { _ = $0.undo() }
        case .redo: return { _ = $0.redo() }
        default:
            guard case .char(let character) = key else { return nil }
            return { $0.insert(String(character)) }
        }
    }
}
