import Foundation
import RekindleKit

/// The real store behind the interface; it already has every operation, with richer results than
/// the interface needs.
extension Store: WorkbookStore {
    public func deleteItem(id: Int64) throws {
        try deleteItem(id: id, at: Date())
    }

    /// The newest 200: enough to find a version by its time, without reading years of history.
    public func noteHistory(guideID: String, sectionKey: String) throws -> [NoteRevision] {
        try noteHistory(guideID: guideID, sectionKey: sectionKey, limit: 200)
    }

    public func restoreRevision(id: Int64) throws {
        let _: NoteSaveResult = try restoreRevision(id: id, at: Date())
    }
}
