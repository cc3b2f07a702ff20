import Foundation
import GRDB
import Testing
@testable import RekindleKit

/// `rekindle restore BACKUP`: the backup replaces the database without mixing with a stale `-wal`,
/// and what was there before is kept as a safety copy.
@Suite struct StoreRestoreTests {
    /// The database and its `-wal` as a crash leaves them: committed changes only in the `-wal`.
    private func crashedCopy(of store: Store, to url: URL) throws {
        for (from, to) in zip(Store.databaseFiles(try #require(store.url)), Store.databaseFiles(url)) {
            if FileManager.default.fileExists(atPath: from.path) { try FileManager.default.copyItem(at: from, to: to) }
        }
    }

    @Test func restoringOverACrashedDatabaseGivesExactlyTheBackupAndKeepsTheOldOne() throws {
        let directory = try TemporaryDirectory()
        let writing = try Store(url: directory.file("writing.sqlite"))
        _ = try writing.load(guide: sampleGuide())
        try writing.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "from the backup", at: date(1))
        let backup = directory.file("backup.sqlite")
        try writing.backup(to: backup)
        for round in 0..<50 {
            try writing.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "later \(round)", at: date(Double(100 * round + 2)))
        }
        let database = directory.file("rekindle.sqlite")
        try crashedCopy(of: writing, to: database)
        #expect(FileManager.default.fileExists(atPath: database.path + "-wal"))

        let safety = try #require(try Store.restore(backup: backup, over: database, at: date(10_000)))
        let restored = try Store(url: database)
        #expect(try restored.doctorReport().integrity == ["ok"])
        #expect(try restored.notes(guideID: "rekindle", sectionKey: "contact") == "from the backup")
        #expect(PrivateFiles.mode(of: database) == 0o600)
        // The safety copy is what the database held, its -wal included.
        #expect(safety.deletingLastPathComponent() == database.deletingLastPathComponent())
        #expect(try Store(url: safety).notes(guideID: "rekindle", sectionKey: "contact") == "later 49")
        // The backup itself is untouched.
        #expect(try Store(url: backup).notes(guideID: "rekindle", sectionKey: "contact") == "from the backup")
    }

    @Test func restoringWhereThereIsNoDatabaseYetNeedsNoSafetyCopy() throws {
        let directory = try TemporaryDirectory()
        let store = try Store(url: directory.file("a.sqlite"))
        _ = try store.load(guide: sampleGuide())
        let backup = directory.file("backup.sqlite")
        try store.backup(to: backup)
        #expect(try Store.restore(backup: backup, over: directory.databaseURL, at: date(1)) == nil)
        #expect(try Store(url: directory.databaseURL).doctorReport().integrity == ["ok"])
    }

    @Test func aBackupThatIsNotARekindleDatabaseIsRefusedAndNothingChanges() throws {
        let directory = try TemporaryDirectory()
        let database = directory.file("rekindle.sqlite")
        let store = try Store(url: database)
        _ = try store.load(guide: sampleGuide())
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "keep")
        let notABackup = directory.file("notes.txt")
        try Data("just text".utf8).write(to: notABackup)
        #expect(throws: StoreError.notSQLite(path: notABackup.path)) {
            try Store.restore(backup: notABackup, over: database, at: date(1))
        }
        #expect(throws: StoreError.self) { try Store.restore(backup: directory.file("missing.sqlite"), over: database, at: date(1)) }
        #expect(try Store(url: database).notes(guideID: "rekindle", sectionKey: "contact") == "keep")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
                == ["notes.txt", "rekindle.sqlite", "rekindle.sqlite-shm", "rekindle.sqlite-wal"])
    }

    @Test func theDamagedDatabaseMessageNamesTheRestoreCommand() {
        #expect(StoreError.corrupt(path: "/d/r.sqlite", detail: "x").description.contains("rekindle restore"))
    }
}
