import Foundation
import RekindleKit

/// What the history overlay needs to show an entry's versions: which entry, and every version in
/// full by the id the overlay lists it under (the entry as it is now is listed first, as notes'
/// current version is).
struct EntryHistory: Equatable, Sendable {
    var id: Int64
    var versions: [Int64: NoteRevision]
    var moods: [Int64: Mood]

    /// The id the entry as it is now is listed under (store revision ids start at 1).
    static let currentID: Int64 = 0
}

extension AppState {
    /// Opens the history overlay on an entry's versions, newest first, the current one on top.
    mutating func showEntryHistory(id: Int64, revisions: [EntryRevision]) {
        guard let entry = storedEntry(id: id) else { return }
        let current = EntryRevision(id: EntryHistory.currentID, entryID: id, body: entry.body, mood: entry.mood,
                                    savedAt: entry.updatedAt)
        let all = [current] + revisions
        let history = EntryHistory(
            id: id,
            versions: Dictionary(all.map { ($0.id, NoteRevision(id: $0.id, body: $0.body, savedAt: $0.savedAt)) },
                                 uniquingKeysWith: { first, _ in first }),
            moods: Dictionary(all.compactMap { revision in revision.mood.map { (revision.id, $0) } },
                              uniquingKeysWith: { first, _ in first }))
        var state = NoteHistoryState(sectionKey: entry.sectionKey ?? "", revisions: all.map { revision in
            let firstLine = revision.body.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let mood = revision.mood.map { " · \($0.label)" } ?? ""
            return NoteRevisionSummary(id: revision.id, savedAt: revision.savedAt, preview: firstLine + mood, change: .changed)
        })
        state.entry = history
        state.room = ToolsState.tool(keeping: entry.kind)
        overlay = .noteHistory(state)
    }

    /// Makes an earlier version of an entry (its text and mood) the current one; the version it
    /// replaces stays in the entry's history.
    mutating func restoreEntryVersion(_ versionID: Int64, of history: EntryHistory, now: Date) -> [Effect] {
        guard var entry = storedEntry(id: history.id), let version = history.versions[versionID] else { return [] }
        entry.body = version.body
        entry.mood = history.moods[versionID]
        entry.updatedAt = now
        putEntry(entry)
        if panes.journal.draft?.entryID == entry.id { panes.journal.draft = nil }
        overlay = ToolsState.tool(keeping: entry.kind).map { .tool($0) }
        message = StatusMessage("Restored an earlier version (saved as the newest)")
        return [.updateEntry(id: entry.id, body: entry.body, mood: entry.mood, at: now)]
    }
}
