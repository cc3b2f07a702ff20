import RekindleKit

/// The note history list: revisions newest first, and which one is selected.
struct NoteHistoryState: Equatable, Sendable {
    var sectionKey: String
    var revisions: [NoteRevision]
    var selected: Int = 0
    init(sectionKey: String, revisions: [NoteRevision]) {
        self.sectionKey = sectionKey
        self.revisions = revisions
    }
}

extension AppState {
    /// Keys of the note history list.
    mutating func handleHistoryKey(_ action: Action?, history: NoteHistoryState) -> [Effect] {
        var history = history
        switch action {
        case .down: history.selected = min(history.selected + 1, max(0, history.revisions.count - 1))
        case .up: history.selected = max(0, history.selected - 1)
        case .cancel:
            overlay = nil
            return []
        case .confirm:
            guard history.revisions.indices.contains(history.selected) else { return [] }
            // Restoring would put an older version over words the store does not have yet.
            guard panes.notes.documents[history.sectionKey]?.isUnsaved != true else {
                message = StatusMessage("Your newest words are not saved yet (they are kept here); restore once they are",
                                        isWarning: true)
                return []
            }
            guard history.selected > 0 else {
                message = StatusMessage("That is the current version — choose an older one to restore")
                return []
            }
            return [.restoreRevision(sectionKey: history.sectionKey, id: history.revisions[history.selected].id)]
        default: break
        }
        overlay = .noteHistory(history)
        return []
    }
}
