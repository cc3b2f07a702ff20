import Foundation
import Testing
@testable import RekindleKit

/// `doctor` reports the owner and mode of the folder and of every database file (issue 10, item 11).
@Suite struct DoctorOwnershipTests {
    @Test func theReportNamesModeAndOwnerOfEachFile() throws {
        let directory = try TemporaryDirectory()
        let store = try Store(url: directory.databaseURL)
        try store.setSetting("x", to: "y")
        let report = try store.doctorReport()
        #expect(report.lines.contains("file: \(directory.databaseURL.path): 600, yours"))
        #expect(report.lines.contains { $0.hasPrefix("file: \(directory.databaseURL.deletingLastPathComponent().path): 700") })
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to give a file to another user"))
    func aFilePlantedByAnotherUserIsNamedAsNotYours() throws {
        let directory = try TemporaryDirectory()
        let planted = directory.databaseURL
        try FileManager.default.createDirectory(at: planted.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: planted.path, contents: Data()))
        #expect(chown(planted.path, 65534, 65534) == 0)
        #expect(Store.ownersAndModes(planted).contains { $0.hasPrefix("\(planted.path): ") && $0.hasSuffix(", owned by user 65534, not you") })
    }
}
