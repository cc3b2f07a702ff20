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

    private static func sync(_ guide: Guide, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO guides (id, title) VALUES (?, ?)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title WHERE title IS NOT excluded.title
            """, arguments: [guide.id, guide.title])

        let storedKeys = try String.fetchSet(db, sql: "SELECT key FROM sections WHERE guide = ? AND inGuide", arguments: [guide.id])
        for vanished in storedKeys.subtracting(guide.sections.map(\.key)) {
            try db.execute(sql: "UPDATE sections SET inGuide = 0 WHERE guide = ? AND key = ?", arguments: [guide.id, vanished])
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
        let stored = try Row.fetchAll(db, sql: """
            SELECT id, key, title, text, inGuide FROM items WHERE guide = ? AND section = ? AND key IS NOT NULL
            """, arguments: [guideID, section.key])
        var storedByKey = Dictionary(uniqueKeysWithValues: stored.map { ($0["key"] as String, $0) })
        var nextPosition = try nextItemPosition(guideID: guideID, sectionKey: section.key, db)
        for item in section.items {
            if let row = storedByKey.removeValue(forKey: item.key) {
                guard row["title"] != item.title || row["text"] != item.text || row["inGuide"] == false else { continue }
                try db.execute(sql: "UPDATE items SET title = ?, text = ?, inGuide = 1 WHERE id = ?",
                               arguments: [item.title, item.text, row["id"] as Int64])
            } else {
                try db.execute(sql: """
                    INSERT INTO items (guide, section, key, title, text, position) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [guideID, section.key, item.key, item.title, item.text, nextPosition])
                nextPosition += 1
            }
        }
        for row in storedByKey.values where row["inGuide"] == true {
            try db.execute(sql: "UPDATE items SET inGuide = 0 WHERE id = ?", arguments: [row["id"] as Int64])
        }
    }

    static func nextItemPosition(guideID: String, sectionKey: String, _ db: Database) throws -> Int {
        let last = try Int.fetchOne(db, sql: "SELECT max(position) FROM items WHERE guide = ? AND section = ?",
                                    arguments: [guideID, sectionKey])
        return (last ?? -1) + 1
    }

    private static func workbook(guideID: String, title: String, _ db: Database) throws -> Workbook {
        // Live items that are in the guide, the person's own, or ticked before their key vanished.
        var itemsBySection: [String: [ChecklistItem]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT section, \(ChecklistItem.columns) FROM items
            WHERE guide = ? AND deletedAt IS NULL AND (inGuide OR key IS NULL OR doneAt IS NOT NULL)
            ORDER BY section, position, id
            """, arguments: [guideID])
        // Rows come grouped by section: collect a run, store it when the section changes.
        var runSection: String?
        var run: [ChecklistItem] = []
        while let row = try rows.next() {
            let section: String = row[0]
            if section != runSection {
                if let runSection { itemsBySection[runSection] = run }
                runSection = section
                run = []
            }
            run.append(ChecklistItem(row: row, offset: 1))
        }
        if let runSection { itemsBySection[runSection] = run }
        // Only sections gone from the guide need this, and `body <> ''` reads the whole body: checking
        // every section cost 1.7 ms for 1 MB of notes.
        let sectionsWithNotes = try String.fetchSet(db, sql: """
            SELECT notes.section FROM sections CROSS JOIN notes -- CROSS: sections first, bodies only for those
            ON notes.guide = sections.guide AND notes.section = sections.key
            WHERE sections.guide = ? AND NOT sections.inGuide AND notes.body <> ''
            """, arguments: [guideID])

        let sections = try Row.fetchAll(db, sql: """
            SELECT key, kind, number, title, paragraphs, inGuide FROM sections
            WHERE guide = ? ORDER BY inGuide DESC, position
            """, arguments: [guideID])
        return Workbook(guideID: guideID, title: title, sections: try sections.compactMap { row in
            let key: String = row["key"]
            let items = itemsBySection[key] ?? []
            let inGuide: Bool = row["inGuide"]
            guard inGuide || !items.isEmpty || sectionsWithNotes.contains(key) else { return nil }
            return WorkbookSection(
                key: key, kind: SectionKind(rawValue: row["kind"]) ?? .other, number: row["number"],
                title: row["title"], paragraphs: try decodeParagraphs(row["paragraphs"]),
                items: items, inGuide: inGuide)
        })
    }

    private static func encodeParagraphs(_ paragraphs: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(paragraphs), as: UTF8.self)
    }

    private static func decodeParagraphs(_ json: String) throws -> [String] {
        try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }
}
