import Foundation
import GRDB

/// One line of a section's note history: enough to list it without reading its body.
public struct NoteRevisionSummary: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var savedAt: Date
    /// The first line that differs from the revision before it.
    public var preview: String
    public var change: NotePreview.Change

    public init(id: Int64, savedAt: Date, preview: String, change: NotePreview.Change) {
        self.id = id
        self.savedAt = savedAt
        self.preview = preview
        self.change = change
    }
}

extension Store {
    /// Every saved version of a section's notes with its full body, newest first (at most `limit`
    /// when given). Reads every body: list with `noteHistoryPreviews` and load one with `noteRevision(id:)`.
    public func noteHistory(guideID: String, sectionKey: String, limit: Int? = nil) throws -> [NoteRevision] {
        let request = NoteRevisionRecord.history(SectionRef(guideID: guideID, sectionKey: sectionKey)).limit(limit ?? -1)
        return try read { try request.fetchAll($0).map(\.revision) }
    }

    /// The history as previews, newest first: no body is read, so a year of revisions of a 1 MB
    /// note lists as fast as a short one.
    public func noteHistoryPreviews(guideID: String, sectionKey: String, limit: Int? = nil) throws -> [NoteRevisionSummary] {
        let request = NoteRevisionRecord.history(SectionRef(guideID: guideID, sectionKey: sectionKey))
            .select(NoteRevisionRecord.Columns.id, NoteRevisionRecord.Columns.savedAt, Column("preview"), Column("previewRemoved"))
            .limit(limit ?? -1)
        return try read { db in
            try Row.fetchAll(db, request).map { row in
                NoteRevisionSummary(id: row[0], savedAt: row[1], preview: row[2], change: row[3] ? .removed : .changed)
            }
        }
    }

    /// One revision with its full body.
    public func noteRevision(id: Int64) throws -> NoteRevision {
        let record = try read { try NoteRevisionRecord.filter(NoteRevisionRecord.Columns.id == id).fetchOne($0) }
        guard let record else { throw StoreError.unknownRevision(id: id) }
        return record.revision
    }

    /// Makes an old revision the current notes again, as a new revision (history only grows).
    @discardableResult
    public func restoreRevision(id: Int64, at date: Date = Date()) throws -> NoteSaveResult {
        let row = try read { db in
            try Row.fetchOne(db, NoteRevisionRecord.filter(NoteRevisionRecord.Columns.id == id)
                .select(NoteRevisionRecord.guideColumn, NoteRevisionRecord.sectionColumn, NoteRevisionRecord.Columns.body))
        }
        guard let row else { throw StoreError.unknownRevision(id: id) }
        let body: String = row[2]
        return try saveNotes(SectionRef(guideID: row[0], sectionKey: row[1]), at: date, coalescing: false, .replace(body))
    }
}
