import Foundation
import GRDB

// The store's tables as GRDB records, and the one place that says what "in this section" means.
// Records that are read in bulk decode by position (their `databaseSelection` fixes the order):
// loading 10,000 items by column name spent most of its time looking the names up.

/// A table whose rows belong to one section of one guide (`guide`, `section` columns).
protocol SectionScoped: TableRecord {}

/// A record whose reads select these columns, in the order its `init(row:)` reads them: one list
/// for the query interface and for the plain SQL of a start (`Store.workbook`).
protocol SelectedColumns: TableRecord {
    static var selectedColumns: [String] { get }
}

extension SelectedColumns {
    static var databaseSelection: [any SQLSelectable] { selectedColumns.map { Column($0) } }
    static var selectionSQL: String { selectedColumns.joined(separator: ", ") }
}

extension SectionScoped {
    static var guideColumn: Column { Column("guide") }
    static var sectionColumn: Column { Column("section") }
}

extension DerivableRequest where RowDecoder: SectionScoped {
    /// The rows of one section: `WHERE guide = ? AND section = ?`.
    func inSection(_ section: SectionRef) -> Self {
        filter(RowDecoder.guideColumn == section.guideID && RowDecoder.sectionColumn == section.sectionKey)
    }

    func inGuide(_ guideID: String) -> Self {
        filter(RowDecoder.guideColumn == guideID)
    }
}

/// A row of `sections`: the stored snapshot of one section of a guide.
struct SectionRecord: FetchableRecord, SelectedColumns {
    static let databaseTableName = "sections"
    enum Columns {
        static let guide = Column("guide"), key = Column("key"), inGuide = Column("inGuide")
        static let position = Column("position")
    }
    static let selectedColumns = ["key", "kind", "number", "title", "paragraphs", "inGuide"]

    var key: String
    var kind: String
    var number: Int?
    var title: String
    var paragraphs: String
    var inGuide: Bool

    init(row: Row) {
        key = row[0]
        kind = row[1]
        number = row[2]
        title = row[3]
        paragraphs = row[4]
        inGuide = row[5]
    }

    /// The section `ref` names, as a request.
    static func named(_ ref: SectionRef) -> QueryInterfaceRequest<SectionRecord> {
        filter(Columns.guide == ref.guideID && Columns.key == ref.sectionKey)
    }

    static func exists(_ ref: SectionRef, _ db: Database) throws -> Bool {
        try named(ref).isEmpty(db) == false
    }
}

/// A row of `items`, as the workbook shows it: `ChecklistItem` plus the section it belongs to.
struct ItemRecord: FetchableRecord, SectionScoped, SelectedColumns {
    static let databaseTableName = "items"
    enum Columns {
        static let id = Column("id"), key = Column("key"), title = Column("title"), text = Column("text")
        static let position = Column("position"), doneAt = Column("doneAt"), deletedAt = Column("deletedAt")
        static let inGuide = Column("inGuide")
    }
    static let selectedColumns = ["section", "id", "key", "title", "text", "doneAt", "inGuide"]

    var section: String
    var item: ChecklistItem

    init(row: Row) {
        section = row[0]
        item = ChecklistItem(id: row[1], key: row[2], title: row[3], text: row[4], doneAt: StoredDate.date(row, 5),
                             inGuide: row[6])
    }

    /// One item by id, as a request.
    static func withID(_ id: Int64) -> QueryInterfaceRequest<ItemRecord> { filter(Columns.id == id) }
}

/// Where an item row stands among its section's rows (deleted ones too), for reordering.
struct ItemSlot: FetchableRecord, SectionScoped {
    static let databaseTableName = "items"
    static var databaseSelection: [any SQLSelectable] { [
        ItemRecord.Columns.id, ItemRecord.Columns.position, ItemRecord.Columns.deletedAt == nil,
    ] }

    var id: Int64
    var position: Int
    var isLive: Bool

    init(row: Row) {
        id = row[0]
        position = row[1]
        isLive = row[2]
    }

    /// Every row of a section in stored order.
    static func all(in section: SectionRef, _ db: Database) throws -> [ItemSlot] {
        try ItemSlot.all().inSection(section)
            .order(ItemRecord.Columns.position, ItemRecord.Columns.id).fetchAll(db)
    }
}

/// A row of `notes`: the current body of a section's notes and its save counter.
struct NoteRecord: FetchableRecord, SectionScoped, SelectedColumns {
    static let databaseTableName = "notes"
    static let selectedColumns = ["section", "body", "revision"]

    var section: String
    var body: String
    /// Counts saves; a change means another process saved.
    var revision: Int64

    init(row: Row) {
        section = row[0]
        body = row[1]
        revision = row[2]
    }

    static func current(_ ref: SectionRef, _ db: Database) throws -> NoteRecord? {
        try all().inSection(ref).fetchOne(db)
    }
}

/// A row of `noteRevisions` read back as a `NoteRevision` (id, body, savedAt).
struct NoteRevisionRecord: FetchableRecord, SectionScoped {
    static let databaseTableName = "noteRevisions"
    enum Columns {
        static let id = Column("id"), body = Column("body"), savedAt = Column("savedAt")
    }
    static var databaseSelection: [any SQLSelectable] { [Columns.id, Columns.body, Columns.savedAt] }

    var revision: NoteRevision

    init(row: Row) {
        revision = NoteRevision(id: row[0], body: row[1], savedAt: row[2])
    }

    /// A section's revisions, newest first.
    static func history(_ ref: SectionRef) -> QueryInterfaceRequest<NoteRevisionRecord> {
        all().inSection(ref).order(Columns.id.desc)
    }
}

/// A row of `settings`: one small preference.
struct SettingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "settings"
    var key: String
    var value: String
}

/// Instants of the entry tables: whole seconds since 1970, UTC, as INTEGER (no text to parse).
enum UnixSeconds {
    static func from(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
    static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
}

extension Mood {
    /// The two mood columns (`moodWord`, `moodScale`): at most one is set.
    var columns: (word: String?, scale: Int?) {
        switch self {
        case .word(let word): (word, nil)
        case .scale(let scale): (nil, scale)
        }
    }

    static func from(word: String?, scale: Int?) -> Mood? {
        if let word { return .word(word) }
        return scale.map { .scale($0) }
    }
}

/// A row of `entries` read back as an `Entry` (deleted ones included; the requests filter them).
struct EntryRecord: FetchableRecord, SectionScoped, SelectedColumns {
    static let databaseTableName = "entries"
    enum Columns {
        static let id = Column("id"), kind = Column("kind"), at = Column("at"), body = Column("body")
        static let moodWord = Column("moodWord"), moodScale = Column("moodScale")
        static let updatedAt = Column("updatedAt"), deletedAt = Column("deletedAt")
        static let due = Column("due"), doneAt = Column("doneAt")
    }
    static let selectedColumns = ["id", "kind", "at", "body", "moodWord", "moodScale", "section",
                                  "updatedAt", "createdAt", "due", "doneAt", "deletedAt"]

    var entry: Entry

    init(row: Row) {
        entry = Entry(id: row[0], kind: EntryKind(rawValue: row[1]), at: UnixSeconds.date(row[2]), body: row[3],
                      mood: Mood.from(word: row[4], scale: row[5]), sectionKey: row[6],
                      updatedAt: UnixSeconds.date(row[7]), createdAt: UnixSeconds.date(row[8]),
                      due: (row[9] as String?).flatMap(LocalDay.init(isoDate:)),
                      doneAt: (row[10] as Int64?).map(UnixSeconds.date), deletedAt: (row[11] as Int64?).map(UnixSeconds.date))
    }

    static func withID(_ id: Int64) -> QueryInterfaceRequest<EntryRecord> { filter(Columns.id == id) }

    /// Entries not deleted.
    static var live: QueryInterfaceRequest<EntryRecord> { filter(Columns.deletedAt == nil) }

    static var deleted: QueryInterfaceRequest<EntryRecord> { filter(Columns.deletedAt != nil) }
}

/// A row of `entryRevisions` read back as an `EntryRevision`.
struct EntryRevisionRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "entryRevisions"
    enum Columns {
        static let id = Column("id"), entry = Column("entry")
    }
    static var databaseSelection: [any SQLSelectable] { [
        Columns.id, Columns.entry, Column("body"), Column("moodWord"), Column("moodScale"), Column("savedAt"),
    ] }

    var revision: EntryRevision

    init(row: Row) {
        revision = EntryRevision(id: row[0], entryID: row[1], body: row[2], mood: Mood.from(word: row[3], scale: row[4]),
                                 savedAt: UnixSeconds.date(row[5]))
    }
}
