import Foundation
import GRDB

extension Store {
    /// Puts an export (`ExportFileReader.read`) into the database in one transaction: all of it
    /// or, on any failure, nothing.
    ///
    /// Without `merge` the database must hold no data yet (no own or deleted items, ticks, notes
    /// or support card, no settings other than where the interface was left); the export's rows
    /// then go in exactly as they were, so exporting again gives the same JSON. With `merge`
    /// nothing here is dropped or replaced: rows the file has and the database lacks are added
    /// (an item the database has unticked takes the file's tick; own items are matched by section
    /// and title), the notes you have here stay current, and imported versions join the history
    /// in date order. The guide's text comes from `guide`, never from the file: sections and items
    /// are brought up to `guide` afterwards, as opening the app does.
    /// `progress(done, total)` is called now and then with the rows handled so far.
    public func importExport(_ document: ExportDocument, guide: Guide, merge: Bool,
                             progress: @escaping (Int, Int) -> Void = { _, _ in }) throws -> ImportReport {
        try write { db in
            if !merge, try Self.holdsData(db) { throw ImportError.databaseHasData(path: url?.path ?? ":memory:") }
            var run = ImportRun(db: db, guideID: document.guide.id, merge: merge, document: document, progress: progress)
            try run.sections()
            try run.items()
            for section in document.sections {
                try run.history(SectionRef(guideID: document.guide.id, sectionKey: section.key), section.noteHistory, .notesRevisions)
            }
            try run.history(SectionRef(guideID: SupportCard.guideID, sectionKey: SupportCard.sectionKey),
                            document.supportCardHistory, .supportCardRevisions)
            try run.settings()
            try run.entries()
            try GuideSyncPlan(guide, db).apply(db)
            run.finish()
            return run.report
        }
    }

    /// Anything a person made: own, deleted or ticked items, a saved note or card, an entry (live
    /// or deleted), a preference other than where the interface was left.
    private static func holdsData(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM items WHERE key IS NULL OR doneAt IS NOT NULL OR deletedAt IS NOT NULL)
                OR EXISTS (SELECT 1 FROM noteRevisions)
                OR EXISTS (SELECT 1 FROM entries) OR EXISTS (SELECT 1 FROM entryRevisions)
                OR EXISTS (SELECT 1 FROM settings WHERE key NOT LIKE 'position.%')
            """) ?? false
    }
}

/// One import's work inside its transaction. Each collection of the export has its method here;
/// a new one gets its own beside them and a `ImportReport.Kind`.
private struct ImportRun {
    let db: Database
    let guideID: String
    let merge: Bool
    let document: ExportDocument
    let progress: (Int, Int) -> Void
    var report = ImportReport()
    private var done = 0
    private let total: Int

    init(db: Database, guideID: String, merge: Bool, document: ExportDocument, progress: @escaping (Int, Int) -> Void) {
        self.db = db
        self.guideID = guideID
        self.merge = merge
        self.document = document
        self.progress = progress
        total = document.sections.reduce(document.supportCardHistory?.count ?? 0) {
            $0 + $1.items.count + ($1.deletedItems?.count ?? 0) + ($1.noteHistory?.count ?? 0)
        } + document.allEntries.reduce(0) { $0 + 1 + $1.revisions.count }
    }

    private mutating func step() {
        done += 1
        if done % 500 == 0 { progress(done, total) }
    }

    func finish() { progress(total, total) }

    /// Every section of the file; in order, so sections gone from the guide keep theirs.
    mutating func sections() throws {
        try db.execute(sql: "INSERT INTO guides (id, title) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                       arguments: [guideID, document.guide.title])
        for (position, section) in document.sections.enumerated() {
            let onConflict = merge ? "DO NOTHING" : """
                DO UPDATE SET kind = excluded.kind, number = excluded.number, title = excluded.title,
                    paragraphs = excluded.paragraphs, position = excluded.position, inGuide = excluded.inGuide
                """
            try db.execute(sql: """
                INSERT INTO sections (guide, key, kind, number, title, paragraphs, position, inGuide)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (guide, key) \(onConflict)
                """, arguments: [guideID, section.key, section.kind.rawValue, section.number, section.title,
                                 try GuideSyncPlan.encodeParagraphs(section.paragraphs), position, section.inGuide])
            if merge, db.changesCount > 0 { report.add(.sections) }
        }
    }

    // MARK: Items

    mutating func items() throws {
        // An empty database's item rows are only the guide's, unticked: the file's replace them.
        if !merge { try db.execute(sql: "DELETE FROM items WHERE guide = ?", arguments: [guideID]) }
        var here = merge ? try ItemsHere(guideID: guideID, db) : ItemsHere()
        for section in document.sections {
            for item in section.items + (section.deletedItems ?? []) {
                step()
                if let id = here.take(section: section.key, item: item) {
                    try fillTick(id: id, from: item)
                } else {
                    let position = merge ? here.nextPosition(in: section.key) : item.position ?? 0
                    try insert(item, section: section.key, position: position)
                }
            }
        }
    }

    private mutating func insert(_ item: ExportDocument.Item, section: String, position: Int) throws {
        try db.execute(sql: """
            INSERT INTO items (guide, section, key, title, text, position, doneAt, deletedAt, inGuide)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [guideID, section, item.key, item.title, item.text, position,
                             item.doneAt.map(ExportDate.databaseString), item.deletedAt.map(ExportDate.databaseString), item.inGuide])
        report.add(.items)
        if item.doneAt != nil { report.add(.ticks) }
    }

    /// A merge ticks an item the database has unticked; a tick already here keeps its date.
    private mutating func fillTick(id: Int64, from item: ExportDocument.Item) throws {
        if let doneAt = item.doneAt {
            try db.execute(sql: "UPDATE items SET doneAt = ? WHERE id = ? AND doneAt IS NULL",
                           arguments: [ExportDate.databaseString(doneAt), id])
            if db.changesCount > 0 { return report.add(.ticks) }
        }
        report.alreadyHere += 1
    }

    // MARK: Notes and the support card

    /// One section's saved versions, oldest first, and its current text.
    mutating func history(_ section: SectionRef, _ revisions: [ExportDocument.Revision]?, _ kind: ImportReport.Kind) throws {
        guard let revisions, !revisions.isEmpty else { return }
        var known = merge ? try Set(Row.fetchAll(db, sql: "SELECT savedAt, body FROM noteRevisions WHERE guide = ? AND section = ?",
                                                  arguments: [section.guideID, section.sectionKey])
            .map { RevisionKey(savedAt: $0[0], body: $0[1]) }) : []
        var previous = ""
        var added = 0
        for revision in revisions {
            step()
            // Only a merge looks for versions already here: a fresh import takes the file as it is.
            guard !merge || known.insert(RevisionKey(savedAt: revision.savedAt, body: revision.body)).inserted else {
                report.alreadyHere += 1
                continue
            }
            try insertRevision(section, body: revision.body, after: previous, savedAt: revision.savedAt)
            previous = revision.body
            added += 1
        }
        report.add(kind, added)
        guard added > 0 else { return }
        if merge { try putInDateOrder(section) }
        // The current text: the file's last version, unless the database has notes here (even
        // emptied ones: a merge never replaces what is current).
        let hasNotes = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM notes WHERE guide = ? AND section = ?)",
                                         arguments: [section.guideID, section.sectionKey]) ?? false
        guard !hasNotes, let last = revisions.last else { return }
        try db.execute(sql: """
            INSERT INTO notes (guide, section, body, updatedAt, revision) VALUES (?, ?, ?, ?, ?)
            """, arguments: [section.guideID, section.sectionKey, last.body, ExportDate.databaseString(last.savedAt), revisions.count])
    }

    private func insertRevision(_ section: SectionRef, body: String, after previous: String, savedAt: Date) throws {
        let preview = NotePreview(old: previous, new: body)
        try db.execute(sql: """
            INSERT INTO noteRevisions (guide, section, body, savedAt, preview, previewRemoved) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [section.guideID, section.sectionKey, body, ExportDate.databaseString(savedAt),
                             preview.line, preview.change == .removed])
    }

    /// The history lists revisions by id: after a merge they are written again in date order
    /// (same texts and dates, new ids, previews against their new neighbours).
    private func putInDateOrder(_ section: SectionRef) throws {
        let arguments: StatementArguments = [section.guideID, section.sectionKey]
        let rows = try Row.fetchAll(db, sql: "SELECT body, savedAt FROM noteRevisions WHERE guide = ? AND section = ? ORDER BY savedAt, id",
                                    arguments: arguments)
        try db.execute(sql: "DELETE FROM noteRevisions WHERE guide = ? AND section = ?", arguments: arguments)
        var previous = ""
        for row in rows {
            let body: String = row[0]
            try insertRevision(section, body: body, after: previous, savedAt: row[1])
            previous = body
        }
    }

    // MARK: Settings

    mutating func settings() throws {
        for (key, value) in (document.settings ?? [:]).sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "INSERT OR \(merge ? "IGNORE" : "REPLACE") INTO settings (key, value) VALUES (?, ?)", arguments: [key, value])
            if db.changesCount > 0 { report.add(.settings) } else { report.alreadyHere += 1 }
        }
    }
}

// MARK: - Entries

extension ImportRun {
    /// Every entry of the file, live and deleted, with its revisions. A merge adds those the
    /// database lacks (an entry is the same when its kind, `at`, text and `createdAt` are; each
    /// here matches one of the file's) and, to an entry it has, the revisions it lacks.
    mutating func entries() throws {
        var here = merge ? try EntriesHere(guideID: guideID, db) : EntriesHere()
        for entry in document.allEntries {
            step()
            if let id = here.take(EntryKey(entry)) {
                report.alreadyHere += 1
                try addMissingRevisions(entry.revisions, to: id)
            } else {
                try insert(entry)
            }
        }
    }

    private mutating func insert(_ entry: ExportDocument.Entry) throws {
        try db.execute(sql: """
            INSERT INTO entries (guide, section, kind, at, body, moodWord, moodScale, createdAt, updatedAt, deletedAt, due, doneAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [guideID, entry.section, entry.kind, UnixSeconds.from(entry.at), entry.body,
                             entry.mood?.columns.word, entry.mood?.columns.scale, UnixSeconds.from(entry.createdAt),
                             UnixSeconds.from(entry.updatedAt), entry.deletedAt.map(UnixSeconds.from), entry.due?.description,
                             entry.doneAt.map(UnixSeconds.from)])
        report.add(.entries)
        let id = db.lastInsertedRowID
        // The file lists them newest first; ids grow oldest first, as the edits made them.
        for revision in entry.revisions.reversed() {
            step()
            try insertRevision(revision, entry: id)
        }
        report.add(.entryRevisions, entry.revisions.count)
    }

    /// A merge keeps the entry here as it is and adds the file's versions it lacks, then writes
    /// the history again in date order (it is listed by id).
    private mutating func addMissingRevisions(_ revisions: [ExportDocument.Entry.Revision], to id: Int64) throws {
        let here = try Row.fetchAll(db, sql: "SELECT body, moodWord, moodScale, savedAt FROM entryRevisions WHERE entry = ? ORDER BY id",
                                    arguments: [id])
            .map { ExportDocument.Entry.Revision(body: $0[0], mood: Mood.from(word: $0[1], scale: $0[2]), savedAt: UnixSeconds.date($0[3])) }
        var known = Set(here.map(EntryRevisionKey.init))
        let missing = revisions.reversed().filter { known.insert(EntryRevisionKey($0)).inserted }
        for _ in revisions { step() }
        report.alreadyHere += revisions.count - missing.count
        guard !missing.isEmpty else { return }
        try db.execute(sql: "DELETE FROM entryRevisions WHERE entry = ?", arguments: [id])
        for revision in (here + missing).sorted(by: { $0.savedAt < $1.savedAt }) {
            try insertRevision(revision, entry: id)
        }
        report.add(.entryRevisions, missing.count)
    }

    private func insertRevision(_ revision: ExportDocument.Entry.Revision, entry: Int64) throws {
        try db.execute(sql: "INSERT INTO entryRevisions (entry, body, moodWord, moodScale, savedAt) VALUES (?, ?, ?, ?, ?)",
                       arguments: [entry, revision.body, revision.mood?.columns.word, revision.mood?.columns.scale,
                                   UnixSeconds.from(revision.savedAt)])
    }
}

extension ExportDocument {
    /// Live and deleted entries in one list, oldest `at` first (live first among equal times): the
    /// order an import gives them ids in.
    var allEntries: [Entry] {
        var live = (entries ?? [])[...], deleted = (deletedEntries ?? [])[...], merged: [Entry] = []
        while !live.isEmpty || !deleted.isEmpty {
            if let next = deleted.first, live.first.map({ next.at < $0.at }) ?? true {
                merged.append(deleted.removeFirst())
            } else {
                merged.append(live.removeFirst())
            }
        }
        return merged
    }
}

/// An entry as a merge recognises it: same kind, `at`, text (bytes) and `createdAt`, to the second
/// as entries are stored.
private struct EntryKey: Hashable {
    var kind: String
    var at: Int64
    var body: [UInt8]
    var createdAt: Int64

    init(kind: String, at: Int64, body: String, createdAt: Int64) {
        self.kind = kind
        self.at = at
        self.body = Array(body.utf8)
        self.createdAt = createdAt
    }

    init(_ entry: ExportDocument.Entry) {
        self.init(kind: entry.kind, at: UnixSeconds.from(entry.at), body: entry.body, createdAt: UnixSeconds.from(entry.createdAt))
    }
}

/// An entry's saved version as a merge recognises it: same text (bytes), mood and second.
private struct EntryRevisionKey: Hashable {
    var body: [UInt8]
    var mood: Mood?
    var savedAt: Int64

    init(_ revision: ExportDocument.Entry.Revision) {
        body = Array(revision.body.utf8)
        mood = revision.mood
        savedAt = UnixSeconds.from(revision.savedAt)
    }
}

/// The database's entries of one guide, deleted ones included, for a merge to match the file's
/// against (each matched once, so two identical entries stay two).
private struct EntriesHere {
    private var ids: [EntryKey: [Int64]] = [:]

    init() {}

    init(guideID: String, _ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT kind, at, body, createdAt, id FROM entries WHERE guide = ? ORDER BY id",
                                       arguments: [guideID])
        while let row = try rows.next() {
            ids[EntryKey(kind: row[0], at: row[1], body: row[2], createdAt: row[3]), default: []].append(row[4])
        }
    }

    mutating func take(_ key: EntryKey) -> Int64? {
        guard var matches = ids[key], !matches.isEmpty else { return nil }
        let id = matches.removeFirst()
        ids[key] = matches
        return id
    }
}

/// A saved version as a merge recognises it: same instant (to the millisecond) and same bytes.
private struct RevisionKey: Hashable {
    var milliseconds: Int64
    var bytes: [UInt8]

    init(savedAt: Date, body: String) {
        milliseconds = ExportDate.milliseconds(savedAt)
        bytes = Array(body.utf8)
    }
}

/// The database's items of one guide, for a merge to match the file's against: guide items by
/// section and key, the person's own by section and title (each matched once).
private struct ItemsHere {
    private var byKey: [String: [String: Int64]] = [:]
    private var ownByTitle: [String: [String: [Int64]]] = [:]
    private var lastPosition: [String: Int] = [:]

    init() {}

    init(guideID: String, _ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT section, id, key, title, position FROM items WHERE guide = ? ORDER BY id",
                                       arguments: [guideID])
        while let row = try rows.next() {
            let section: String = row[0]
            if let key: String = row[2] { byKey[section, default: [:]][key] = row[1] } else { ownByTitle[section, default: [:]][row[3], default: []].append(row[1]) }
            lastPosition[section] = max(lastPosition[section] ?? -1, row[4])
        }
    }

    /// The id of the row here that is `item`, no longer available to match another.
    mutating func take(section: String, item: ExportDocument.Item) -> Int64? {
        if let key = item.key { return byKey[section]?.removeValue(forKey: key) }
        guard var ids = ownByTitle[section]?[item.title], !ids.isEmpty else { return nil }
        let id = ids.removeFirst()
        ownByTitle[section]?[item.title] = ids
        return id
    }

    /// After every row the section has (an added item goes last).
    mutating func nextPosition(in section: String) -> Int {
        let next = (lastPosition[section] ?? -1) + 1
        lastPosition[section] = next
        return next
    }
}
