import Foundation
import GRDB
import Testing
@testable import RekindleKit

/// The store under faults it cannot prevent: a full disk, a read-only database, its folder
/// replaced while open, and another writer on the same file. It must fail with a clear
/// `StoreError`, keep the database consistent, and work again once the cause is gone (the
/// interface keeps unsaved text in memory and retries).
///
/// Tests run as root, where file modes do not stop writes, so the faults are made inside SQLite:
/// `PRAGMA max_page_count` caps the file like a full disk, and `PRAGMA query_only` makes the
/// connection refuse writes as a read-only file would (both give SQLite's own error codes,
/// SQLITE_FULL and SQLITE_READONLY). Both are per connection: the store has one writing
/// connection, so setting them there affects every write of the store.
@Suite struct StoreFaultTests {
    private func openStore(_ directory: TemporaryDirectory, guide: Guide = sampleGuide()) throws -> Store {
        let store = try Store(url: directory.databaseURL)
        _ = try store.load(guide: guide)
        return store
    }

    private func pragma(_ store: Store, _ sql: String) throws {
        try store.writer.writeWithoutTransaction { try $0.execute(sql: sql) }
    }

    private func integrity(_ store: Store) throws -> [String] {
        try store.writer.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
    }

    /// Caps the file at its current size: any write that needs a new page fails with SQLITE_FULL.
    private func fillDisk(_ store: Store) throws {
        try store.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
    }

    private func freeDisk(_ store: Store) throws {
        try pragma(store, "PRAGMA max_page_count = 1073741823")
    }

    @Test func fullDiskFailsClearlyKeepsTheOldNotesAndRecovers() throws {
        let directory = try TemporaryDirectory()
        let store = try openStore(directory)
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "Before the disk filled.")
        let big = String(repeating: "Everything I want to say. ", count: 20_000) // ~500 KB: needs new pages

        try fillDisk(store)
        let error = try #require(throws: StoreError.self) {
            try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: big)
        }
        #expect(error == .diskFull(path: directory.databaseURL.path))
        #expect(error.description.contains("disk is full") && !error.description.contains("\n"))
        // Checklist writes that need room fail the same way.
        let addError = try #require(throws: StoreError.self) {
            _ = try store.addItem(guideID: "rekindle", sectionKey: "contact", title: big)
        }
        #expect(addError == .diskFull(path: directory.databaseURL.path))
        // Nothing half-written: the old notes, the old history, a sound file.
        #expect(try store.notes(guideID: "rekindle", sectionKey: "contact") == "Before the disk filled.")
        #expect(try store.noteHistory(guideID: "rekindle", sectionKey: "contact").count == 1)
        #expect(try store.load(guide: sampleGuide()).section("contact")?.items.count == 1)
        #expect(try integrity(store) == ["ok"])

        // Space again: the same save succeeds, as the interface's retry would do it, and is no conflict.
        try freeDisk(store)
        let retry = try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: big)
        #expect(retry.revision != nil && !retry.isConflict)
        #expect(try store.notes(guideID: "rekindle", sectionKey: "contact") == big)
        #expect(try integrity(store) == ["ok"])

        // And it is on disk: a fresh store on the file finds it.
        let reopened = try Store(url: directory.databaseURL)
        #expect(try reopened.notes(guideID: "rekindle", sectionKey: "contact") == big)
    }

    @Test func fullDiskDuringManySmallSavesLosesNothingThatWasConfirmed() throws {
        let directory = try TemporaryDirectory()
        let store = try openStore(directory)
        try fillDisk(store)
        var confirmed: [String] = []
        var failures = 0
        // Small saves fit in free space inside existing pages until they do not.
        for round in 0..<400 {
            let body = "line \(round) " + String(repeating: "x", count: round % 50)
            do {
                try store.saveNotes(guideID: "rekindle", sectionKey: "self-reflection", body: body)
                confirmed.append(body)
            } catch let error as StoreError {
                #expect(error == .diskFull(path: directory.databaseURL.path))
                failures += 1
            }
        }
        #expect(failures > 0, "the cap never bit; the test proves nothing")
        let history = try store.noteHistory(guideID: "rekindle", sectionKey: "self-reflection").map(\.body)
        #expect(history == confirmed.reversed())
        #expect(try integrity(store) == ["ok"])
        try freeDisk(store)
        try store.saveNotes(guideID: "rekindle", sectionKey: "self-reflection", body: "after")
        #expect(try store.notes(guideID: "rekindle", sectionKey: "self-reflection") == "after")
    }

    @Test func readOnlyDatabaseRefusesWritesAndKeepsData() throws {
        let directory = try TemporaryDirectory()
        let store = try openStore(directory)
        let workbook = try store.load(guide: sampleGuide())
        let item = try #require(workbook.section("self-reflection")?.items.first)
        try store.setDone(itemID: item.id, done: true)
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "Kept.")

        try pragma(store, "PRAGMA query_only = 1")
        let path = directory.databaseURL.path
        let noteError = try #require(throws: StoreError.self) {
            try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "Lost?")
        }
        #expect(noteError == .readOnly(path: path))
        #expect(noteError.description.contains("read-only") && !noteError.description.contains("\n"))
        #expect(throws: StoreError.readOnly(path: path)) { try store.setDone(itemID: item.id, done: false) }
        #expect(throws: StoreError.readOnly(path: path)) {
            _ = try store.addItem(guideID: "rekindle", sectionKey: "contact", title: "New")
        }
        #expect(throws: StoreError.readOnly(path: path)) { try store.deleteItem(id: item.id) }
        // Reading still works, and shows what was there.
        #expect(try store.notes(guideID: "rekindle", sectionKey: "contact") == "Kept.")

        try pragma(store, "PRAGMA query_only = 0")
        let after = try store.load(guide: sampleGuide())
        #expect(after.section("self-reflection")?.items.first?.isDone == true)
        #expect(after.section("contact")?.items.count == 1)
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "Kept, then more.")
        #expect(try integrity(store) == ["ok"])
    }

    /// A database file SQLite can only open read-only (as on a read-only mount) is refused on open
    /// or on the first write with a clear error, never silently.
    @Test func readOnlyOpenedConnectionFailsClearly() throws {
        let directory = try TemporaryDirectory()
        _ = try openStore(directory)
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: directory.databaseURL.path, configuration: configuration)
        let error = try #require(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "UPDATE items SET doneAt = 0") }
        }
        // The code the store maps to StoreError.readOnly.
        #expect(error.resultCode == .SQLITE_READONLY)
    }

    /// The folder is renamed away (a sync tool, a mistaken `mv`) and another put in its place.
    /// Writing on into the moved file would put the person's words where they will never look;
    /// the store must refuse instead, and a new store on the path must see the new folder.
    @Test func folderReplacedWhileOpenStopsWrites() throws {
        let directory = try TemporaryDirectory()
        let store = try openStore(directory)
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "Before the move.")
        let folder = directory.databaseURL.deletingLastPathComponent()
        let moved = directory.url.appendingPathComponent("moved")
        try FileManager.default.moveItem(at: folder, to: moved)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)

        let error = try #require(throws: StoreError.self) {
            try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "After the move.")
        }
        #expect(error.description.contains(directory.databaseURL.path) && !error.description.contains("\n"))
        // The moved file has the old notes, intact.
        let original = try Store(url: moved.appendingPathComponent("rekindle.sqlite"))
        #expect(try original.notes(guideID: "rekindle", sectionKey: "contact") == "Before the move.")
        #expect(try original.writer.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
    }

    /// The database renamed while open (issue 10 item 7): its last commits were still in the -wal,
    /// which keeps the old name. Before refusing, the store folds them into the renamed file, so
    /// the file the person finds under its new name has every confirmed save.
    @Test func aRenamedDatabaseGetsItsLastCommitsBeforeWritesStop() throws {
        let directory = try TemporaryDirectory()
        let store = try openStore(directory)
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "Saved before the rename.")
        let renamed = directory.databaseURL.deletingLastPathComponent().appendingPathComponent("renamed.sqlite")
        #expect(rename(directory.databaseURL.path, renamed.path) == 0)
        #expect(throws: StoreError.fileMoved(path: directory.databaseURL.path)) {
            try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "After the rename.")
        }
        // What the renamed file holds on its own, without the -wal left under the old name.
        let alone = directory.file("alone.sqlite")
        try FileManager.default.copyItem(at: renamed, to: alone)
        #expect(try Store(url: alone).notes(guideID: "rekindle", sectionKey: "contact") == "Saved before the rename.")
    }

    /// What a rename leaves at the old name: a -wal alone. Said in plain words, not "disk I/O error",
    /// and nothing is created there.
    @Test func aWalWithoutItsDatabaseIsExplained() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("rekindle.sqlite").path
        FileManager.default.createFile(atPath: path + "-wal", contents: Data(repeating: 7, count: 4096))
        let error = try #require(throws: StoreError.self) { try Store(path: path) }
        #expect(error == .orphanWAL(path: path) && error.description.contains("put it back"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func folderDeletedWhileOpenStopsWrites() throws {
        let directory = try TemporaryDirectory()
        let store = try openStore(directory)
        try FileManager.default.removeItem(at: directory.databaseURL.deletingLastPathComponent())
        #expect(throws: StoreError.self) {
            try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "Into a deleted file?")
        }
    }

    /// Two stores on one file (as two running copies of rekindle), each on its own thread, ticking,
    /// adding items and saving notes at once: every write lands and the file stays sound.
    @Test func twoStoresWritingAtOnceLoseNothing() async throws {
        let directory = try TemporaryDirectory()
        let closing = GuideSection(key: "closing", kind: .other, number: nil, title: "Closing",
                                   paragraphs: ["Be patient."], items: [], line: 20)
        let guide = sampleGuide(extraSections: [closing])
        let first = try openStore(directory, guide: guide)
        let second = try Store(url: directory.databaseURL)
        let workbook = try second.load(guide: guide)
        let itemIDs = workbook.sections.flatMap(\.items).map(\.id)
        let rounds = 150

        func work(_ store: Store, name: String, ownSection: String) throws -> Int {
            var conflicts = 0
            for round in 0..<rounds {
                // Appends to its own section's notes: every line must be in the final body.
                let current = try store.notes(guideID: "rekindle", sectionKey: ownSection)
                try store.saveNotes(guideID: "rekindle", sectionKey: ownSection, body: current + "\(name) \(round)\n")
                // Both save to the shared introduction: every save must be in the history.
                _ = try store.notes(guideID: "rekindle", sectionKey: "introduction")
                let shared = try store.saveNotes(guideID: "rekindle", sectionKey: "introduction", body: "\(name) \(round)")
                if shared.isConflict { conflicts += 1 }
                // Both append to one section in a single transaction each: every line must land.
                try store.appendNotes(guideID: "rekindle", sectionKey: "closing", text: "\(name) \(round)")
                try store.setDone(itemID: itemIDs[round % itemIDs.count], done: round % 2 == 0)
                _ = try store.addItem(guideID: "rekindle", sectionKey: ownSection, title: "\(name) item \(round)")
            }
            return conflicts
        }

        async let a = Task.detached { try work(first, name: "A", ownSection: "self-reflection") }.value
        async let b = Task.detached { try work(second, name: "B", ownSection: "contact") }.value
        let conflicts = try await a + b

        let check = try Store(url: directory.databaseURL)
        for (name, section) in [("A", "self-reflection"), ("B", "contact")] {
            let expected = (0..<rounds).map { "\(name) \($0)\n" }.joined()
            #expect(try check.notes(guideID: "rekindle", sectionKey: section) == expected)
            let own = try check.load(guide: guide).section(section)?.items.filter { $0.key == nil }
            #expect(own?.map(\.title) == (0..<rounds).map { "\(name) item \($0)" })
        }
        let closingLines = try check.notes(guideID: "rekindle", sectionKey: "closing").split(separator: "\n").map(String.init)
        #expect(closingLines.count == 2 * rounds)
        #expect(Set(closingLines) == Set((0..<rounds).flatMap { ["A \($0)", "B \($0)"] }))
        let shared = try check.noteHistory(guideID: "rekindle", sectionKey: "introduction").map(\.body)
        #expect(shared.count == 2 * rounds)
        #expect(Set(shared) == Set((0..<rounds).flatMap { ["A \($0)", "B \($0)"] }))
        // Each store learns of the other's saves: with interleaving, some saves report a conflict.
        #expect(conflicts <= 2 * rounds)
        #expect(try integrity(check) == ["ok"])
        #expect(try check.doctorReport().integrity == ["ok"])
    }
}
