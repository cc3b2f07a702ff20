import Foundation

/// Notices what another copy of rekindle (the CLI, a second window) wrote, without a key press:
/// while idle, at most once a second, the store's data version is read; when it moved, the
/// checklist, the notes nobody is writing here and the journal's entries are read again.
struct ChangeWatch: Equatable, Sendable {
    static let interval: TimeInterval = 1
    /// The data version the screen shows; nil until first read.
    var seenVersion: Int?
    /// When to ask next; nil: at the next idle.
    var nextCheck: Date?

    func isDue(now: Date) -> Bool { nextCheck.map { now >= $0 } ?? true }
}

extension AppState {
    /// The look for changes, when one is due.
    mutating func checkForChanges(now: Date) -> [Effect] {
        guard session.changes.isDue(now: now) else { return [] }
        session.changes.nextCheck = now.addingTimeInterval(ChangeWatch.interval)
        return [.checkForChanges]
    }

    /// When the version moved: the checklist again, and the notes of every section with nothing
    /// unsaved and no editor open (unsaved words and an open editor's text are never replaced).
    mutating func dataVersionRead(_ version: Int) -> [Effect] {
        defer { session.changes.seenVersion = version }
        guard let seen = session.changes.seenVersion, seen != version else { return [] }
        let quiet = workbook.sections.map(\.key).filter { key in
            guard let document = panes.notes.documents[key] else { return true }
            return !document.isUnsaved && !document.saveInFlight && document.editor == nil
        }
        return [.reloadWorkbook] + quiet.map { .refreshNotes(sectionKey: $0) } + [.loadEntries]
            + (tools.isLoaded ? [.loadTools] : [])
    }
}
