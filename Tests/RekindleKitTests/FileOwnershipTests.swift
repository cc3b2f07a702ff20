import Foundation
import Testing
@testable import RekindleKit

/// A database in a folder others can write into, or files another user made, never receive notes.
@Suite struct FileOwnershipTests {
    @Test func aFolderOthersCanWriteIntoIsRefused() throws {
        let directory = try TemporaryDirectory()
        let shared = directory.url.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: false)
        chmod(shared.path, 0o1777)  // as /tmp
        let error = try #require(throws: StoreError.self) { try Store(url: shared.appendingPathComponent("x.sqlite")) }
        #expect(error.description.contains("other users can write into the folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared.path).isEmpty)
    }

    @Test(.enabled(if: geteuid() == 0, "only root can give a file to another user"))
    func aWalPlantedByAnotherUserIsRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("rekindle.sqlite")
        _ = try Store(url: url).load(guide: sampleGuide())
        let wal = url.path + "-wal"
        FileManager.default.createFile(atPath: wal, contents: nil)
        #expect(chown(wal, 65534, 65534) == 0)
        let error = try #require(throws: StoreError.self) { try Store(url: url) }
        #expect(error.description.contains("belongs to another user"))
    }
}
