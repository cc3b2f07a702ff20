import RekindleKit

/// What the keyboard is talking to right now.
public enum Mode: Equatable, Sendable {
    case browsing
    /// Typing a search query at the bottom prompt.
    case searching
    /// The key help overlay, scrolled by this many lines.
    case help(scroll: Int)
    /// The inline one-line editor for adding or rewording an item of one's own.
    case itemEditor(ItemDraft)
    /// Writing notes in the notes pane (the buffer lives in `AppState.notesEditor`).
    case notesEditing
    /// The list of earlier versions of the selected section's notes.
    case noteHistory(NoteHistoryState)
}

/// An item being added or reworded in the inline editor.
public struct ItemDraft: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// A new item of one's own, to go after the item with this id (nil: first).
        case add(after: Int64?)
        case rename(itemID: Int64)
    }
    public var purpose: Purpose
    public var line: LineEditor
    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.line = LineEditor(text: text)
    }

    /// Two drafts are the same when they would look and save the same (the editor's undo is not compared).
    public static func == (lhs: ItemDraft, rhs: ItemDraft) -> Bool {
        lhs.purpose == rhs.purpose && lhs.line.text == rhs.line.text && lhs.line.cursor == rhs.line.cursor
    }
}

/// The note history list: revisions newest first, and which one is selected.
public struct NoteHistoryState: Equatable, Sendable {
    public var sectionKey: String
    public var revisions: [NoteRevision]
    public var selected: Int = 0
    public init(sectionKey: String, revisions: [NoteRevision]) {
        self.sectionKey = sectionKey
        self.revisions = revisions
    }
}
