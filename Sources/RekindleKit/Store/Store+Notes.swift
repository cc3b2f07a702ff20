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

/// Notes, one body per section, with their saved versions kept.
///
/// Two processes editing the same notes both stay writable and lose nothing: a save never
/// replaces another process's revision, and a save that lands on top of another process's save
/// says so in its result. Autosaves (`autosaveNotes`) keep one revision per `revisionWindow` of a
/// writing session: saves within it replace that revision with the latest text, so an hour of
/// autosaves into a 1 MB note adds a dozen revisions, not thousands.
extension Store {
    /// How long one revision takes this store's autosaves of a section before a new one starts.
    public static let revisionWindow: TimeInterval = 300

    /// The current notes of a section ("" when none). Remembers which revision this store saw.
    public func notes(guideID: String, sectionKey: String) throws -> String {
        let section = SectionRef(guideID: guideID, sectionKey: sectionKey)
        let current = try read { try NoteRecord.current(section, $0) }
        seenNoteRevisions.withLock { $0[section] = current?.revision ?? 0 }
        return current?.body ?? ""
    }

    /// `notes(guideID:sectionKey:)` for several sections in one read (the interface reads every
    /// section's notes at start: one transaction instead of one per section). Sections without
    /// notes get "".
    public func notes(guideID: String, sectionKeys: [String]) throws -> [String: String] {
        // Only the sections asked for: the interface's first frame asks for one, not for 1 MB of others.
        // Plain SQL, as the other reads of a start (`Store.workbook` says why).
        let placeholders = Array(repeating: "?", count: sectionKeys.count).joined(separator: ", ")
        let records = try read {
            try NoteRecord.fetchAll($0, sql: """
                SELECT \(NoteRecord.selectionSQL) FROM notes WHERE guide = ? AND section IN (\(placeholders))
                """, arguments: StatementArguments([guideID] + sectionKeys))
        }
        let found = Dictionary(records.map { ($0.section, $0) }, uniquingKeysWith: { first, _ in first })
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
        let records = try read { try NoteRecord.all().inGuide(guideID).filter(Column("body") != "").fetchAll($0) }
        return Dictionary(records.map { ($0.section, $0.body) }, uniquingKeysWith: { first, _ in first })
    }

    /// Saves a section's notes as a new revision; does nothing when `body` equals the current
    /// notes. When another process saved since this store last read or saved these notes, the
    /// save still happens and the result names the version it replaced.
    @discardableResult
    public func saveNotes(guideID: String, sectionKey: String, body: String,
                          at date: Date = Date()) throws -> NoteSaveResult {
        try saveNotes(SectionRef(guideID: guideID, sectionKey: sectionKey), at: date, coalescing: false) { _ in body }
    }

    /// `saveNotes`, for the saves typing triggers: within `revisionWindow` of the revision this
    /// store's autosaves of the section started, the save replaces that revision (the latest text
    /// is always what is kept); otherwise, or after another process saved, it adds one.
    @discardableResult
    public func autosaveNotes(guideID: String, sectionKey: String, body: String,
                              at date: Date = Date()) throws -> NoteSaveResult {
        try saveNotes(SectionRef(guideID: guideID, sectionKey: sectionKey), at: date, coalescing: true) { _ in body }
    }

    /// Adds `text` at the end of a section's notes, on a line of its own, reading and writing in
    /// one transaction: appends from several processes at once all land (`rekindle note --append`).
    @discardableResult
    public func appendNotes(guideID: String, sectionKey: String, text: String,
                            at date: Date = Date()) throws -> NoteSaveResult {
        try saveNotes(SectionRef(guideID: guideID, sectionKey: sectionKey), at: date, coalescing: false) { current in
            current.isEmpty ? text : current + (current.hasSuffix("\n") ? "" : "\n") + text
        }
    }

    /// Saves `newBody(current notes)` as described for `saveNotes(guideID:sectionKey:body:at:)`.
    /// With `coalescing`, a save inside this store's open revision window replaces that revision.
    func saveNotes(_ section: SectionRef, at date: Date, coalescing: Bool,
                   newBody: (String) -> String) throws -> NoteSaveResult {
        let seen = seenNoteRevisions.withLock { $0[section] }
        let open = coalescing ? openRevisions.withLock { $0[section] } : nil
        let (result, counter, window) = try write { db -> (NoteSaveResult, Int64, OpenRevision?) in
            let current = try NoteRecord.current(section, db)
            let counter = current?.revision ?? 0
            let body = newBody(current?.body ?? "")
            // Bytes, not canonical equivalence: an NFD re-save of NFC text is a change worth keeping.
            if NotePreview.sameBytes(current?.body ?? "", body) { return (NoteSaveResult(revision: nil), counter, open) }
            // SQLite's text binding stops at a NUL and would keep only what comes before it.
            if NotePreview.containsNUL(body) { throw StoreError.textHasNUL }
            guard try SectionRecord.exists(section, db) else {
                throw StoreError.unknownSection(guideID: section.guideID, sectionKey: section.sectionKey)
            }
            let caughtUp = seen == counter
            let revision: NoteRevision
            var window = open
            if caughtUp, let open, open.accepts(date),
               let replaced = try Self.replaceRevision(open.id, in: section, body: body, at: date, db) {
                revision = replaced
            } else {
                revision = try Self.insertRevision(in: section, body: body, after: current?.body ?? "", at: date, db)
                window = coalescing ? OpenRevision(id: revision.id, startedAt: date) : nil
            }
            let replacedConcurrentEdit = caughtUp || seen == nil ? nil : try Self.revisionBefore(revision.id, in: section, db)
            try db.execute(sql: """
                INSERT INTO notes (guide, section, body, updatedAt, revision) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT (guide, section) DO UPDATE SET
                    body = excluded.body, updatedAt = excluded.updatedAt, revision = revision + 1
                """, arguments: [section.guideID, section.sectionKey, body, date])
            return (NoteSaveResult(revision: revision, replacedConcurrentEdit: replacedConcurrentEdit), counter + 1, window)
        }
        seenNoteRevisions.withLock { $0[section] = counter }
        openRevisions.withLock { $0[section] = window }
        return result
    }

    private static func insertRevision(in section: SectionRef, body: String, after previous: String, at date: Date,
                                       _ db: Database) throws -> NoteRevision {
        let preview = NotePreview(old: previous, new: body)
        try db.execute(sql: """
            INSERT INTO noteRevisions (guide, section, body, savedAt, preview, previewRemoved) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [section.guideID, section.sectionKey, body, date, preview.line, preview.change == .removed])
        return NoteRevision(id: db.lastInsertedRowID, body: body, savedAt: date)
    }

    /// Puts `body` into revision `id` when it is still the section's latest; nil otherwise.
    private static func replaceRevision(_ id: Int64, in section: SectionRef, body: String, at date: Date,
                                        _ db: Database) throws -> NoteRevision? {
        typealias Columns = NoteRevisionRecord.Columns
        let history = NoteRevisionRecord.history(section)
        guard try Int64.fetchOne(db, history.select(Columns.id).limit(1)) == id else { return nil }
        let base = try String.fetchOne(db, history.filter(Columns.id < id).select(Columns.body).limit(1)) ?? ""
        let preview = NotePreview(old: base, new: body)
        try NoteRevisionRecord.filter(Columns.id == id).updateAll(
            db, Columns.body.set(to: body), Columns.savedAt.set(to: date),
            Column("preview").set(to: preview.line), Column("previewRemoved").set(to: preview.change == .removed))
        return NoteRevision(id: id, body: body, savedAt: date)
    }

    /// The revision saved just before `id` in the section: the one a conflicting save replaced.
    private static func revisionBefore(_ id: Int64, in section: SectionRef, _ db: Database) throws -> NoteRevision? {
        try NoteRevisionRecord.history(section).filter(NoteRevisionRecord.Columns.id < id).fetchOne(db)?.revision
    }
}

/// The revision this store's saves of a section are currently replacing, and since when.
struct OpenRevision: Sendable {
    var id: Int64
    var startedAt: Date

    func accepts(_ date: Date) -> Bool {
        date >= startedAt && date.timeIntervalSince(startedAt) < Store.revisionWindow
    }
}
