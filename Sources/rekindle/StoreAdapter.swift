import Foundation
import RekindleKit
import RekindleUI

/// The interface talks to the database through `WorkbookStore`; the real store already has
/// every operation, with a few return values the interface does not need.
extension Store: WorkbookStore {
    public func deleteItem(id: Int64) throws {
        try deleteItem(id: id, at: Date())
    }

    public func saveNotes(guideID: String, sectionKey: String, body: String, at date: Date) throws {
        _ = try saveNotes(guideID: guideID, sectionKey: sectionKey, body: body, at: date) as NoteSaveResult
    }

    public func noteHistory(guideID: String, sectionKey: String) throws -> [NoteRevision] {
        try noteHistory(guideID: guideID, sectionKey: sectionKey, limit: 200)
    }

    public func restoreRevision(id: Int64) throws {
        _ = try restoreRevision(id: id, at: Date()) as NoteSaveResult
    }
}
