import Foundation
import Testing
@testable import RekindleKit

/// The interface polls `dataVersion` to notice what another copy wrote.
@Suite struct StoreDataVersionTests {
    @Test func movesWhenAnotherStoreWritesAndNotForItsOwnWrites() throws {
        let directory = try TemporaryDirectory()
        let window = try Store(url: directory.databaseURL)
        let cli = try Store(url: directory.databaseURL)
        _ = try window.load(guide: sampleGuide())
        let start = try window.dataVersion()

        try window.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "my own words")
        #expect(try window.dataVersion() == start)

        try cli.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "from the shell")
        let afterNote = try window.dataVersion()
        #expect(afterNote != start)

        let item = try cli.load(guide: sampleGuide()).sections[2].items[0]
        try cli.setDone(itemID: item.id, done: true, at: Date(timeIntervalSince1970: 0))
        #expect(try window.dataVersion() != afterNote)
    }
}
