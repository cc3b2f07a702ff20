import Foundation
import GRDB
import Testing
@testable import RekindleKit

/// Autosaves of an entry are coalesced as notes' are (`Store.autosaveNotes`): a writing session
/// keeps one revision per `Store.revisionWindow`, and the entry always holds the latest text.
@Suite struct EntryAutosaveTests {
    private let guideID = "rekindle"

    private func storeWithEntry(_ store: Store? = nil) throws -> (Store, Entry) {
        let store = try store ?? Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        let entry = try store.addEntry(guideID: guideID, sectionKey: nil, body: "Tonight", mood: nil, at: date(0), now: date(0))
        return (store, entry)
    }

    @Test func autosavesWithinTheWindowKeepOneRevisionAndTheLatestText() throws {
        let (store, entry) = try storeWithEntry()
        var body = "Tonight"
        for second in 1...120 {  // two minutes of typing, an autosave a second
            body += " word \(second)"
            try store.autosaveEntry(id: entry.id, body: body, mood: second > 60 ? .word("calmer") : nil, at: date(Double(second)))
            #expect(try store.entry(id: entry.id).body == body)
        }
        #expect(try store.entryRevisions(id: entry.id).map(\.body) == ["Tonight"])
        let saved = try store.entry(id: entry.id)
        #expect(saved.mood == .word("calmer") && saved.updatedAt == date(120) && saved.createdAt == date(0))
        // Past the window a new revision starts, holding the text the window ended with.
        try store.autosaveEntry(id: entry.id, body: body + " later", mood: nil, at: date(1 + Store.revisionWindow + 1))
        #expect(try store.entryRevisions(id: entry.id).map(\.body) == [body, "Tonight"])
        #expect(try store.entry(id: entry.id).body == body + " later")
    }

    @Test func anExplicitSaveKeepsItsVersionAndEndsTheWindow() throws {
        let (store, entry) = try storeWithEntry()
        try store.autosaveEntry(id: entry.id, body: "Tonight I", mood: nil, at: date(1))
        try store.updateEntry(id: entry.id, body: "Tonight I rest", mood: nil, at: date(2))  // leaving the editor
        try store.autosaveEntry(id: entry.id, body: "Tonight I rest.", mood: nil, at: date(3))
        try store.autosaveEntry(id: entry.id, body: "Tonight I rest. Yes.", mood: nil, at: date(4))
        #expect(try store.entryRevisions(id: entry.id).map(\.body) == ["Tonight I rest", "Tonight I", "Tonight"])
        // An unchanged autosave writes nothing and leaves the window open.
        #expect(try store.autosaveEntry(id: entry.id, body: "Tonight I rest. Yes.", mood: nil, at: date(5)) == false)
        try store.autosaveEntry(id: entry.id, body: "Tonight I rest. Yes!", mood: nil, at: date(6))
        #expect(try store.entryRevisions(id: entry.id).count == 3)
    }

    @Test func anotherCopysSaveIsNeverFoldedInto() throws {
        let directory = try TemporaryDirectory()
        let (first, entry) = try storeWithEntry(try Store(url: directory.databaseURL))
        let second = try Store(url: directory.databaseURL)
        try first.autosaveEntry(id: entry.id, body: "first's", mood: nil, at: date(1))
        try second.updateEntry(id: entry.id, body: "second's", mood: nil, at: date(2))
        try first.autosaveEntry(id: entry.id, body: "first's again", mood: nil, at: date(3))
        #expect(try first.entryRevisions(id: entry.id).map(\.body) == ["second's", "first's", "Tonight"])
        #expect(try first.entry(id: entry.id).body == "first's again")
    }

    @Test func aClockThatWentBackOpensANewRevision() throws {
        let (store, entry) = try storeWithEntry()
        try store.autosaveEntry(id: entry.id, body: "one", mood: nil, at: date(100))
        try store.autosaveEntry(id: entry.id, body: "two", mood: nil, at: date(50))
        #expect(try store.entryRevisions(id: entry.id).map(\.body) == ["one", "Tonight"])
        #expect(try store.entry(id: entry.id).updatedAt == date(101), "never before the version it replaced")
    }
}
