import Foundation
import Testing
@testable import RekindleKit

/// Paths and helpers shared by the guide tests.
enum GuideTestSupport {
    /// The repository root, found from this file's location (Tests/RekindleKitTests/...).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let bundledGuidePath = repositoryRoot.appendingPathComponent("Content/how-do-i-get-him-back.md").path

    /// The seed text the bundled guide was made from. CI keeps `shared/` beside the clone; a
    /// developer's git worktree (`wt/<name>`) has it one level further up.
    static let seedPath: String? = ["../shared", "../../shared"]
        .map { repositoryRoot.appendingPathComponent($0 + "/seed/000_0a8dcdaacad6a616.txt").standardizedFileURL.path }
        .first { FileManager.default.fileExists(atPath: $0) }

    static func parse(_ text: String, fileName: String = "guide.md") throws(GuideParseError) -> Guide {
        try GuideParser.parse(bytes: Array(text.utf8), fileName: fileName)
    }

    /// The error parsing `text` fails with, or nil (recorded as a test failure) when it parses.
    static func parseError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> GuideParseError? {
        parseError(bytes: Array(text.utf8), sourceLocation: sourceLocation)
    }

    static func parseError(bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> GuideParseError? {
        do {
            let guide = try GuideParser.parse(bytes: bytes, fileName: "guide.md")
            Issue.record("expected a parse error, got guide \(guide.id)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    /// A fresh empty folder under the system's temporary folder.
    static func makeTemporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rekindle-guide-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

extension Guide {
    /// The sections that are numbered steps, in order (only tests need them apart).
    var steps: [GuideSection] { sections.filter { $0.kind == .step } }
}
