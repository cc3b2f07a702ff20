import Foundation
import RekindleKit

/// The note history: revisions newest first as one-line previews, which one is selected, and the
/// one being read in full before it is restored. A journal entry's history is shown the same way
/// (`entry` is set; its versions come whole, so reading one asks the store for nothing).
struct NoteHistoryState: Equatable, Sendable {
    var sectionKey: String
    var entry: EntryHistory?
    /// The tool's room the history was opened from (a draft's), shown again when it closes.
    var room: GuideTool?
    var revisions: [NoteRevisionSummary]
    var selected: Int = 0
    /// The selected revision's full text, once Enter asked for it; Esc goes back to the list.
    var reading: NoteRevision?
    /// First visible line of the revision being read.
    var readingScroll = 0
    /// Wraps the revision being read, as far as the view needs (a long note is not wrapped whole per frame).
    let wrapCache = NotesWrapCache()

    init(sectionKey: String, revisions: [NoteRevisionSummary]) {
        self.sectionKey = sectionKey
        self.revisions = revisions
    }

    /// The cache only remembers work; it is not part of what the overlay shows.
    static func == (lhs: NoteHistoryState, rhs: NoteHistoryState) -> Bool {
        lhs.sectionKey == rhs.sectionKey && lhs.entry == rhs.entry && lhs.room == rhs.room && lhs.revisions == rhs.revisions && lhs.selected == rhs.selected
            && lhs.reading == rhs.reading && lhs.readingScroll == rhs.readingScroll
    }
}

extension AppState {
    /// Keys of the note history: in the list, Enter reads the selected revision; while reading it,
    /// Enter restores it and Esc goes back to the list.
    mutating func handleHistoryKey(_ action: Action?, history: NoteHistoryState, now: Date) -> [Effect] {
        var history = history
        if let revision = history.reading {
            switch action {
            case .cancel:
                history.reading = nil
            case .confirm:
                return restore(revision, history: history, now: now)
            default:
                let lines = HistoryOverlay.readingLines(revision.body, in: history, size: size, limit: history.readingScroll + size.height * 2)
                let maxScroll = max(0, lines.count - HistoryOverlay.readingHeight(size: size))
                guard let scroll = OverlayBox.scrolled(history.readingScroll, by: action, size: size, maxScroll: maxScroll)
                else { return [] }
                history.readingScroll = scroll
            }
            overlay = .noteHistory(history)
            return []
        }
        switch action {
        case .down: history.selected = min(history.selected + 1, max(0, history.revisions.count - 1))
        case .up: history.selected = max(0, history.selected - 1)
        case .cancel:
            overlay = history.room.map { .tool($0) }
            return []
        case .confirm:
            guard history.revisions.indices.contains(history.selected) else { return [] }
            let id = history.revisions[history.selected].id
            if let entry = history.entry {
                history.reading = entry.versions[id]
                history.readingScroll = 0
                break
            }
            return [.loadRevision(sectionKey: history.sectionKey, id: id)]
        default: break
        }
        overlay = .noteHistory(history)
        return []
    }

    /// Shows a revision that was read in full, if the history still has it selected.
    mutating func showRevision(_ revision: NoteRevision, sectionKey: String) {
        guard case .noteHistory(var history)? = overlay, history.sectionKey == sectionKey,
              history.revisions.indices.contains(history.selected),
              history.revisions[history.selected].id == revision.id else { return }
        history.reading = revision
        history.readingScroll = 0
        overlay = .noteHistory(history)
    }

    private mutating func restore(_ revision: NoteRevision, history: NoteHistoryState, now: Date) -> [Effect] {
        let unsaved = history.entry.map { entry in
            panes.journal.draft.map { $0.entryID == entry.id && $0.document.isUnsaved } ?? false
        } ?? (panes.notes.documents[history.sectionKey]?.isUnsaved == true)
        // Restoring would put an older version over words the store does not have yet.
        guard !unsaved else {
            message = StatusMessage("Your newest words are not saved yet (they are kept here); restore once they are",
                                    isWarning: true)
            return []
        }
        guard history.revisions.first?.id != revision.id else {
            message = StatusMessage("That is the current version — choose an older one to restore")
            return []
        }
        if let entry = history.entry { return restoreEntryVersion(revision.id, of: entry, now: now) }
        return [.restoreRevision(sectionKey: history.sectionKey, id: revision.id)]
    }
}
