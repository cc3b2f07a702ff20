import Foundation
import GRDB

extension Store {
    /// Brings the stored snapshot of `guide` up to date and returns it with the person's progress.
    ///
    /// Progress is keyed by the guide's stable keys, so a guide file that changed keeps every
    /// tick and note: titles and text are updated in place; new items go after the existing ones
    /// of their section, in guide order; an item whose key disappeared keeps its row and is
    /// returned with `inGuide == false` when it holds progress (ticked); a section that
    /// disappeared is returned last, with `inGuide == false`, when it still holds notes or items.
    /// One transaction.
    public func load(guide: Guide) throws -> Workbook {
        try write { db in
            try Self.sync(guide, db)
            return try Self.workbook(guideID: guide.id, title: guide.title, db)
        }
    }

    static func sync(_ guide: Guide, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO guides (id, title) VALUES (?, ?)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title WHERE title IS NOT excluded.title
            """, arguments: [guide.id, guide.title])

        let inGuide = SectionRecord.filter(SectionRecord.Columns.guide == guide.id && SectionRecord.Columns.inGuide)
        let storedKeys = try String.fetchSet(db, inGuide.select(SectionRecord.Columns.key))
        let vanished = storedKeys.subtracting(guide.sections.map(\.key))
        if !vanished.isEmpty {
            try inGuide.filter(vanished.contains(SectionRecord.Columns.key))
                .updateAll(db, SectionRecord.Columns.inGuide.set(to: false))
        }
        for (position, section) in guide.sections.enumerated() {
            try db.execute(sql: """
                INSERT INTO sections (guide, key, kind, number, title, paragraphs, position, inGuide)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (guide, key) DO UPDATE SET
                    kind = excluded.kind, number = excluded.number, title = excluded.title,
                    paragraphs = excluded.paragraphs, position = excluded.position, inGuide = 1
                WHERE (kind, number, title, paragraphs, position, inGuide)
                    IS NOT (excluded.kind, excluded.number, excluded.title, excluded.paragraphs, excluded.position, 1)
                """, arguments: [guide.id, section.key, section.kind.rawValue, section.number, section.title,
                                 try encodeParagraphs(section.paragraphs), position])
            try syncItems(of: section, guideID: guide.id, db)
        }
    }

    private static func syncItems(of section: GuideSection, guideID: String, _ db: Database) throws {
        let ref = SectionRef(guideID: guideID, sectionKey: section.key)
        let stored = try ItemRecord.all().inSection(ref).filter(ItemRecord.Columns.key != nil).fetchAll(db).map(\.item)
        var storedByKey = Dictionary(uniqueKeysWithValues: stored.map { ($0.key ?? "", $0) })
        var nextPosition = try nextItemPosition(ref, db)
        for item in section.items {
            if let row = storedByKey.removeValue(forKey: item.key) {
                guard row.title != item.title || row.text != item.text || !row.inGuide else { continue }
                try ItemRecord.withID(row.id).updateAll(db, ItemRecord.Columns.title.set(to: item.title),
                                                        ItemRecord.Columns.text.set(to: item.text),
                                                        ItemRecord.Columns.inGuide.set(to: true))
            } else {
                try db.execute(sql: """
                    INSERT INTO items (guide, section, key, title, text, position) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [guideID, section.key, item.key, item.title, item.text, nextPosition])
                nextPosition += 1
            }
        }
        for row in storedByKey.values where row.inGuide {
            try ItemRecord.withID(row.id).updateAll(db, ItemRecord.Columns.inGuide.set(to: false))
        }
    }

    private static func workbook(guideID: String, title: String, _ db: Database) throws -> Workbook {
        // Live items that are in the guide, the person's own, or ticked before their key vanished.
        typealias Columns = ItemRecord.Columns
        var itemsBySection: [String: [ChecklistItem]] = [:]
        let records = ItemRecord.all().inGuide(guideID)
            .filter(Columns.deletedAt == nil && (Columns.inGuide || Columns.key == nil || Columns.doneAt != nil))
            .order(ItemRecord.sectionColumn, Columns.position, Columns.id)
        // A row cursor decoded by hand: a record cursor cost 6.6 M more instructions for 10,000 items.
        let rows = try Row.fetchCursor(db, records)
        // Rows come grouped by section: collect a run, store it when the section changes.
        var runSection: String?
        var run: [ChecklistItem] = []
        while let row = try rows.next() {
            let record = ItemRecord(row: row)
            if record.section != runSection {
                if let runSection { itemsBySection[runSection] = run }
                runSection = record.section
                run = []
            }
            run.append(record.item)
        }
        if let runSection { itemsBySection[runSection] = run }
        // Only sections gone from the guide need this, and `body <> ''` reads the whole body: checking
        // every section cost 1.7 ms for 1 MB of notes.
        let sectionsWithNotes = try String.fetchSet(db, sql: """
            SELECT notes.section FROM sections CROSS JOIN notes -- CROSS: sections first, bodies only for those
            ON notes.guide = sections.guide AND notes.section = sections.key
            WHERE sections.guide = ? AND NOT sections.inGuide AND notes.body <> ''
            """, arguments: [guideID])

        let sections = try SectionRecord.filter(SectionRecord.Columns.guide == guideID)
            .order(SectionRecord.Columns.inGuide.desc, SectionRecord.Columns.position).fetchAll(db)
        return Workbook(guideID: guideID, title: title, sections: try sections.compactMap { record in
            let items = itemsBySection[record.key] ?? []
            guard record.inGuide || !items.isEmpty || sectionsWithNotes.contains(record.key) else { return nil }
            return WorkbookSection(
                key: record.key, kind: SectionKind(rawValue: record.kind) ?? .other, number: record.number,
                title: record.title, paragraphs: try decodeParagraphs(record.paragraphs),
                items: items, inGuide: record.inGuide)
        })
    }

    static func encodeParagraphs(_ paragraphs: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(paragraphs), as: UTF8.self)
    }

    static func decodeParagraphs(_ json: String) throws -> [String] {
        try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }
}
