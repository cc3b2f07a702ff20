import Foundation
import GRDB
import Testing
@testable import RekindleKit

/// Reading commands on a database that may not be written (issue 10 item 20): a copy in memory,
/// the file only read.
@Suite struct StoreReadOnlyCopyTests {
    @Test func theCopyHasEverythingAndTheFileIsOnlyRead() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("rekindle.sqlite")
        let store = try Store(url: url)
        let id = try #require(try store.load(guide: sampleGuide()).section("contact")?.items.first?.id)
        try store.setDone(itemID: id, done: true, at: date(1))
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "kept")
        try store.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let before = try Data(contentsOf: url)
        let listing = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()

        let copy = try Store.readOnlyCopy(of: url)
        #expect(try copy.load(guide: sampleGuide()).section("contact")?.items.first?.doneAt == date(1))
        #expect(try copy.notes(guideID: "rekindle", sectionKey: "contact") == "kept")
        #expect(try Data(contentsOf: url) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted() == listing)
    }
}
