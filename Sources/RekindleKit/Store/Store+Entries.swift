import Foundation
import GRDB

/// Dated entries: the journal now, the guide's tools later (their kinds share the table).
///
/// Text is kept byte for byte like notes (a NUL is refused, never cut); an edit keeps the version
/// it replaces in `entryRevisions`; deleting is a soft delete that `restoreEntry` undoes. Every
/// change is one short transaction, so another copy of rekindle notices it (`dataVersion`).
extension Store {
    private typealias Columns = EntryRecord.Columns

    /// Live entries of a guide, newest `at` first (the newest written first among equal times).
    /// - Parameters:
    ///   - kinds: only these kinds; nil for every kind.
    ///   - sectionKey: only the entries of this section; nil for all, with or without a section.
    ///   - since: only entries at or after this instant.
    public func entries(guideID: String, kinds: Set<EntryKind>? = nil, sectionKey: String? = nil,
                        since: Date? = nil) throws -> [Entry] {
        // Plain SQL and a row cursor: the query interface's first use cost `today` 4 M
        // instructions to learn there are no goals.
        var conditions = ["guide = ?", "deletedAt IS NULL"]
        var arguments: StatementArguments = [guideID]
        if let kinds {
            conditions.append("kind IN (" + kinds.map { _ in "?" }.joined(separator: ", ") + ")")
            for kind in kinds { arguments += [kind.rawValue] }
        }
        if let sectionKey {
            conditions.append("section = ?")
            arguments += [sectionKey]
        }
        if let since {
            conditions.append("at >= ?")
            arguments += [UnixSeconds.from(since)]
        }
        return try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(EntryRecord.selectionSQL) FROM entries WHERE \(conditions.joined(separator: " AND "))
                ORDER BY at DESC, id DESC
                """, arguments: arguments)
            var entries: [Entry] = []
            while let row = try rows.next() { entries.append(EntryRecord(row: row).entry) }
            return entries
        }
    }

    /// When the live entries of `kind` are dated, for `rekindle today`: those from `from` through
    /// `through`, and the newest one before `from` (unordered). Instants only: reading a year of
    /// journal entries whole cost `today` 12 M instructions for the one date and the count it says.
    public func entryInstants(guideID: String, kind: EntryKind, from: Date, through: Date) throws -> [Date] {
        let live = "guide = ?1 AND kind = ?2 AND deletedAt IS NULL"
        return try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT at FROM entries WHERE \(live) AND at BETWEEN ?3 AND ?4
                UNION ALL
                SELECT max(at) FROM entries WHERE \(live) AND at < ?3
                """, arguments: [guideID, kind.rawValue, UnixSeconds.from(from), UnixSeconds.from(through)])
            var instants: [Date] = []
            while let row = try rows.next() {
                if let seconds: Int64 = row[0] { instants.append(UnixSeconds.date(seconds)) }
            }
            return instants
        }
    }

    /// One entry, deleted or not.
    public func entry(id: Int64) throws -> Entry {
        guard let record = try read({ try EntryRecord.withID(id).fetchOne($0) }) else {
            throw StoreError.unknownEntry(id: id)
        }
        return record.entry
    }

    /// Adds an entry about the instant `at` (whole seconds; what is stored is what is returned),
    /// written at `now`. `sectionKey` must name a section of the guide, or be nil.
    public func addEntry(guideID: String, kind: EntryKind = .journal, sectionKey: String?, body: String,
                         mood: Mood?, at: Date, now: Date = Date(), due: LocalDay? = nil) throws -> Entry {
        try Self.check(body: body, mood: mood)
        let at = UnixSeconds.from(at), written = UnixSeconds.from(now)
        return try write { db in
            if let sectionKey {
                let section = SectionRef(guideID: guideID, sectionKey: sectionKey)
                guard try SectionRecord.exists(section, db) else {
                    throw StoreError.unknownSection(guideID: guideID, sectionKey: sectionKey)
                }
            }
            try db.execute(sql: """
                INSERT INTO entries (guide, section, kind, at, body, moodWord, moodScale, createdAt, updatedAt, due)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [guideID, sectionKey, kind.rawValue, at, body, mood?.columns.word, mood?.columns.scale,
                                 written, written, due?.description])
            return Entry(id: db.lastInsertedRowID, kind: kind, at: UnixSeconds.date(at), body: body, mood: mood,
                         sectionKey: sectionKey, updatedAt: UnixSeconds.date(written), due: due)
        }
    }

    /// Replaces a live entry's text and mood, saved at `date`; the version it replaces is kept as a
    /// revision. Returns false, writing nothing, when both are unchanged (byte for byte: an NFD
    /// re-save of NFC text is a change).
    @discardableResult
    public func updateEntry(id: Int64, body: String, mood: Mood?, at date: Date = Date()) throws -> Bool {
        try saveEntry(id: id, body: body, mood: mood, at: date, coalescing: false)
    }

    /// `updateEntry`, for the saves typing triggers (as `autosaveNotes` is for notes): within
    /// `revisionWindow` of the revision this store's autosaves of the entry started, the save
    /// replaces the text without keeping another version (the latest text is always what is kept);
    /// otherwise, or after any other save of the entry (an explicit one, another copy's), it keeps one.
    @discardableResult
    public func autosaveEntry(id: Int64, body: String, mood: Mood?, at date: Date = Date()) throws -> Bool {
        try saveEntry(id: id, body: body, mood: mood, at: date, coalescing: true)
    }

    private func saveEntry(id: Int64, body: String, mood: Mood?, at date: Date, coalescing: Bool) throws -> Bool {
        try Self.check(body: body, mood: mood)
        let open = coalescing ? openEntryRevisions.withLock { $0[id] } : nil
        let (changed, window) = try write { db -> (Bool, OpenRevision?) in
            guard let current = try EntryRecord.live.filter(Columns.id == id).fetchOne(db)?.entry else {
                throw StoreError.unknownEntry(id: id)
            }
            if NotePreview.sameBytes(current.body, body) && current.mood == mood { return (false, open) }
            let newest = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM entryRevisions WHERE entry = ?", arguments: [id])
            // Still this store's window, and no other save of the entry since it opened.
            if let open, open.accepts(date), newest == open.id {
                try Self.setEntry(id, body: body, mood: mood, updatedAt: max(UnixSeconds.from(date), UnixSeconds.from(current.updatedAt)), db)
                return (true, open)
            }
            try db.execute(sql: """
                INSERT INTO entryRevisions (entry, body, moodWord, moodScale, savedAt) VALUES (?, ?, ?, ?, ?)
                """, arguments: [id, current.body, current.mood?.columns.word, current.mood?.columns.scale,
                                 UnixSeconds.from(current.updatedAt)])
            let revision = db.lastInsertedRowID
            // Never before the version it replaces, even when the clock went back.
            try Self.setEntry(id, body: body, mood: mood, updatedAt: max(UnixSeconds.from(date), UnixSeconds.from(current.updatedAt) + 1), db)
            return (true, coalescing ? OpenRevision(id: revision, startedAt: date) : nil)
        }
        openEntryRevisions.withLock { $0[id] = window }
        return changed
    }

    private static func setEntry(_ id: Int64, body: String, mood: Mood?, updatedAt: Int64, _ db: Database) throws {
        try EntryRecord.withID(id).updateAll(
            db, Columns.body.set(to: body), Columns.moodWord.set(to: mood?.columns.word),
            Columns.moodScale.set(to: mood?.columns.scale), Columns.updatedAt.set(to: updatedAt))
    }

    /// Hides an entry; it stays in the database, with its history, until `restoreEntry`.
    public func deleteEntry(id: Int64, at date: Date = Date()) throws {
        try write { db in
            let deletedAt = Columns.deletedAt.set(to: Columns.deletedAt ?? UnixSeconds.from(date))
            if try EntryRecord.withID(id).updateAll(db, deletedAt) == 0 { throw StoreError.unknownEntry(id: id) }
        }
    }

    /// Brings back a deleted entry as it was.
    public func restoreEntry(id: Int64) throws {
        try write { db in
            if try EntryRecord.withID(id).updateAll(db, Columns.deletedAt.set(to: nil)) == 0 {
                throw StoreError.unknownEntry(id: id)
            }
        }
    }

    /// The versions of one entry that edits replaced, newest first.
    public func entryRevisions(id: Int64) throws -> [EntryRevision] {
        let request = EntryRevisionRecord.filter(EntryRevisionRecord.Columns.entry == id)
            .order(EntryRevisionRecord.Columns.id.desc)
        return try read { try request.fetchAll($0).map(\.revision) }
    }

    /// The entries of a guide that were deleted (kept, restorable), oldest `at` first, for export.
    public func deletedEntries(guideID: String) throws -> [Entry] {
        let request = EntryRecord.deleted.inGuide(guideID).order(Columns.at, Columns.id)
        return try read { try request.fetchAll($0).map(\.entry) }
    }

    /// The replaced versions of every live entry of a guide (of every deleted one with `deleted`),
    /// newest first per entry, in one read (for export).
    public func entryRevisions(guideID: String, deleted: Bool = false) throws -> [Int64: [EntryRevision]] {
        let ids = (deleted ? EntryRecord.deleted : EntryRecord.live).inGuide(guideID).select(Columns.id)
        let request = EntryRevisionRecord.filter(ids.contains(EntryRevisionRecord.Columns.entry))
            .order(EntryRevisionRecord.Columns.id.desc)
        let revisions = try read { try request.fetchAll($0).map(\.revision) }
        return Dictionary(grouping: revisions, by: \.entryID)
    }

    /// What no entry may hold: a NUL (SQLite's text binding would stop there) or a mood that is
    /// neither one word nor 1–5.
    private static func check(body: String, mood: Mood?) throws {
        if NotePreview.containsNUL(body) { throw StoreError.textHasNUL }
        if let problem = mood?.problem { throw StoreError.invalidMood(problem) }
    }
}
