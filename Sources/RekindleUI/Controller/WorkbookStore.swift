import Foundation
import RekindleKit

/// The writes and reads the app needs from the database. An adapter over the real store conforms
/// (`RekindleStoreAdapter`); tests use an in-memory fake. Every method may throw: the app reports
/// failures honestly.
public protocol WorkbookStore: AnyObject {
    func setDone(itemID: Int64, done: Bool, at: Date) throws
    /// Adds an item of the person's own after `after` (nil: first) and returns it with its new id.
    func addItem(guideID: String, sectionKey: String, title: String, after: Int64?) throws -> ChecklistItem
    func renameItem(id: Int64, title: String) throws
    /// Soft delete: `restoreItem` brings it back (undo).
    func deleteItem(id: Int64) throws
    func restoreItem(id: Int64) throws
    func reorder(guideID: String, sectionKey: String, itemIDs: [Int64]) throws
    func notes(guideID: String, sectionKey: String) throws -> String
    /// Every listed section's notes at once ("" for none); by default one `notes` call each.
    func notes(guideID: String, sectionKeys: [String]) throws -> [String: String]
    /// The notes when they were saved elsewhere since this store last read or saved them; nil
    /// when they were not. By default they are read again each time.
    func notesIfChanged(guideID: String, sectionKey: String) throws -> String?
    /// The result says whether the save replaced a version another copy of rekindle had saved since
    /// this one last read the notes (that version stays in the history).
    func saveNotes(guideID: String, sectionKey: String, body: String, at: Date) throws -> NoteSaveResult
    /// A save that typing triggered: the store may fold it into the revision of the same writing
    /// session instead of adding one (the latest text is always what is kept).
    func autosaveNotes(guideID: String, sectionKey: String, body: String, at: Date) throws -> NoteSaveResult
    /// Earlier versions as one-line previews, newest first: no body is read.
    func noteHistoryPreviews(guideID: String, sectionKey: String) throws -> [NoteRevisionSummary]
    /// One version with its full text, to read before restoring it.
    func noteRevision(id: Int64) throws -> NoteRevision
    /// Makes an old revision current again, as a new revision.
    func restoreRevision(id: Int64) throws
    /// Changes when another copy of rekindle (the CLI, a second window) wrote to the database;
    /// cheap, asked about once a second while idle.
    func dataVersion() throws -> Int
    /// The checklist as the database holds it now.
    func loadWorkbook() throws -> Workbook
    /// What the support screen shows; what cannot be read is left out (the rest still helps).
    func supportSheet() -> SupportSheet
    /// The safety note of a guide, where it shows and where the person hid it; nil when there is none.
    func safetyNotes(guideID: String) -> SafetyNotes?
    func hideSafetyNote(guideID: String, sectionKey: String) throws

    // Entries (the journal; later the guide's tools). Soft delete, so undo restores.
    /// Live entries of `kinds` in this guide, newest `at` first.
    func entries(guideID: String, kinds: Set<EntryKind>) throws -> [Entry]
    /// Adds an entry and returns it with its new id (`due`: a goal's target day).
    func addEntry(guideID: String, kind: EntryKind, sectionKey: String?, body: String, mood: Mood?, at: Date,
                  due: LocalDay?) throws -> Entry
    /// Replaces the text and mood; the version it replaces stays in the entry's history.
    func updateEntry(id: Int64, body: String, mood: Mood?, at: Date) throws
    /// A save that typing triggered: as `autosaveNotes`, the store may fold it into the revision of
    /// the same writing session instead of adding one (the latest text is always what is kept).
    func autosaveEntry(id: Int64, body: String, mood: Mood?, at: Date) throws
    func deleteEntry(id: Int64) throws
    func restoreEntry(id: Int64) throws
    /// Earlier versions of one entry, newest first.
    func entryRevisions(id: Int64) throws -> [EntryRevision]

    // The guide's tools. Their events (contacts, drafts, wins, goals) are entries of their kinds.
    /// The items that open a tool, by item key, as the guide file declares them.
    func tools(guideID: String) -> [String: GuideTool]
    /// The cooling-off counter's settings; nil before the person set it.
    func coolingOffSettings(guideID: String) throws -> CoolingOffSettings?
    func setCoolingOffSettings(_ settings: CoolingOffSettings, guideID: String) throws
    /// Marks a goal done (it keeps its target day), or not done again.
    func setGoalDone(id: Int64, done: Bool, at: Date) throws
    /// Changes a goal's target day (nil: none).
    func setGoalDue(id: Int64, due: LocalDay?) throws
}

extension WorkbookStore {
    public func autosaveNotes(guideID: String, sectionKey: String, body: String, at date: Date) throws -> NoteSaveResult {
        try saveNotes(guideID: guideID, sectionKey: sectionKey, body: body, at: date)
    }

    public func autosaveEntry(id: Int64, body: String, mood: Mood?, at date: Date) throws {
        try updateEntry(id: id, body: body, mood: mood, at: date)
    }

    public func notesIfChanged(guideID: String, sectionKey: String) throws -> String? {
        try notes(guideID: guideID, sectionKey: sectionKey)
    }

    public func notes(guideID: String, sectionKeys: [String]) throws -> [String: String] {
        var notes: [String: String] = [:]
        for key in sectionKeys { notes[key] = try self.notes(guideID: guideID, sectionKey: key) }
        return notes
    }
}
