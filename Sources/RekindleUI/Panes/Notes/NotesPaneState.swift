import Foundation

/// The notes pane's own state: each section's notes, the scroll while reading, and whether a quit
/// was already refused because notes could not be saved.
struct NotesPaneState: Equatable, Sendable {
    /// By section key; a section without one has no notes yet.
    var documents: [String: NoteDocument]
    /// First visible line while reading.
    var scroll = 0
    /// Set after a quit was refused because notes could not be saved: the next quit goes through.
    var quitDespiteUnsavedNotes = false
    let wrapCache = NotesWrapCache()
    let foldedNotes = FoldedNotes()

    /// How long to wait before trying a failed save again.
    static let retryDelay: TimeInterval = 5

    init(saved notes: [String: String]) {
        documents = notes.mapValues(NoteDocument.init(saved:))
    }

    /// The section whose notes are being written, if any (its document holds the editor).
    private(set) var editingKey: String?

    var isEditing: Bool { editingKey != nil }

    /// The wrap cache only remembers work; it is not part of what the pane shows.
    static func == (lhs: NotesPaneState, rhs: NotesPaneState) -> Bool {
        lhs.documents == rhs.documents && lhs.editingKey == rhs.editingKey && lhs.scroll == rhs.scroll
            && lhs.quitDespiteUnsavedNotes == rhs.quitDespiteUnsavedNotes
    }

    /// Opens the editor on a section's notes; the one place (with `closeEditor`) that says which
    /// document is being written.
    mutating func openEditor(_ key: String) {
        closeEditor()
        edit(key) { $0.openEditor() }
        editingKey = key
        wrapCache.forget(key: key)
    }

    /// Closes the editor; text the store does not have yet stays in the document.
    mutating func closeEditor() {
        guard let key = editingKey else { return }
        edit(key) { $0.closeEditor() }
        editingKey = nil
    }

    /// Changes a section's document, creating an empty one first if needed.
    mutating func edit<T>(_ key: String, _ change: (inout NoteDocument) -> T) -> T {
        change(&documents[key, default: NoteDocument(saved: "")])
    }
}

extension AppState {
    /// The notes of a section as the person last wrote them (unsaved text wins over saved text).
    func notesText(for sectionKey: String) -> String {
        panes.notes.documents[sectionKey]?.text ?? ""
    }

    func saveState(for sectionKey: String) -> SaveState {
        panes.notes.documents[sectionKey]?.saveState ?? .saved
    }
}
