import Foundation
import Testing
@testable import RekindleKit

/// Exports and backups never replace the database, its `-wal`/`-shm`, any other SQLite file, or
/// anything that is not a regular file (a FIFO, a device).
@Suite struct DestinationSafetyTests {
    @Test func theOpenDatabaseAndItsSideFilesAreNeverReplaced() throws {
        let directory = try TemporaryDirectory()
        let store = try Store(url: directory.databaseURL)
        _ = try store.load(guide: sampleGuide())
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "precious")
        for file in Store.databaseFiles(directory.databaseURL) {
            #expect(throws: PrivateFileError.self) { try PrivateFiles.write(Data("# export".utf8), to: file, force: true) }
            #expect(throws: PrivateFileError.self) { try store.backup(to: file, force: true) }
        }
        #expect(try store.notes(guideID: "rekindle", sectionKey: "contact") == "precious")
        #expect(try store.doctorReport().integrity == ["ok"])
    }

    @Test func anotherSQLiteFileIsNotReplacedByAnExport() throws {
        let directory = try TemporaryDirectory()
        let other = try Store(url: directory.file("other.sqlite"))
        _ = try other.load(guide: sampleGuide())
        let error = try #require(throws: PrivateFileError.self) {
            try PrivateFiles.write(Data("# export".utf8), to: directory.file("other.sqlite"), force: true)
        }
        #expect(error.description.contains("SQLite"))
    }

    /// As root, an export once replaced /dev/null with a regular file.
    @Test(arguments: [false, true])
    func aDeviceIsWrittenIntoNeverReplacedEvenWithForce(force: Bool) throws {
        try PrivateFiles.write(Data("into the device\n".utf8), to: URL(fileURLWithPath: "/dev/null"), force: force)
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a character device")
    }

    @Test func aFIFOIsWrittenIntoNotReplaced() throws {
        let directory = try TemporaryDirectory()
        let fifo = directory.file("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let received = ReceivedBytes()
        let reader = Thread { received.set(FileHandle(forReadingAtPath: fifo.path).flatMap { try? $0.readToEnd() }) }
        reader.start()
        try PrivateFiles.write(Data("through the pipe".utf8), to: fifo, force: false)
        for _ in 0..<200 where received.get() == nil { usleep(10_000) }
        var info = stat()
        #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(received.get() == Data("through the pipe".utf8))
    }
}

private final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ value: Data?) { lock.withLock { data = value } }
    func get() -> Data? { lock.withLock { data } }
}
