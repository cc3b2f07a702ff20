import Foundation

/// The shape of `rekindle export --format json`: everything a person would want to keep,
/// including the guide text as they saw it, their notes, and when they ticked each item.
public struct ExportDocument: Codable, Equatable, Sendable {
    public struct Section: Codable, Equatable, Sendable {
        public var key: String
        public var kind: SectionKind
        public var number: Int?
        public var title: String
        public var inGuide: Bool
        public var paragraphs: [String]
        public var done: Int
        public var total: Int
        public var items: [Item]
        /// Omitted when the section has no notes.
        public var notes: String?
    }

    public struct Item: Codable, Equatable, Sendable {
        public var key: String?
        public var title: String
        public var text: String
        public var done: Bool
        public var doneAt: Date?
        public var custom: Bool
        public var inGuide: Bool
    }

    /// One entry of the journal (or, later, of the guide's tools), complete without ids, so an
    /// import can rebuild it: instants are UTC ISO 8601, `section` is the section's key (omitted
    /// for none), `mood` a word or a number from 1 to 5 (omitted for none), and `revisions` the
    /// versions edits replaced, newest first.
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
        public var revisions: [Revision]

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
            self.revisions = revisions.map { Revision(body: $0.body, mood: $0.mood, savedAt: $0.savedAt) }
        }

        /// Entries oldest first (the store lists newest first), with their revisions by entry id.
        public static func list(_ entries: [RekindleKit.Entry], revisions: [Int64: [EntryRevision]]) -> [Entry] {
            entries.sorted { EntryListing.newestFirst($1, $0) }.map { Entry($0, revisions: revisions[$0.id] ?? []) }
        }
    }

    /// A version of an entry that an edit replaced, and when it had been saved.
    public struct Revision: Codable, Equatable, Sendable {
        public var body: String
        public var mood: Mood?
        public var savedAt: Date
    }

    public var guide: StatusReport.GuideRef
    public var done: Int
    public var total: Int
    public var sections: [Section]
    /// The person's support card (`Store.supportCard()`); omitted when it was never written.
    public var supportCard: String?
    /// Live entries of the guide, oldest first; omitted when there are none (as in exports made
    /// before the journal).
    public var entries: [Entry]?
    /// The cooling-off counter's settings, when they were set.
    public var coolingOff: CoolingOffSettings?

    /// `notes` maps section keys to note bodies (`Store.allNotes(guideID:)`); `entries` are the
    /// guide's live entries and `entryRevisions` their replaced versions by entry id
    /// (`Store.entryRevisions(guideID:)`).
    public init(workbook: Workbook, notes: [String: String], supportCard: String = "",
                entries: [RekindleKit.Entry] = [], entryRevisions: [Int64: [EntryRevision]] = [:],
                coolingOff: CoolingOffSettings? = nil) {
        self.coolingOff = coolingOff
        self.supportCard = supportCard.isEmpty ? nil : supportCard
        self.entries = entries.isEmpty ? nil : Entry.list(entries, revisions: entryRevisions)
        guide = StatusReport.GuideRef(id: workbook.guideID, title: workbook.title)
        done = workbook.done
        total = workbook.total
        sections = workbook.sections.map { section in
            Section(key: section.key, kind: section.kind, number: section.number, title: section.title,
                    inGuide: section.inGuide, paragraphs: section.paragraphs,
                    done: section.done, total: section.total,
                    items: section.items.map {
                        Item(key: $0.key, title: $0.title, text: $0.text, done: $0.isDone, doneAt: $0.doneAt,
                             custom: $0.isCustom, inGuide: $0.inGuide)
                    },
                    notes: notes[section.key].flatMap { $0.isEmpty ? nil : $0 })
        }
    }
}
