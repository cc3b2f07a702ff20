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
        // Nearly every start finds the guide as stored: then this is one read transaction.
        let unchanged = try read { db -> Workbook? in
            guard try GuideSyncPlan(guide, db).isEmpty else { return nil }
            return try Self.workbook(guideID: guide.id, title: guide.title, db)
        }
        if let unchanged { return unchanged }
        return try write { db in
            // Planned again inside the write: another copy may have synced in the meantime.
            try GuideSyncPlan(guide, db).apply(db)
            return try Self.workbook(guideID: guide.id, title: guide.title, db)
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

    static func decodeParagraphs(_ json: String) throws -> [String] {
        try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }
}
