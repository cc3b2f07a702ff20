import Foundation
import RekindleKit
import RekindleUI

// PLACEHOLDER on the journal-base branch only: the journal-store branch replaces this file with
// the real implementation over `Store`. It never reaches main as it is.
struct EntriesNotStoredYet: Error {}

extension GuideStore {
    public func entries(guideID: String, kinds: Set<EntryKind>) throws -> [Entry] { [] }
    public func addEntry(guideID: String, kind: EntryKind, sectionKey: String?, body: String, mood: Mood?, at: Date) throws -> Entry {
        throw EntriesNotStoredYet()
    }
    public func updateEntry(id: Int64, body: String, mood: Mood?, at: Date) throws { throw EntriesNotStoredYet() }
    public func deleteEntry(id: Int64) throws { throw EntriesNotStoredYet() }
    public func restoreEntry(id: Int64) throws { throw EntriesNotStoredYet() }
    public func entryRevisions(id: Int64) throws -> [EntryRevision] { [] }
}
