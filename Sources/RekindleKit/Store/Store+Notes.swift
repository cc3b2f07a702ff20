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

    /// `notes(guideID:sectionKey:)` when the section's notes were saved since this store last read
    /// or saved them (by another copy of rekindle, or the command line); nil when they were not.
    /// The save counter tells without reading the body: the interface asks each time the editor
    /// opens, and reading a 1 MB note to find it unchanged held it twice more (issue 15).
    public func notesIfChanged(guideID: String, sectionKey: String) throws -> String? {
        let section = SectionRef(guideID: guideID, sectionKey: sectionKey)
        if let seen = seenNoteRevisions.withLock({ $0[section] }) {
            let counter = try read { db in
                try Int64.fetchOne(db, sql: "SELECT revision FROM notes WHERE guide = ? AND section = ?",
                                   arguments: [guideID, sectionKey])
            }
            guard (counter ?? 0) != seen else { return nil }
        }
        return try notes(guideID: guideID, sectionKey: sectionKey)
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
        try saveNotes(SectionRef(guideID: guideID, sectionKey: sectionKey), at: date, coalescing: false, .replace(body))
    }

    /// `saveNotes`, for the saves typing triggers: within `revisionWindow` of the revision this
    /// store's autosaves of the section started, the save replaces that revision (the latest text
    /// is always what is kept); otherwise, or after another process saved, it adds one.
    @discardableResult
    public func autosaveNotes(guideID: String, sectionKey: String, body: String,
                              at date: Date = Date()) throws -> NoteSaveResult {
        try saveNotes(SectionRef(guideID: guideID, sectionKey: sectionKey), at: date, coalescing: true, .replace(body))
    }

    /// Adds `text` at the end of a section's notes, on a line of its own, reading and writing in
    /// one transaction: appends from several processes at once all land (`rekindle note --append`).
    @discardableResult
    public func appendNotes(guideID: String, sectionKey: String, text: String,
                            at date: Date = Date()) throws -> NoteSaveResult {
        try saveNotes(SectionRef(guideID: guideID, sectionKey: sectionKey), at: date, coalescing: false, .append(text))
    }

    /// What a save puts in place of a section's notes.
    enum NotesChange {
        case replace(String)
        case append(String)
    }

    /// Saves `change` as described for `saveNotes(guideID:sectionKey:body:at:)`. With
    /// `coalescing`, a save inside this store's open revision window replaces that revision.
    func saveNotes(_ section: SectionRef, at date: Date, coalescing: Bool, _ change: NotesChange) throws -> NoteSaveResult {
        let seen = seenNoteRevisions.withLock { $0[section] }
        let open = coalescing ? openRevisions.withLock { $0[section] } : nil
        let (result, counter, window) = try write { db -> (NoteSaveResult, Int64, OpenRevision?) in
            let body = try Self.newBody(change, in: section, db)
            let current = try Self.current(section, comparedWith: body, db)
            // Bytes, not canonical equivalence: an NFD re-save of NFC text is a change worth keeping.
            guard let preview = current.preview else { return (NoteSaveResult(revision: nil), current.counter, open) }
            // SQLite's text binding stops at a NUL and would keep only what comes before it.
            if NotePreview.containsNUL(body) { throw StoreError.textHasNUL }
            guard try SectionRecord.exists(section, db) else {
                throw StoreError.unknownSection(guideID: section.guideID, sectionKey: section.sectionKey)
            }
            let caughtUp = seen == current.counter
            let revision: NoteRevision
            var window = open
            if caughtUp, let open, open.accepts(date),
               let replaced = try Self.replaceRevision(open.id, in: section, body: body, at: date, db) {
                revision = replaced
            } else {
                revision = try Self.insertRevision(in: section, body: body, preview: preview, at: date, db)
                window = coalescing ? OpenRevision(id: revision.id, startedAt: date) : nil
            }
            let replacedConcurrentEdit = caughtUp || seen == nil ? nil : try Self.revisionBefore(revision.id, in: section, db)
            try Self.putCurrent(body, in: section, replacing: current.exists, at: date, db)
            return (NoteSaveResult(revision: revision, replacedConcurrentEdit: replacedConcurrentEdit), current.counter + 1, window)
        }
        seenNoteRevisions.withLock { $0[section] = counter }
        openRevisions.withLock { $0[section] = window }
        return result
    }

    private static func newBody(_ change: NotesChange, in section: SectionRef, _ db: Database) throws -> String {
        switch change {
        case .replace(let body): return body
        case .append(let text):
            let current = try NoteRecord.current(section, db)?.body ?? ""
            return current.isEmpty ? text : current + (current.hasSuffix("\n") ? "" : "\n") + text
        }
    }

    /// A section's notes as a save finds them: their save counter (0 when there are none yet),
    /// whether they exist, and `body`'s preview against them (nil when the bytes are the same).
    private struct CurrentNotes {
        var counter: Int64 = 0
        var exists = false
        var preview: NotePreview?
    }

    private static func current(_ section: SectionRef, comparedWith body: String, _ db: Database) throws -> CurrentNotes {
        var body = body
        return try body.withUTF8 { new in
            let sql = "SELECT revision, body FROM notes WHERE guide = ? AND section = ?"
            let found = try LargeText.firstRow(db, sql, [.text(section.guideID), .text(section.sectionKey)]) { counter, old in
                CurrentNotes(counter: counter, exists: true,
                             preview: NotePreview.sameBytes(old, new) ? nil : NotePreview(old: old, new: new))
            }
            return found ?? CurrentNotes(preview: new.isEmpty ? nil : NotePreview(firstText: new))
        }
    }

    /// The section's current notes become `body`: the row is changed in place when it `exists`
    /// (an upsert builds the new row twice, 1 MB more at the peak of a save).
    private static func putCurrent(_ body: String, in section: SectionRef, replacing exists: Bool, at date: Date,
                                   _ db: Database) throws {
        let keys: [LargeText.Argument] = [.text(section.guideID), .text(section.sectionKey)]
        let when = LargeText.Argument.text(StoredDate.text(of: date))
        if exists {
            try LargeText.execute(db, """
                UPDATE notes SET body = ?, updatedAt = ?, revision = revision + 1 WHERE guide = ? AND section = ?
                """, [.text(body), when] + keys)
        } else {
            try LargeText.execute(db, """
                INSERT INTO notes (guide, section, body, updatedAt, revision) VALUES (?, ?, ?, ?, 1)
                """, keys + [.text(body), when])
        }
    }

    private static func insertRevision(in section: SectionRef, body: String, preview: NotePreview, at date: Date,
                                       _ db: Database) throws -> NoteRevision {
        try LargeText.execute(db, """
            INSERT INTO noteRevisions (guide, section, body, savedAt, preview, previewRemoved) VALUES (?, ?, ?, ?, ?, ?)
            """, [.text(section.guideID), .text(section.sectionKey), .text(body), .text(StoredDate.text(of: date)),
                  .text(preview.line), .integer(preview.change == .removed ? 1 : 0)])
        return NoteRevision(id: db.lastInsertedRowID, body: body, savedAt: date)
    }

    /// Puts `body` into revision `id` when it is still the section's latest; nil otherwise.
    private static func replaceRevision(_ id: Int64, in section: SectionRef, body: String, at date: Date,
                                        _ db: Database) throws -> NoteRevision? {
        typealias Columns = NoteRevisionRecord.Columns
        guard try Int64.fetchOne(db, NoteRevisionRecord.history(section).select(Columns.id).limit(1)) == id else { return nil }
        var body = body
        let preview = try body.withUTF8 { new in
            try LargeText.firstRow(db, """
                SELECT id, body FROM noteRevisions WHERE guide = ? AND section = ? AND id < ? ORDER BY id DESC LIMIT 1
                """, [.text(section.guideID), .text(section.sectionKey), .integer(id)]) { _, base in
                NotePreview(old: base, new: new)
            } ?? NotePreview(firstText: new)
        }
        try LargeText.execute(db, """
            UPDATE noteRevisions SET body = ?, savedAt = ?, preview = ?, previewRemoved = ? WHERE id = ?
            """, [.text(body), .text(StoredDate.text(of: date)), .text(preview.line),
                  .integer(preview.change == .removed ? 1 : 0), .integer(id)])
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
