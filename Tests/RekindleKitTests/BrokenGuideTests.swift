import Foundation
import Testing
@testable import RekindleKit

/// Every file in Fixtures/guides/broken/ is a guide with exactly one problem (written by
/// Fixtures/guides/make-broken.py). Each must be refused with a one-line message that names the
/// file and points at the line and column its `NAME.expect` sidecar gives.
@Suite struct BrokenGuideTests {
    struct Fixture: CustomTestStringConvertible, Sendable {
        var path: String
        var line: Int
        var column: Int
        var phrase: String
        var testDescription: String { (path as NSString).lastPathComponent }
    }

    static let folder = GuideTestSupport.repositoryRoot
        .appendingPathComponent("Tests/RekindleKitTests/Fixtures/guides/broken").path

    /// All fixtures, read from the `.expect` sidecars; a malformed sidecar becomes line 0 and fails.
    static let fixtures: [Fixture] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { name in
            let path = folder + "/" + name
            let expect = (try? String(contentsOfFile: String(path.dropLast(3)) + ".expect", encoding: .utf8)) ?? ""
            let lines = expect.split(separator: "\n").map(String.init)
            let place = (lines.first ?? "").split(separator: ":").compactMap { Int($0) }
            return Fixture(path: path, line: place.first ?? 0, column: place.count == 2 ? place[1] : 0,
                           phrase: lines.count > 1 ? lines[1] : "\u{0}no phrase")
        }
    }()

    @Test func theCorpusIsComplete() throws {
        #expect(Self.fixtures.count >= 25)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
        for name in names where name.hasSuffix(".expect") {
            #expect(names.contains(String(name.dropLast(7)) + ".md"), "\(name) has no guide file")
        }
    }

    @Test(arguments: fixtures)
    func isRefusedAtTheRightPlace(_ fixture: Fixture) throws {
        let error = try #require(throws: GuideLoadError.self) { try GuideParser.parseFile(atPath: fixture.path) }
        guard case .invalid(let parseError) = error else {
            Issue.record("expected a parse error, got \(error)")
            return
        }
        #expect(parseError.fileName == fixture.path)
        #expect("\(parseError.line):\(parseError.column)" == "\(fixture.line):\(fixture.column)", "\(parseError)")
        let description = error.description
        #expect(description.hasPrefix("\(fixture.path):\(fixture.line):\(fixture.column): "), "\(description)")
        #expect(description.contains(fixture.phrase), "\(description)")
        #expect(!description.contains("\n") && !description.contains("\r"), "\(description)")
        // The message is safe to print as it is: no control characters from the file reach it.
        #expect(!description.unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    /// The same bytes through `parse(_:fileName:)`: the same place, and the name as given.
    @Test(arguments: fixtures)
    func parsingBytesAgrees(_ fixture: Fixture) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        let error = try #require(throws: GuideParseError.self) { try GuideParser.parse(data, fileName: "x.md") }
        #expect(error.line == fixture.line && error.column == fixture.column)
        #expect(error.description.hasPrefix("x.md:\(fixture.line):\(fixture.column): "))
    }

    /// A library folder of broken guides lists no guide and one problem per file, without stopping.
    @Test func aLibraryOfBrokenGuidesReportsEachOne() {
        let listing = GuideLibrary(folders: [Self.folder]).list()
        #expect(listing.entries.isEmpty)
        #expect(listing.problems.count == Self.fixtures.count)
        for problem in listing.problems {
            #expect(!problem.description.contains("\n"))
        }
    }
}
