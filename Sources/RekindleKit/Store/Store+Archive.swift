import Foundation
import GRDB

/// What an export carries beyond the workbook, so that `rekindle import` can rebuild the database
/// without loss: every saved version of every section's notes and of the support card, each item's
/// place, the items the person deleted, the sections only those hold, and the guide's settings.
public struct StoreArchive: Equatable, Sendable {
    /// Oldest first, by section key.
    public var noteHistories: [String: [NoteRevision]] = [:]
    public var supportCardHistory: [NoteRevision] = []
    /// Deleted items in stored order, by section key.
    public var deletedItems: [String: [ChecklistItem]] = [:]
    /// Every exported item's position, by item id.
    public var positions: [Int64: Int] = [:]
    public var deletedAt: [Int64: Date] = [:]
    /// Sections gone from the guide that the workbook does not show (no live items, no current
    /// notes) but that still hold a notes history or deleted items.
    public var sectionsOutsideWorkbook: [WorkbookSection] = []
    public var settings: [String: String] = [:]

    public init() {}
}

extension Store {
    /// The archive of `workbook`'s guide (see `StoreArchive`), read in one transaction.
    public func archive(of workbook: Workbook) throws -> StoreArchive {
        try read { db in
            var archive = StoreArchive()
            let guideID = workbook.guideID
            archive.noteHistories = try Self.histories(guideID: guideID, db)
            archive.supportCardHistory = try Self.histories(guideID: SupportCard.guideID, db)[SupportCard.sectionKey] ?? []

            typealias Columns = ItemRecord.Columns
            let rows = try Row.fetchAll(db, sql: """
                SELECT section, id, key, title, text, doneAt, inGuide, position, deletedAt FROM items
                WHERE guide = ? ORDER BY section, position, id
                """, arguments: [guideID])
            let shown = Set(workbook.sections.flatMap(\.items).map(\.id))
            for row in rows {
                let id: Int64 = row[1]
                let deletedAt: Date? = row[8]
                guard shown.contains(id) || deletedAt != nil else { continue }
                archive.positions[id] = row[7]
                guard let deletedAt else { continue }
                archive.deletedAt[id] = deletedAt
                archive.deletedItems[row[0], default: []].append(
                    ChecklistItem(id: id, key: row[2], title: row[3], text: row[4], doneAt: row[5], inGuide: row[6]))
            }

            let listed = Set(workbook.sections.map(\.key))
            let holding = Set(archive.noteHistories.keys).union(archive.deletedItems.keys).subtracting(listed)
            archive.sectionsOutsideWorkbook = try SectionRecord.filter(SectionRecord.Columns.guide == guideID)
                .filter(holding.contains(SectionRecord.Columns.key))
                .order(SectionRecord.Columns.inGuide.desc, SectionRecord.Columns.position).fetchAll(db)
                .map { record in
                    WorkbookSection(key: record.key, kind: SectionKind(rawValue: record.kind) ?? .other, number: record.number,
                                    title: record.title, paragraphs: try Self.decodeParagraphs(record.paragraphs),
                                    items: [], inGuide: record.inGuide)
                }

            let suffix = "." + guideID
            for setting in try SettingRecord.fetchAll(db) where setting.key.hasSuffix(suffix) {
                archive.settings[setting.key] = setting.value
            }
            return archive
        }
    }

    /// Every revision of a guide's sections, oldest first, by section key.
    private static func histories(guideID: String, _ db: Database) throws -> [String: [NoteRevision]] {
        var histories: [String: [NoteRevision]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT section, id, body, savedAt FROM noteRevisions WHERE guide = ? ORDER BY section, id",
                                       arguments: [guideID])
        while let row = try rows.next() {
            histories[row[0], default: []].append(NoteRevision(id: row[1], body: row[2], savedAt: row[3]))
        }
        return histories
    }
}
