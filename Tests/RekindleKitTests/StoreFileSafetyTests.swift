import Foundation
import GRDB
import Testing
@testable import RekindleKit

/// Files the store must refuse without changing a byte, and the permissions of what it creates.
@Suite struct StoreFileSafetyTests {
    /// Opening `url` must throw, and leave the file exactly as it was.
    private func expectRefusal(_ url: URL, mentioning phrase: String) throws {
        let before = try Data(contentsOf: url)
        let error = try #require(throws: StoreError.self) { try Store(url: url) }
        #expect(error.description.contains(url.path), "\(error)")
        #expect(error.description.contains(phrase), "\(error)")
        #expect(!error.description.contains("\n"))
        #expect(try Data(contentsOf: url) == before)
    }

    /// A real database with several pages of data, closed so everything is in the main file.
    private func makeRealDatabase(_ url: URL) throws {
        let store = try Store(url: url)
        _ = try store.load(guide: sampleGuide())
        for round in 0..<20 {
            try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: String(repeating: "note \(round) ", count: 500))
        }
    }

    @Test func randomBytesAreRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("rekindle.sqlite")
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255) }).write(to: url)
        try expectRefusal(url, mentioning: "not an SQLite file")
    }

    @Test func textFileIsRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("notes.txt")
        try Data("My notes, not a database.\n".utf8).write(to: url)
        try expectRefusal(url, mentioning: "not an SQLite file")
    }

    @Test func truncatedDatabaseIsRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("rekindle.sqlite")
        try makeRealDatabase(url)
        let whole = try Data(contentsOf: url)
        try whole.prefix(whole.count / 2).write(to: url)
        try expectRefusal(url, mentioning: "truncated")
    }

    @Test func damagedPagesAreRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("rekindle.sqlite")
        try makeRealDatabase(url)
        var bytes = try Data(contentsOf: url)
        for offset in 4096..<bytes.count { bytes[offset] = UInt8(truncatingIfNeeded: offset &* 31) }
        try bytes.write(to: url)
        try expectRefusal(url, mentioning: "damaged")
    }

    @Test func directoryInPlaceIsRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("rekindle.sqlite")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        let error = try #require(throws: StoreError.self) { try Store(url: url) }
        #expect(error == .isDirectory(path: url.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.path).isEmpty)
    }

    @Test func otherProgramsDatabaseIsRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("other.sqlite")
        try DatabaseQueue(path: url.path).write { try $0.execute(sql: "CREATE TABLE contacts (name TEXT)") }
        try expectRefusal(url, mentioning: "another program")
    }

    /// The start-up check opens the file by an SQLite URI that it escapes by hand: a folder or file
    /// name with %, ?, #, spaces or accents must still lead to that file (a wrong escape opens
    /// another file, or none, and a foreign database would then pass).
    @Test(arguments: ["100% sure?", "a#b c", "café ñ", "plain"])
    func oddNamesStillLeadToTheFile(_ folder: String) throws {
        let directory = try TemporaryDirectory()
        let url = directory.file(folder).appendingPathComponent("rekindle.sqlite")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try makeRealDatabase(url)
        #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))  // so the check opens it immutable
        #expect(try Store(url: url).load(guide: sampleGuide()).total == 3)
        let other = url.deletingLastPathComponent().appendingPathComponent("other %3F#?.sqlite")
        try DatabaseQueue(path: other.path).write { try $0.execute(sql: "CREATE TABLE contacts (name TEXT)") }
        try expectRefusal(other, mentioning: "another program")
    }

    @Test func newerSchemaIsRefusedWithTheVersions() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("rekindle.sqlite")
        try makeRealDatabase(url)
        let newer = "v\(Store.knownSchemaVersion + 1)"
        try DatabaseQueue(path: url.path).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES (?)", arguments: [newer]) }
        try expectRefusal(url, mentioning: "was written by a newer version of rekindle (schema \(newer)); this version knows up to v\(Store.knownSchemaVersion)")
    }

    @Test func zeroByteFileBecomesANewDatabase() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("rekindle.sqlite")
        FileManager.default.createFile(atPath: url.path, contents: Data())
        let store = try Store(url: url)
        #expect(try store.load(guide: sampleGuide()).total == 3)
    }

    @Test func zeroByteFileBesideAJournalIsRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("rekindle.sqlite")
        FileManager.default.createFile(atPath: url.path, contents: Data())
        try Data(repeating: 7, count: 512).write(to: URL(fileURLWithPath: url.path + "-wal"))
        try expectRefusal(url, mentioning: "-wal")
    }

    @Test func createdFilesArePrivateWhateverTheUmask() throws {
        let directory = try TemporaryDirectory()
        umask(0o022)
        let url = directory.databaseURL
        let store = try Store(url: url)
        _ = try store.load(guide: sampleGuide())
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "private")
        #expect(PrivateFiles.mode(of: url.deletingLastPathComponent()) == 0o700)
        for file in Store.databaseFiles(url) {
            #expect(PrivateFiles.mode(of: file) == 0o600, "\(file.lastPathComponent)")
        }
        let backup = directory.file("backup.sqlite")
        umask(0o022)
        try store.backup(to: backup)
        #expect(PrivateFiles.mode(of: backup) == 0o600)
        #expect(try store.doctorReport().permissionProblems.isEmpty)
    }

    @Test func doctorWarnsAboutLooseModes() throws {
        let directory = try TemporaryDirectory()
        let url = directory.databaseURL
        let store = try Store(url: url)
        chmod(url.deletingLastPathComponent().path, 0o755)
        chmod(url.path, 0o644)
        let report = try store.doctorReport()
        #expect(report.integrity == ["ok"] && report.schemaVersion == Store.knownSchemaVersion)
        #expect(report.permissionProblems.count == 2)
        #expect(report.permissionProblems.contains { $0.contains("chmod 700") })
        #expect(report.permissionProblems.contains { $0.contains("chmod 600 \(url.path)") })
        #expect(!report.isHealthy)
    }
}
