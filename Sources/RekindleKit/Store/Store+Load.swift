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

    /// For the interface's first frame: `load`, but only the section `shownKey` (else the first
    /// one) has its items; the others have their counts (`WorkbookSection.itemsToCome`), and the
    /// rest is read with `load` once the frame is drawn. A year of items in another step cost a
    /// start 60 M instructions. A guide that changed is synced and loaded in full, as `load` does.
    /// Up to `wholeUpTo` item rows, every section's items are read.
    public func loadFirstFrame(guide: Guide, showing shownKey: String?,
                               wholeUpTo limit: Int = itemsReadWholeForAFrame) throws -> Workbook {
        try loadPart(guide: guide) { db in
            // A few hundred items are read whole: counting them would cost about as much. Whether
            // there are more than `limit` is asked of the row after it, so a year of use does not
            // count its 10,000 items (4.3 M instructions) to learn it has more than 500. Plain SQL
            // and a row cursor, as the items are read: GRDB's fetchCount instantiated generic types
            // worth 1.5 M instructions on first use.
            let beyond = try Row.fetchCursor(db, sql: "SELECT 1 FROM items WHERE guide = ? LIMIT 1 OFFSET ?",
                                             arguments: [guide.id, limit])
            return try beyond.next() == nil ? .all : .onlyOf(shownKey)
        }
    }

    /// `load` with every section counted and no items read, for commands that need none (`today`).
    public func loadCounted(guide: Guide) throws -> Workbook {
        try loadPart(guide: guide) { _ in .none }
    }

    /// Each section's figures, by key, for `status`: sections with live items only, and whether
    /// each item is ticked (in the person's order) where there are at most `limit` to draw. A
    /// line of 10,000 marks says nothing its count does not, and reading them cost `status`
    /// 26 M instructions. One read, so a tick from another copy cannot split a figure from its marks.
    public func progress(guideID: String, marksUpTo limit: Int = SectionProgress.marksDrawnUpTo) throws
        -> [String: SectionProgress] {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT section, doneAt IS NOT NULL FROM items WHERE \(Self.liveItems)
                AND section IN (SELECT section FROM itemCounts WHERE guide = ?1 AND total <= ?2)
                ORDER BY section, position, id
                """, arguments: [guideID, limit])
            let marks: [String: [Bool]] = try Self.bySection(rows) { row in (row[0], row[1]) }
            var progress: [String: SectionProgress] = [:]
            for (key, count) in try Self.itemCounts(guideID, db) where count.total > 0 {
                progress[key] = SectionProgress(done: count.done, total: count.total,
                                                marks: count.total <= limit ? marks[key] ?? [] : nil)
            }
            return progress
        }
    }

    /// The live item at `index` (from 0) of a section, in the person's order; nil past its end.
    /// `tick 1.1` reads this one row, not the section's 10,000.
    public func item(guideID: String, sectionKey: String, at index: Int) throws -> ChecklistItem? {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(ItemRecord.selectionSQL) FROM items WHERE \(Self.liveItems) AND section = ?
                ORDER BY position, id LIMIT 1 OFFSET ?
                """, arguments: [guideID, sectionKey, index])  // kept: its row is valid while the cursor lives
            return try rows.next().map { ItemRecord(row: $0).item }
        }
    }

    /// The workbook with the items `reading` picks, when the guide is as stored; else synced and
    /// loaded in full (`load`).
    private func loadPart(guide: Guide, reading: (Database) throws -> ItemReading) throws -> Workbook {
        let partial = try read { db -> Workbook? in
            guard try GuideSyncPlan(guide, db).isEmpty else { return nil }
            return try Self.workbook(guideID: guide.id, title: guide.title, reading: reading(db), db)
        }
        return try partial ?? load(guide: guide)
    }

    /// Which items a workbook is read with: all, one section's (the first's when it names none
    /// there is), or none; the sections without theirs are counted.
    private enum ItemReading {
        case all
        case onlyOf(String?)
        case none
    }

    /// Up to this many item rows (deleted ones too), `loadFirstFrame` reads every section's items.
    public static let itemsReadWholeForAFrame = 500

    /// The workbook as stored, with the items `reading` picks.
    private static func workbook(guideID: String, title: String, reading: ItemReading = .all,
                                 _ db: Database) throws -> Workbook {
        let sections = try SectionRecord.fetchAll(db, sql: """
            SELECT \(SectionRecord.selectionSQL) FROM sections WHERE guide = ?
            ORDER BY inGuide DESC, position
            """, arguments: [guideID])
        var counts: [String: (done: Int, total: Int)] = [:]
        let itemsBySection: [String: [ChecklistItem]]
        switch reading {
        case .all:
            itemsBySection = try items(guideID, db)
        case .onlyOf(let shownKey):
            let shown = sections.contains { $0.key == shownKey } ? shownKey : sections.first?.key
            itemsBySection = try shown.map { try items(guideID, onlyOf: $0, db) } ?? [:]
            counts = try itemCounts(guideID, db)
        case .none:
            itemsBySection = [:]
            counts = try itemCounts(guideID, db)
        }
        let readsAll = if case .all = reading { true } else { false }
        // Only sections gone from the guide need this, and `body <> ''` reads the whole body: checking
        // every section cost 1.7 ms for 1 MB of notes.
        let sectionsWithNotes = try String.fetchSet(db, sql: """
            SELECT notes.section FROM sections CROSS JOIN notes -- CROSS: sections first, bodies only for those
            ON notes.guide = sections.guide AND notes.section = sections.key
            WHERE sections.guide = ? AND NOT sections.inGuide AND notes.body <> ''
            """, arguments: [guideID])

        return Workbook(guideID: guideID, title: title, sections: try sections.compactMap { record in
            let items = itemsBySection[record.key]
            let count = counts[record.key] ?? (0, 0)
            guard record.inGuide || !(items ?? []).isEmpty || count.total > 0 || sectionsWithNotes.contains(record.key)
            else { return nil }
            let (kind, paragraphs) = (SectionKind(rawValue: record.kind) ?? .other, try decodeParagraphs(record.paragraphs))
            guard let items = items ?? (readsAll ? [] : nil) else {
                return .counted(key: record.key, kind: kind, number: record.number, title: record.title,
                                paragraphs: paragraphs, done: count.done, total: count.total, inGuide: record.inGuide)
            }
            return WorkbookSection(key: record.key, kind: kind, number: record.number, title: record.title,
                                   paragraphs: paragraphs, items: items, inGuide: record.inGuide)
        })
    }

    // The reads of a start are plain SQL. For every statement of its query interface, GRDB works
    // out which rows it selects (for observing them, which rekindle does not do), reading the
    // table's schema first: 5 M instructions of a first frame of 27 M.

    /// Live items of a guide (a condition with the guide's id as its one argument): `Schema.live`.
    private static let liveItems = "guide = ? AND \(Schema.live("items"))"

    /// The live items by section, in the person's order (of one section only, with `onlyOf`).
    private static func items(_ guideID: String, onlyOf sectionKey: String? = nil,
                              _ db: Database) throws -> [String: [ChecklistItem]] {
        let oneSection = sectionKey == nil ? "" : "AND section = ?"
        // A row cursor decoded by hand: a record cursor cost 6.6 M more instructions for 10,000 items.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(ItemRecord.selectionSQL) FROM items WHERE \(liveItems) \(oneSection) ORDER BY section, position, id
            """, arguments: StatementArguments([guideID] + (sectionKey.map { [$0] } ?? [])))
        return try bySection(rows) { row in
            let record = ItemRecord(row: row)
            return (record.section, record.item)
        }
    }

    /// The values `read` takes from rows ordered by section, by section key. Rows come grouped, so
    /// a run is collected and stored when the section changes (no dictionary look-up a row).
    private static func bySection<Value>(_ rows: RowCursor, _ read: (Row) -> (section: String, value: Value)) throws
        -> [String: [Value]] {
        var valuesBySection: [String: [Value]] = [:]
        var runSection: String?
        var run: [Value] = []
        while let row = try rows.next() {
            let (section, value) = read(row)
            if section != runSection {
                if let runSection { valuesBySection[runSection] = run }
                runSection = section
                run = []
            }
            run.append(value)
        }
        if let runSection { valuesBySection[runSection] = run }
        return valuesBySection
    }

    /// How many live items each section has, and how many of them are ticked (kept by triggers:
    /// `Schema.registerItemCountsMigration`).
    private static func itemCounts(_ guideID: String, _ db: Database) throws -> [String: (done: Int, total: Int)] {
        var counts: [String: (done: Int, total: Int)] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT section, done, total FROM itemCounts WHERE guide = ?",
                                       arguments: [guideID])
        while let row = try rows.next() { counts[row[0]] = (row[1], row[2]) }
        return counts
    }

    /// A section's paragraphs from the JSON `encodeParagraphs` wrote, read by hand (`PlainJSON`)
    /// when they can be, as they are for every section a first frame shows.
    static func decodeParagraphs(_ json: String) throws -> [String] {
        if let paragraphs = PlainJSON.strings(json) { return paragraphs }
        return try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }
}
