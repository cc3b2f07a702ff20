import Foundation
import GRDB
import Testing
@testable import RekindleKit

/// A store on an existing database starts by reading, on one connection, and opens its writer
/// only for the first write (issue 15): a start that only reads leaves the file as it was and
/// never waits for another program's write lock, and a damaged file is still refused before a
/// byte of it is written.
@Suite struct StoreReadingStartTests {
    /// A database with a tick and notes, every connection closed, so it is at rest (no `-wal`).
    private func restingDatabase(_ directory: TemporaryDirectory) throws -> URL {
        let url = directory.databaseURL
        let store = try Store(url: url)
        let item = try store.load(guide: sampleGuide()).sections[1].items[0]
        try store.setDone(itemID: item.id, done: true, at: Date(timeIntervalSince1970: 0))
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: String(repeating: "notes ", count: 2000))
        return url
    }

    /// Damages the pages of the notes table alone (the schema and the checklist still read) and
    /// returns the file's bytes as they now are.
    private func damageNotesPages(_ url: URL) throws -> Data {
        let root = try DatabaseQueue(path: url.path).read { try Int.fetchOne($0, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'notes'")! }
        var bytes = try Data(contentsOf: url)
        let pageSize = 4096
        for offset in (root - 1) * pageSize + 8..<root * pageSize { bytes[offset] = UInt8(truncatingIfNeeded: offset &* 31) }
        try bytes.write(to: url)
        return bytes
    }

    private func files(beside url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path).sorted()
    }

    @Test func aStartThatOnlyReadsLeavesTheFileAsItWas() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        let before = try Data(contentsOf: url)
        let filesBefore = try files(beside: url)
        do {
            let store = try Store(url: url)
            let workbook = try store.load(guide: sampleGuide())
            #expect(workbook.done == 1)
            #expect(try store.notes(guideID: "rekindle", sectionKey: "contact").hasPrefix("notes "))
            _ = try store.dataVersion()
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(try files(beside: url) == filesBefore)
    }

    @Test func readingDoesNotWaitForAnotherProgramsWriteLock() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        // Another program in the middle of a write: it holds the write lock until released.
        let other = try DatabaseQueue(path: url.path)
        let locked = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? other.inTransaction(.immediate) { _ in locked.signal(); release.wait(); return .rollback }
            done.signal()
        }
        locked.wait()
        defer { release.signal(); done.wait() }

        let store = try Store.$lockWait.withValue(0) { try Store(url: url) }
        let workbook = try Store.$lockWait.withValue(0) { try store.load(guide: sampleGuide()) }
        #expect(workbook.done == 1)
        // Opening the writer writes nothing either; a change is what waits for the lock.
        try Store.$lockWait.withValue(0) { try store.prepareToWrite() }
        #expect(throws: StoreError.busy(path: url.path)) {
            try Store.$lockWait.withValue(0) {
                try store.setDone(itemID: workbook.sections[1].items[1].id, done: true, at: Date(timeIntervalSince1970: 0))
            }
        }
    }

    @Test func damageTheStartDoesNotReadIsRefusedAtTheFirstWriteWithTheFileUnchanged() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        let bytes = try damageNotesPages(url)

        let store = try Store(url: url)
        #expect(try store.load(guide: sampleGuide()).done == 1)
        let error = try #require(throws: StoreError.self) {
            try store.setDone(itemID: try store.load(guide: sampleGuide()).sections[1].items[1].id, done: true,
                              at: Date(timeIntervalSince1970: 0))
        }
        #expect(error.description.contains("damaged"), "\(error)")
        #expect(throws: StoreError.self) { try store.prepareToWrite() }
        #expect(try Data(contentsOf: url) == bytes)
    }

    /// A start that writes (`Store(url:writing:)`, as `rekindle tick` opens it) probes first too.
    @Test func damageIsRefusedByAStartThatWritesWithTheFileUnchanged() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        let bytes = try damageNotesPages(url)
        let error = try #require(throws: StoreError.self) { try Store(url: url, writing: true) }
        #expect(error.description.contains("damaged"), "\(error)")
        #expect(try Data(contentsOf: url) == bytes)
        #expect(try files(beside: url) == ["rekindle.sqlite", "rekindle.sqlite.checked"])
    }

    @Test func aStartThatWritesSeesAndKeepsEverything() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        let store = try Store(url: url, writing: true)
        let workbook = try store.load(guide: sampleGuide())
        #expect(workbook.done == 1)
        try store.setDone(itemID: workbook.sections[1].items[1].id, done: true, at: Date(timeIntervalSince1970: 0))
        #expect(try Store(url: url).load(guide: sampleGuide()).done == 2)
        #expect(try store.notes(guideID: "rekindle", sectionKey: "contact").hasPrefix("notes "))
    }

    @Test func aChangeByAnotherProgramBeforeTheWriterOpensStillShows() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        let window = try Store(url: url)
        _ = try window.load(guide: sampleGuide())
        let seen = try window.dataVersion()
        try window.prepareToWrite()
        #expect(try window.dataVersion() == seen, "opening the writer is not a change")
        try window.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "my own words")
        #expect(try window.dataVersion() == seen, "nor is a write of its own")

        let later = try Store(url: url)
        _ = try later.load(guide: sampleGuide())
        let seenLater = try later.dataVersion()
        try window.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "from the other window")
        try later.prepareToWrite()
        #expect(try later.dataVersion() != seenLater)
    }
    // MARK: The integrity stamp (`IntegrityStamp`): a file as the last sound close left it is not probed again.

    private func integrityKnown(_ url: URL) throws -> Bool {
        try DatabaseFileCheck.verify(url, probingIntegrity: .whenWALHasFrames) == .database(integrityKnown: true)
    }

    /// Writes `bytes` over the file at `offset` in place (same inode, as a tool editing it would).
    private func overwrite(_ url: URL, at offset: UInt64, with bytes: Data) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.seek(toOffset: offset)
        try handle.write(contentsOf: bytes)
        try handle.close()
    }

    @Test func aSoundCloseStampsTheFileAndTheNextStartNeedsNoProbe() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        let stamp = url.path + ".checked"
        #expect(PrivateFiles.mode(of: URL(fileURLWithPath: stamp)) == 0o600)
        #expect(try integrityKnown(url))
        // A sitting that reads and writes leaves it vouched for again; so does a start that writes.
        do {
            let store = try Store(url: url)
            try store.setDone(itemID: try store.load(guide: sampleGuide()).sections[1].items[1].id, done: true, at: date(0))
        }
        #expect(try integrityKnown(url))
        do { _ = try Store(url: url, writing: true).load(guide: sampleGuide()) }
        #expect(try integrityKnown(url))
        unlink(stamp)
        #expect(try !integrityKnown(url))
    }

    @Test func anyChangeToTheFileAfterItsStampBringsTheProbeBack() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        let header = try Data(contentsOf: url).prefix(100)
        try overwrite(url, at: 0, with: header)  // the same bytes, written again
        #expect(try !integrityKnown(url))
    }

    @Test func aModificationTimeSetBackDoesNotHideAChange() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        var before = stat()
        stat(url.path, &before)
        try overwrite(url, at: 200, with: Data([0x55]))
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
        #expect(try !integrityKnown(url))
    }

    @Test func aStampThatIsUnreadableOrOlderThanTheFileVouchesForNothing() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        let stamp = url.path + ".checked"
        let text = try String(contentsOfFile: stamp, encoding: .utf8)
        // Written no later than the file's last change: a coarse clock could hide a write after it.
        var old = [timespec(tv_sec: 1, tv_nsec: 0), timespec(tv_sec: 1, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, stamp, &old, 0) == 0)
        #expect(try !integrityKnown(url))
        for broken in ["", "rekindle integrity stamp 1\n", text.replacingOccurrences(of: " ", with: "  "),
                       text.replacingOccurrences(of: "stamp 1", with: "stamp 2"), text + "1 2 3\n"] {
            try broken.write(toFile: stamp, atomically: false, encoding: .utf8)
            #expect(try !integrityKnown(url), "\(broken.debugDescription)")
        }
        try text.write(toFile: stamp, atomically: false, encoding: .utf8)
        #expect(try integrityKnown(url), "the same text, written after the file")
        unlink(stamp)
        #expect(symlink(url.path, stamp) == 0)
        #expect(try !integrityKnown(url))
    }

    @Test func anotherProgramsWriteDuringASittingLeavesTheFileUnstamped() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        let header = try Data(contentsOf: url).prefix(100)
        do {
            let store = try Store(url: url)
            try store.setDone(itemID: try store.load(guide: sampleGuide()).sections[1].items[1].id, done: true, at: date(0))
            try overwrite(url, at: 0, with: header)
        }
        #expect(try !integrityKnown(url))
    }

    @Test func aStartThatOnlyReadsLeavesTheStampItFound() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        var before = stat(), after = stat()
        stat(url.path + ".checked", &before)
        do { _ = try Store(url: url).load(guide: sampleGuide()) }
        stat(url.path + ".checked", &after)
        #expect(after.st_ino == before.st_ino && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        #expect(try integrityKnown(url))
    }

    @Test func aSittingThatNeverProbedLeavesNoStamp() throws {
        let directory = try TemporaryDirectory()
        let url = try restingDatabase(directory)
        unlink(url.path + ".checked")
        do { _ = try Store(url: url).load(guide: sampleGuide()) }  // reads only: the probe waits for a write
        #expect(!FileManager.default.fileExists(atPath: url.path + ".checked"))
    }
}
