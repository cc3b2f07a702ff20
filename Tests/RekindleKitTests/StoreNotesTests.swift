import Foundation
import GRDB
import Synchronization
import Testing
@testable import RekindleKit

@Suite struct StoreNotesTests {
    @Test func everySaveIsARevisionAndUnchangedSavesAreNoOps() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        #expect(try store.notes(guideID: "rekindle", sectionKey: "contact") == "")
        #expect(try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "").revision == nil)
        let first = try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "one", at: date(1))
        #expect(first.revision?.body == "one" && !first.isConflict)
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "two", at: date(2))
        #expect(try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "two").revision == nil)
        let history = try store.noteHistory(guideID: "rekindle", sectionKey: "contact")
        #expect(history.map(\.body) == ["two", "one"])
        #expect(history.map(\.savedAt) == [date(2), date(1)])
        #expect(try store.noteHistory(guideID: "rekindle", sectionKey: "contact", limit: 1).map(\.body) == ["two"])
    }

    /// Saves bind the text in place on SQLite's own interface (`LargeText`): what lands is what GRDB
    /// wrote before — the bytes as text, the dates in GRDB's format, the preview of the change.
    @Test func aSaveStoresWhatGRDBStored() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        let when = Date(timeIntervalSince1970: 1_767_225_600.1235)
        let first = "Cafe\u{301} 日本 🌱\nsecond line\n"
        try store.autosaveNotes(guideID: "rekindle", sectionKey: "contact", body: first, at: when)
        // Within the revision window: the open revision takes the new text.
        try store.autosaveNotes(guideID: "rekindle", sectionKey: "contact", body: first + "more", at: when + 1)
        let big = String(repeating: "ça va, a line\n", count: 80_000)
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: big, at: when + 2)
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "", at: when + 3)

        let revisions = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT body, typeof(body) AS kind, savedAt, preview, previewRemoved FROM noteRevisions ORDER BY id")
        }
        #expect(revisions.map { $0["kind"] as String } == ["text", "text", "text"])
        #expect(revisions.map { Array(($0["body"] as String).utf8) } == [Array((first + "more").utf8), Array(big.utf8), []])
        #expect(revisions.map { $0["savedAt"] as String }
                == [when + 1, when + 2, when + 3].map { String.fromDatabaseValue($0.databaseValue)! })
        #expect(revisions.map { $0["preview"] as String } == ["Cafe\u{301} 日本 🌱", "ça va, a line", "ça va, a line"])
        #expect(revisions.map { $0["previewRemoved"] as Bool } == [false, false, true])

        let current = try #require(try store.read { db in
            try Row.fetchOne(db, sql: "SELECT body, typeof(body) AS kind, updatedAt, revision FROM notes WHERE section = 'contact'")
        })
        #expect(current["body"] as String == "" && current["kind"] as String == "text")
        #expect(current["updatedAt"] as String == String.fromDatabaseValue((when + 3).databaseValue)!)
        #expect(current["revision"] as Int64 == 4)
    }

    @Test func restoringARevisionAddsANewOne() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        let old = try #require(try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "first draft").revision)
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "rewritten")
        let restored = try store.restoreRevision(id: old.id, at: date(5))
        #expect(restored.revision?.id != old.id && restored.revision?.body == "first draft")
        #expect(try store.notes(guideID: "rekindle", sectionKey: "contact") == "first draft")
        #expect(try store.noteHistory(guideID: "rekindle", sectionKey: "contact").map(\.body)
                == ["first draft", "rewritten", "first draft"])
        #expect(throws: StoreError.unknownRevision(id: 404)) { try store.restoreRevision(id: 404) }
    }

    @Test func notesNeedAKnownSection() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        #expect(throws: StoreError.unknownSection(guideID: "rekindle", sectionKey: "ghost")) {
            try store.saveNotes(guideID: "rekindle", sectionKey: "ghost", body: "boo")
        }
    }

    @Test func largeNotesRoundTrip() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        let megabyte = String(repeating: "Ünïcödé ✓ 你好 line\n", count: 40_000)
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: megabyte)
        #expect(try store.notes(guideID: "rekindle", sectionKey: "contact") == megabyte)
    }

    @Test func twoProcessesEditingTheSameNotesLoseNothingAndAreTold() throws {
        let directory = try TemporaryDirectory()
        let first = try Store(url: directory.databaseURL)
        let second = try Store(url: directory.databaseURL)
        _ = try first.load(guide: sampleGuide())
        _ = try first.notes(guideID: "rekindle", sectionKey: "contact")
        _ = try second.notes(guideID: "rekindle", sectionKey: "contact")

        #expect(try !first.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "from the first").isConflict)
        let clash = try second.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "from the second")
        #expect(clash.replacedConcurrentEdit?.body == "from the first")
        // The first one now saves over the second's version: told too.
        #expect(try first.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "first again").isConflict)
        // Once caught up, no more warnings.
        #expect(try !first.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "calm").isConflict)
        #expect(try second.noteHistory(guideID: "rekindle", sectionKey: "contact").map(\.body)
                == ["calm", "first again", "from the second", "from the first"])
    }

    /// The interface reads every section's notes in one go at start: same bodies as one by one,
    /// and it counts as having seen them (a later save by another copy is still reported).
    @Test func readingAllSectionsAtOnceMatchesOneByOneAndIsSeen() throws {
        let directory = try TemporaryDirectory()
        let first = try Store(url: directory.databaseURL)
        let second = try Store(url: directory.databaseURL)
        _ = try first.load(guide: sampleGuide())
        try first.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "hello")
        let all = try second.notes(guideID: "rekindle", sectionKeys: ["contact", "ghost"])
        #expect(all == ["contact": "hello", "ghost": ""])
        #expect(try !second.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "mine").isConflict)
        _ = try first.notes(guideID: "rekindle", sectionKeys: ["contact"])
        try second.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "mine again")
        #expect(try first.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "first").replacedConcurrentEdit?.body
                == "mine again")
    }

    /// The editor asks on opening whether the notes were saved elsewhere: the body comes back only
    /// after another store saved them, never after this store's own read or save.
    @Test func notesIfChangedGivesTheBodyOnlyAfterASaveElsewhere() throws {
        let directory = try TemporaryDirectory()
        let first = try Store(url: directory.databaseURL)
        let second = try Store(url: directory.databaseURL)
        _ = try first.load(guide: sampleGuide())
        // Never read here: read now, absent notes as "".
        #expect(try first.notesIfChanged(guideID: "rekindle", sectionKey: "contact") == "")
        #expect(try first.notesIfChanged(guideID: "rekindle", sectionKey: "contact") == nil)
        try first.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "mine")
        #expect(try first.notesIfChanged(guideID: "rekindle", sectionKey: "contact") == nil)
        _ = try second.notes(guideID: "rekindle", sectionKey: "contact")
        try second.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "from the other window")
        #expect(try first.notesIfChanged(guideID: "rekindle", sectionKey: "contact") == "from the other window")
        #expect(try first.notesIfChanged(guideID: "rekindle", sectionKey: "contact") == nil)
        // Read by the interface's first frame (every shown section at once) counts as seen too.
        #expect(try second.notesIfChanged(guideID: "rekindle", sectionKey: "contact") == nil)
        let third = try Store(url: directory.databaseURL)
        _ = try third.notes(guideID: "rekindle", sectionKeys: ["contact"])
        #expect(try third.notesIfChanged(guideID: "rekindle", sectionKey: "contact") == nil)
        try first.appendNotes(guideID: "rekindle", sectionKey: "contact", text: "and a line")
        #expect(try third.notesIfChanged(guideID: "rekindle", sectionKey: "contact") == "from the other window\nand a line")
    }
    @Test func itemsAddedByTwoStoresAtOnceAreAllKept() throws {
        let directory = try TemporaryDirectory()
        let stores = [try Store(url: directory.databaseURL), try Store(url: directory.databaseURL)]
        _ = try stores[0].load(guide: sampleGuide())
        let failures = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            for round in 0..<50 {
                do {
                    _ = try stores[index].addItem(guideID: "rekindle", sectionKey: "contact", title: "s\(index) r\(round)")
                } catch {
                    failures.withLock { $0 += 1 }
                }
            }
        }
        #expect(failures.withLock { $0 } == 0)
        #expect(try stores[1].load(guide: sampleGuide()).section("contact")?.total == 101)
    }
}

@Suite struct StoreNotesExactTextTests {
    /// "é" as one scalar and as e + combining accent are equal Strings, but a different text.
    @Test func aResaveInAnotherNormalisationIsStored() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "caf\u{E9}")
        let decomposed = "cafe\u{301}"
        #expect(try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: decomposed).revision != nil)
        #expect(Array(try store.notes(guideID: "rekindle", sectionKey: "contact").utf8) == Array(decomposed.utf8))
    }

    /// SQLite would keep only what comes before a NUL: refused whole, nothing truncated.
    @Test func textWithANulIsRefusedNotTruncated() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "kept")
        #expect(throws: StoreError.textHasNUL) {
            try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "before\u{0}after")
        }
        #expect(throws: StoreError.textHasNUL) {
            try store.appendNotes(guideID: "rekindle", sectionKey: "contact", text: "a\u{0}b")
        }
        #expect(try store.notes(guideID: "rekindle", sectionKey: "contact") == "kept")
    }
}
