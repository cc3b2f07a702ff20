import Foundation
import Testing
@testable import RekindleKit

@Suite struct StoreBackupTests {
    @Test func backupIsAReadableCopyThatRefusesToOverwrite() throws {
        let directory = try TemporaryDirectory()
        let store = try Store(url: directory.databaseURL)
        let id = try #require(try store.load(guide: sampleGuide()).section("contact")?.items.first?.id)
        try store.setDone(itemID: id, done: true, at: date(1))
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "kept safe")
        let backup = directory.file("backup.sqlite")
        try store.backup(to: backup)
        // Never over an SQLite file, not even an older backup (it could be the database itself).
        #expect(throws: PrivateFileError.wouldReplaceDatabase(path: backup.path)) { try store.backup(to: backup, force: true) }

        let copy = try Store(url: backup)
        #expect(try copy.load(guide: sampleGuide()).section("contact")?.items.first?.doneAt == date(1))
        #expect(try copy.notes(guideID: "rekindle", sectionKey: "contact") == "kept safe")
        #expect(try copy.doctorReport().integrity == ["ok"])
    }
}
