import Foundation

/// The shape of `rekindle export --format json`: everything a person would want to keep,
/// including the guide text as they saw it, their notes, and when they ticked each item, and
/// (from version 2) everything `rekindle import` needs to rebuild the database without loss:
/// every saved version of the notes and the support card, items' places, deleted items and the
/// guide's preferences (hidden safety notes).
public struct ExportDocument: Codable, Equatable, Sendable {
    /// The value of `format`: what `rekindle import` looks for before anything else.
    public static let formatName = "rekindle-export"
    /// 1: no `format`/`version`, whole-second dates, current notes only (rekindle 0.1).
    /// 2: `format`, `version`, millisecond dates, positions, deleted items, notes histories,
    ///    the support card's history and this guide's settings; entries (live and deleted) with
///    their revisions.
    public static let currentVersion = 2

    public struct Section: Codable, Equatable, Sendable {
        public var key: String
        public var kind: SectionKind
        public var number: Int?
        public var title: String
        public var inGuide: Bool
        public var paragraphs: [String]
        public var done: Int
        public var total: Int
        /// Live items in the person's order.
        public var items: [Item]
        /// Omitted when the section has no notes.
        public var notes: String?
        /// Items the person deleted (kept in the database, restorable); omitted when none.
        public var deletedItems: [Item]?
        /// Every saved version of the notes, oldest first (the last is `notes`); omitted when none.
        public var noteHistory: [Revision]?
    }

    public struct Item: Codable, Equatable, Sendable {
        public var key: String?
        public var title: String
        public var text: String
        public var done: Bool
        public var doneAt: Date?
        public var custom: Bool
        public var inGuide: Bool
        /// The item's place among its section's rows, deleted ones included.
        public var position: Int?
        /// Only for deleted items.
        public var deletedAt: Date?
    }

    /// One entry of the journal or of the guide's tools, complete without ids, so an import can
    /// rebuild it: instants are UTC ISO 8601, `section` is the section's key (omitted for none),
    /// `mood` a word or a number from 1 to 5 (omitted for none), and `revisions` the versions
    /// edits replaced, newest first.
    public struct Entry: Codable, Equatable, Sendable {
        public var kind: String
        public var at: Date
        public var body: String
        public var mood: Mood?
        public var section: String?
        public var createdAt: Date
        public var updatedAt: Date
        /// A goal's target day and when it was done (omitted for other entries).
        public var due: LocalDay?
        public var doneAt: Date?
        /// Only for deleted entries (`deletedEntries`).
        public var deletedAt: Date?
        public var revisions: [Revision]

        /// A version of an entry that an edit replaced, and when it had been saved.
        public struct Revision: Codable, Equatable, Sendable {
            public var body: String
            public var mood: Mood?
            public var savedAt: Date
        }

        public init(_ entry: RekindleKit.Entry, revisions: [EntryRevision]) {
            kind = entry.kind.rawValue
            at = entry.at
            body = entry.body
            mood = entry.mood
            section = entry.sectionKey
            createdAt = entry.createdAt
            updatedAt = entry.updatedAt
            due = entry.due
            doneAt = entry.doneAt
            deletedAt = entry.deletedAt
            self.revisions = revisions.map { Revision(body: $0.body, mood: $0.mood, savedAt: $0.savedAt) }
        }

        /// Entries oldest first (the store lists newest first), with their revisions by entry id.
        public static func list(_ entries: [RekindleKit.Entry], revisions: [Int64: [EntryRevision]]) -> [Entry] {
            entries.sorted { EntryListing.newestFirst($1, $0) }.map { Entry($0, revisions: revisions[$0.id] ?? []) }
        }
    }

    public struct Revision: Codable, Equatable, Sendable {
        public var body: String
        public var savedAt: Date

        public init(body: String, savedAt: Date) {
            self.body = body
            self.savedAt = savedAt
        }
    }

    public var format: String
    public var version: Int
    public var guide: StatusReport.GuideRef
    public var done: Int
    public var total: Int
    public var sections: [Section]
    /// The person's support card (`Store.supportCard()`); omitted when it was never written.
    public var supportCard: String?
    /// Every saved version of the card, oldest first; omitted when none.
    public var supportCardHistory: [Revision]?
    /// This guide's stored preferences (which safety notes are hidden, where the interface was
    /// left), by settings key; omitted when none.
    public var settings: [String: String]?
    /// Live entries of the guide, oldest first; omitted when there are none (as in exports made
    /// before the journal).
    public var entries: [Entry]?
    /// Entries the person deleted (kept in the database, restorable), oldest first, with
    /// `deletedAt`; omitted when none.
    public var deletedEntries: [Entry]?

    /// `notes` maps section keys to note bodies (`Store.allNotes(guideID:)`); `archive`
    /// (`Store.archive(guideID:)`) adds what only an import needs; `entries` are the guide's live
    /// entries, `deletedEntries` its deleted ones, and `entryRevisions` the replaced versions of both
    /// by entry id (`Store.entryRevisions(guideID:deleted:)`).
    public init(workbook: Workbook, notes: [String: String], supportCard: String = "", archive: StoreArchive = StoreArchive(),
                entries: [RekindleKit.Entry] = [], deletedEntries: [RekindleKit.Entry] = [],
                entryRevisions: [Int64: [EntryRevision]] = [:]) {
        format = Self.formatName
        version = Self.currentVersion
        self.supportCard = supportCard.isEmpty ? nil : supportCard
        supportCardHistory = Self.revisions(archive.supportCardHistory)
        settings = archive.settings.isEmpty ? nil : archive.settings
        self.entries = entries.isEmpty ? nil : Entry.list(entries, revisions: entryRevisions)
        self.deletedEntries = deletedEntries.isEmpty ? nil : Entry.list(deletedEntries, revisions: entryRevisions)
        guide = StatusReport.GuideRef(id: workbook.guideID, title: workbook.title)
        done = workbook.done
        total = workbook.total
        // Sections the workbook leaves out (gone from the guide, with only a history or deleted
        // items left) still hold the person's writing: they come last.
        sections = (workbook.sections + archive.sectionsOutsideWorkbook).map { section in
            Section(key: section.key, kind: section.kind, number: section.number, title: section.title,
                    inGuide: section.inGuide, paragraphs: section.paragraphs,
                    done: section.done, total: section.total,
                    items: section.items.map { Self.item($0, archive) },
                    notes: notes[section.key].flatMap { $0.isEmpty ? nil : $0 },
                    deletedItems: archive.deletedItems[section.key].flatMap { $0.isEmpty ? nil : $0.map { Self.item($0, archive) } },
                    noteHistory: Self.revisions(archive.noteHistories[section.key] ?? []))
        }
    }

    /// The whole export of `workbook`'s guide as `store` holds it: what `rekindle export --format
    /// json` writes and `rekindle import` reads back.
    public init(store: Store, workbook: Workbook) throws {
        self.init(workbook: workbook, notes: try store.allNotes(guideID: workbook.guideID),
                  supportCard: try store.supportCard(), archive: try store.archive(of: workbook),
                  entries: try store.entries(guideID: workbook.guideID),
                  deletedEntries: try store.deletedEntries(guideID: workbook.guideID),
                  entryRevisions: try store.entryRevisions(guideID: workbook.guideID)
                    .merging(try store.entryRevisions(guideID: workbook.guideID, deleted: true)) { live, _ in live })
    }

    private static func item(_ item: ChecklistItem, _ archive: StoreArchive) -> Item {
        Item(key: item.key, title: item.title, text: item.text, done: item.isDone, doneAt: item.doneAt,
             custom: item.isCustom, inGuide: item.inGuide, position: archive.positions[item.id],
             deletedAt: archive.deletedAt[item.id])
    }

    private static func revisions(_ revisions: [NoteRevision]) -> [Revision]? {
        revisions.isEmpty ? nil : revisions.map { Revision(body: $0.body, savedAt: $0.savedAt) }
    }
}
