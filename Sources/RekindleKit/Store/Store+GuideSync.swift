import Foundation
import GRDB

/// Bringing the stored snapshot of a guide up to date, as a plan read first and applied only
/// when it holds something: a start with an unchanged guide file (nearly every start) is then a
/// read, with no write transaction, no WAL append and no fsync before the first frame.
struct GuideSyncPlan {
    enum Change {
        case guideRow
        case sectionsGone(Set<String>)
        case section(GuideSection, position: Int)
        case itemChanged(id: Int64, GuideItem)
        case itemAdded(sectionKey: String, GuideItem)
        case itemGone(id: Int64)
    }

    let guide: Guide
    private(set) var changes: [Change] = []

    var isEmpty: Bool { changes.isEmpty }

    /// What differs between `guide` and what `db` holds of it.
    init(_ guide: Guide, _ db: Database) throws {
        self.guide = guide
        let title = try String.fetchOne(db, sql: "SELECT title FROM guides WHERE id = ?", arguments: [guide.id])
        if title != guide.title { changes.append(.guideRow) }

        // A row cursor read by column index, as the items below: `Row.fetchAll` and reading
        // columns by name cost a start 0.5 M instructions for a guide's eight sections.
        var storedByKey: [String: (record: SectionRecord, position: Int)] = [:]
        var storedInGuide = Set<String>()
        let sectionRows = try Row.fetchCursor(db, sql: """
            SELECT \(SectionRecord.selectionSQL), position FROM sections WHERE guide = ?
            """, arguments: [guide.id])
        while let row = try sectionRows.next() {
            let record = SectionRecord(row: row)
            if storedByKey[record.key] == nil { storedByKey[record.key] = (record, row[SectionRecord.selectedColumns.count]) }
            if record.inGuide { storedInGuide.insert(record.key) }
        }
        let gone = storedInGuide.subtracting(guide.sections.map(\.key))
        if !gone.isEmpty { changes.append(.sectionsGone(gone)) }
        // The guide's items of every section in one statement: one query per section (through
        // the query builder, decoding dates the plan never looks at) was most of a start's plan.
        // The ORDER BY makes SQLite read them through the index of guide items alone
        // (items_guideKey), not past the person's own items (10,000 of them in the bench's database).
        var storedItems: [String: [StoredItem]] = [:]
        let itemRows = try Row.fetchCursor(db, sql: """
            SELECT section, id, key, title, text, inGuide FROM items WHERE guide = ? AND key IS NOT NULL
            ORDER BY section, key
            """, arguments: [guide.id])
        while let row = try itemRows.next() {
            storedItems[row[0], default: []].append(StoredItem(id: row[1], key: row[2], title: row[3], text: row[4], inGuide: row[5]))
        }
        for (position, section) in guide.sections.enumerated() {
            // Paragraphs compared as text, read from the stored JSON (writing the guide's as JSON
            // to compare was 0.3 M instructions of every start).
            if case let (stored, storedPosition)? = storedByKey[section.key], stored.kind == section.kind.rawValue,
               stored.number == section.number, stored.title == section.title, storedPosition == position, stored.inGuide,
               (try? Store.decodeParagraphs(stored.paragraphs)) == section.paragraphs {
            } else {
                changes.append(.section(section, position: position))
            }
            planItems(of: section, stored: storedItems[section.key] ?? [])
        }
    }

    /// What the plan compares of a stored guide item.
    private struct StoredItem {
        var id: Int64
        var key: String
        var title: String
        var text: String
        var inGuide: Bool
    }

    private mutating func planItems(of section: GuideSection, stored: [StoredItem]) {
        var storedByKey = Dictionary(stored.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for item in section.items {
            if let row = storedByKey.removeValue(forKey: item.key) {
                if row.title != item.title || row.text != item.text || !row.inGuide { changes.append(.itemChanged(id: row.id, item)) }
            } else {
                changes.append(.itemAdded(sectionKey: section.key, item))
            }
        }
        for row in storedByKey.values where row.inGuide { changes.append(.itemGone(id: row.id)) }
    }

    /// Makes the changes, in order, inside the caller's write transaction.
    func apply(_ db: Database) throws {
        for change in changes {
            switch change {
            case .guideRow:
                try db.execute(sql: """
                    INSERT INTO guides (id, title) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title
                    """, arguments: [guide.id, guide.title])
            case .sectionsGone(let keys):
                try SectionRecord.filter(SectionRecord.Columns.guide == guide.id && keys.contains(SectionRecord.Columns.key))
                    .updateAll(db, SectionRecord.Columns.inGuide.set(to: false))
            case .section(let section, let position):
                try db.execute(sql: """
                    INSERT INTO sections (guide, key, kind, number, title, paragraphs, position, inGuide)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                    ON CONFLICT (guide, key) DO UPDATE SET
                        kind = excluded.kind, number = excluded.number, title = excluded.title,
                        paragraphs = excluded.paragraphs, position = excluded.position, inGuide = 1
                    """, arguments: [guide.id, section.key, section.kind.rawValue, section.number, section.title,
                                     try Self.encodeParagraphs(section.paragraphs), position])
            case .itemChanged(let id, let item):
                try ItemRecord.withID(id).updateAll(db, ItemRecord.Columns.title.set(to: item.title),
                                                    ItemRecord.Columns.text.set(to: item.text),
                                                    ItemRecord.Columns.inGuide.set(to: true))
            case .itemAdded(let sectionKey, let item):
                let position = try Store.nextItemPosition(SectionRef(guideID: guide.id, sectionKey: sectionKey), db)
                try db.execute(sql: """
                    INSERT INTO items (guide, section, key, title, text, position) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [guide.id, sectionKey, item.key, item.title, item.text, position])
            case .itemGone(let id):
                try ItemRecord.withID(id).updateAll(db, ItemRecord.Columns.inGuide.set(to: false))
            }
        }
    }

    static func encodeParagraphs(_ paragraphs: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(paragraphs), as: UTF8.self)
    }
}
