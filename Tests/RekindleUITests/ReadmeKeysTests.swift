import Foundation
import Testing
@testable import RekindleUI

/// The README's key list is the key map itself, so the two cannot drift apart.
@Test func readmeListsEveryKeyExactlyAsTheKeyMap() throws {
    let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let marker = try #require(readme.range(of: "<!-- keys:begin"))
    let begin = try #require(readme.range(of: "-->\n", range: marker.upperBound..<readme.endIndex))
    let end = try #require(readme.range(of: "<!-- keys:end -->"))
    #expect(String(readme[begin.upperBound..<end.lowerBound]) == KeyReference.markdown())
}
