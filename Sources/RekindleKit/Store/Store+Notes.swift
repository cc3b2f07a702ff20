import Foundation
import GRDB

/// What `saveNotes` did.
public struct NoteSaveResult: Equatable, Sendable {
    /// The revision this save created; nil when the body was unchanged and nothing was written.
    public var revision: NoteRevision?
    /// Set when another process saved these notes after this store last read or saved them:
    /// the version this save replaced as the current one. It stays in `noteHistory`, so nothing
    /// is lost; the interface should tell the person and point them to the history.
    public var replacedConcurrentEdit: NoteRevision?

    public init(revision: NoteRevision?, replacedConcurrentEdit: NoteRevision? = nil) {
        self.revision = revision
        self.replacedConcurrentEdit = replacedConcurrentEdit
    }

    public var isConflict: Bool { replacedConcurrentEdit != nil }
}

/// Notes, one body per section, with every saved version kept.
///
/// Two processes editing the same notes both stay writable and lose nothing: every save adds a
/// revision, and a save that lands on top of another process's save says so in its result.
extension Store {
    /// The current notes of a section ("" when none). Remembers which revision this store saw.
    public func notes(guideID: String, sectionKey: String) throws -> String {
        let section = SectionRef(guideID: guideID, sectionKey: sectionKey)
        let current = try writer.read { try Self.currentNotes(section, $0) }
        seenNoteRevisions.withLock { $0[section] = current?.revision ?? 0 }
        return current?.body ?? ""
    }

    /// `notes(guideID:sectionKey:)` for several sections in one read (the interface reads every
    /// section's notes at start: one transaction instead of one per section). Sections without
    /// notes get "".
    public func notes(guideID: String, sectionKeys: [String]) throws -> [String: String] {
        let rows = try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT section, body, revision FROM notes WHERE guide = ?", arguments: [guideID])
        }
        var found: [String: (body: String, revision: Int64)] = [:]
        for row in rows { found[row["section"]] = (row["body"], row["revision"]) }
        var bodies: [String: String] = [:]
        seenNoteRevisions.withLock { seen in
            for key in sectionKeys {
                let current = found[key]
                seen[SectionRef(guideID: guideID, sectionKey: key)] = current?.revision ?? 0
                bodies[key] = current?.body ?? ""
            }
        }
        return bodies
    }

    /// All non-empty notes of a guide by section key (for export).
    public func allNotes(guideID: String) throws -> [String: String] {
        try writer.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(
                db, sql: "SELECT section, body FROM notes WHERE guide = ? AND body <> ''", arguments: [guideID]
            ).map { ($0["section"] as String, $0["body"] as String) })
        }
    }

    /// Saves a section's notes as a new revision; does nothing when `body` equals the current
    /// notes. When another process saved since this store last read or saved these notes, the
    /// save still happens and the result names the version it replaced.
    @discardableResult
    public func saveNotes(guideID: String, sectionKey: String, body: String,
                          at date: Date = Date()) throws -> NoteSaveResult {
        try saveNotes(guideID: guideID, sectionKey: sectionKey, at: date) { _ in body }
    }

    /// Adds `text` at the end of a section's notes, on a line of its own, reading and writing in
    /// one transaction: appends from several processes at once all land (`rekindle note --append`).
    @discardableResult
    public func appendNotes(guideID: String, sectionKey: String, text: String,
                            at date: Date = Date()) throws -> NoteSaveResult {
        try saveNotes(guideID: guideID, sectionKey: sectionKey, at: date) { current in
            current.isEmpty ? text : current + (current.hasSuffix("\n") ? "" : "\n") + text
        }
    }

    /// Saves `newBody(current notes)` as described for `saveNotes(guideID:sectionKey:body:at:)`.
    private func saveNotes(guideID: String, sectionKey: String, at date: Date,
                           newBody: (String) -> String) throws -> NoteSaveResult {
        let section = SectionRef(guideID: guideID, sectionKey: sectionKey)
        let seen = seenNoteRevisions.withLock { $0[section] }
        let (result, revisionCounter) = try write { db -> (NoteSaveResult, Int64) in
            let current = try Self.currentNotes(section, db)
            let counter = current?.revision ?? 0
            let body = newBody(current?.body ?? "")
            if (current?.body ?? "") == body { return (NoteSaveResult(revision: nil), counter) }
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM sections WHERE guide = ? AND key = ?",
                                    arguments: [guideID, sectionKey]) != nil else {
                throw StoreError.unknownSection(guideID: guideID, sectionKey: sectionKey)
            }
            let replaced = try seen.flatMap { $0 == counter ? nil : try Self.latestRevision(section, db) }
            try db.execute(sql: "INSERT INTO noteRevisions (guide, section, body, savedAt) VALUES (?, ?, ?, ?)",
                           arguments: [guideID, sectionKey, body, date])
            let revision = NoteRevision(id: db.lastInsertedRowID, body: body, savedAt: date)
            try db.execute(sql: """
                INSERT INTO notes (guide, section, body, updatedAt, revision) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT (guide, section) DO UPDATE SET
                    body = excluded.body, updatedAt = excluded.updatedAt, revision = revision + 1
                """, arguments: [guideID, sectionKey, body, date])
            return (NoteSaveResult(revision: revision, replacedConcurrentEdit: replaced), counter + 1)
        }
        seenNoteRevisions.withLock { $0[section] = revisionCounter }
        return result
    }

    /// Every saved version of a section's notes, newest first (at most `limit` when given).
    public func noteHistory(guideID: String, sectionKey: String, limit: Int? = nil) throws -> [NoteRevision] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(NoteRevision.columns) FROM noteRevisions
                WHERE guide = ? AND section = ? ORDER BY id DESC LIMIT ?
                """, arguments: [guideID, sectionKey, limit ?? -1]).map(NoteRevision.init(row:))
        }
    }

    /// Makes an old revision the current notes again, as a new revision (history only grows).
    @discardableResult
    public func restoreRevision(id: Int64, at date: Date = Date()) throws -> NoteSaveResult {
        let row = try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT guide, section, body FROM noteRevisions WHERE id = ?", arguments: [id])
        }
        guard let row else { throw StoreError.unknownRevision(id: id) }
        return try saveNotes(guideID: row["guide"], sectionKey: row["section"], body: row["body"], at: date)
    }

    private static func currentNotes(_ section: SectionRef, _ db: Database) throws -> (body: String, revision: Int64)? {
        try Row.fetchOne(db, sql: "SELECT body, revision FROM notes WHERE guide = ? AND section = ?",
                         arguments: [section.guideID, section.sectionKey])
            .map { ($0["body"], $0["revision"]) }
    }

    private static func latestRevision(_ section: SectionRef, _ db: Database) throws -> NoteRevision? {
        try Row.fetchOne(db, sql: """
            SELECT \(NoteRevision.columns) FROM noteRevisions WHERE guide = ? AND section = ? ORDER BY id DESC LIMIT 1
            """, arguments: [section.guideID, section.sectionKey]).map(NoteRevision.init(row:))
    }
}
