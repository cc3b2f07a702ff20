import Foundation
import RekindleKit
import RekindleUI

/// The real store behind the interface, for one guide: what the app asks of a `WorkbookStore`,
/// answered by the SQLite `Store`. Kept out of RekindleUI so the pure interface never depends on
/// the database layer.
public final class GuideStore: WorkbookStore, Sendable {
    public let store: Store
    public let guide: Guide
    /// Where the support screen's files are (nil: not found; the screen still says what it can).
    public let support: SupportContent?

    public init(store: Store, guide: Guide, support: SupportContent? = SupportContent.standard()) {
        self.store = store
        self.guide = guide
        self.support = support
    }

    public func setDone(itemID: Int64, done: Bool, at date: Date) throws {
        try store.setDone(itemID: itemID, done: done, at: date)
    }

    public func addItem(guideID: String, sectionKey: String, title: String, after: Int64?) throws -> ChecklistItem {
        try store.addItem(guideID: guideID, sectionKey: sectionKey, title: title, after: after)
    }

    public func renameItem(id: Int64, title: String) throws {
        try store.renameItem(id: id, title: title)
    }

    public func deleteItem(id: Int64) throws {
        try store.deleteItem(id: id, at: Date())
    }

    public func restoreItem(id: Int64) throws {
        try store.restoreItem(id: id)
    }

    public func reorder(guideID: String, sectionKey: String, itemIDs: [Int64]) throws {
        try store.reorder(guideID: guideID, sectionKey: sectionKey, itemIDs: itemIDs)
    }

    public func notes(guideID: String, sectionKey: String) throws -> String {
        try store.notes(guideID: guideID, sectionKey: sectionKey)
    }

    public func notes(guideID: String, sectionKeys: [String]) throws -> [String: String] {
        try store.notes(guideID: guideID, sectionKeys: sectionKeys)
    }

    public func notesIfChanged(guideID: String, sectionKey: String) throws -> String? {
        try store.notesIfChanged(guideID: guideID, sectionKey: sectionKey)
    }

    public func saveNotes(guideID: String, sectionKey: String, body: String, at date: Date) throws -> NoteSaveResult {
        try store.saveNotes(guideID: guideID, sectionKey: sectionKey, body: body, at: date)
    }

    public func autosaveNotes(guideID: String, sectionKey: String, body: String, at date: Date) throws -> NoteSaveResult {
        try store.autosaveNotes(guideID: guideID, sectionKey: sectionKey, body: body, at: date)
    }

    /// The newest 200: enough to find a version by its time, without listing years of history.
    public func noteHistoryPreviews(guideID: String, sectionKey: String) throws -> [NoteRevisionSummary] {
        try store.noteHistoryPreviews(guideID: guideID, sectionKey: sectionKey, limit: 200)
    }

    public func noteRevision(id: Int64) throws -> NoteRevision {
        try store.noteRevision(id: id)
    }

    public func dataVersion() throws -> Int {
        try store.dataVersion()
    }

    public func restoreRevision(id: Int64) throws {
        _ = try store.restoreRevision(id: id, at: Date())
    }

    public func loadWorkbook() throws -> Workbook {
        try store.load(guide: guide)
    }

    public func supportSheet() -> SupportSheet {
        SupportSheet(lines: try? support?.lines(), supportCard: (try? store.supportCard()) ?? "",
                     safetyNote: support?.safetyNote())
    }

    public func safetyNotes(guideID: String) -> SafetyNotes? {
        guard let support, let text = support.safetyNote() else { return nil }
        let sections = support.safetyNoteSections(guideID: guideID)
        guard !sections.isEmpty else { return nil }
        let hidden = ((try? store.setting(Self.hiddenNotesKey(guideID))) ?? nil)?
            .split(separator: "\n").map(String.init) ?? []
        return SafetyNotes(text: text, sections: sections, hidden: Set(hidden))
    }

    public func hideSafetyNote(guideID: String, sectionKey: String) throws {
        let key = Self.hiddenNotesKey(guideID)
        var hidden = Set(try store.setting(key)?.split(separator: "\n").map(String.init) ?? [])
        hidden.insert(sectionKey)
        try store.setSetting(key, to: hidden.sorted().joined(separator: "\n"))
    }

    /// The settings row that lists, one a line, the sections whose safety note was hidden.
    private static func hiddenNotesKey(_ guideID: String) -> String { "safety-note.hidden.\(guideID)" }
}
