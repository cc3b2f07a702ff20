import Foundation
import Testing
@testable import RekindleKit

/// The support sheet's order and words, and what `doctor` says about the lines file on a fixed clock.
@Suite struct SupportSheetTests {
    static let content = SupportLinesTests.content

    @Test func itSaysEachPartInOrderWithTheCardFirstAfterDanger() throws {
        let lines = try Self.content.lines()
        let text = SupportSheet(lines: lines, supportCard: "People I can call:\nSam", safetyNote: Self.content.safetyNote()).plainText
        let order = ["In danger now", "  112  ", "Your support card\nPeople I can call:\nSam",
                     "Free, confidential lines", "· checked 2026-12", "When you are online", "findahelpline.com",
                     "Before any contact", SupportSheet.about]
        let positions = order.map { text.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil), "\(text)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(text.hasSuffix(SupportSheet.about + "\n"))
        for line in lines.lines {
            #expect(text.contains("\(line.name) · call \(line.call!)"))
        }
    }

    @Test func withoutACardItSaysHowToWriteOne() {
        let text = SupportSheet(lines: nil, supportCard: "\n", safetyNote: nil).plainText
        #expect(text.contains("Your support card\n" + SupportSheet.noCardYet))
        #expect(!text.contains("Free, confidential lines"))
        #expect(text.hasPrefix("In danger now\n" + SupportSheet.inDanger + "\n\n"))
    }

    @Test func theJSONCarriesEveryPartWithCheckedMonths() throws {
        let sheet = SupportSheet(lines: try Self.content.lines(), supportCard: "card", safetyNote: "note")
        let object = try #require(try JSONSerialization.jsonObject(with: Exporter.json(sheet)) as? [String: Any])
        #expect(Set(object.keys) == ["emergencyNumbers", "supportCard", "lines", "directories", "safetyNote", "about"])
        let first = try #require((object["lines"] as? [[String: Any]])?.first)
        #expect((first["provenance"] as? [String: Any])?["checked"] as? String == "2026-12")
    }

    @Test func doctorWarnsOnlyOnceTheLinesAreMoreThanAYearOld() {
        let fresh = SupportLinesCheck(Self.content, now: SupportLinesTests.utc("2027-12-31T12:00:00Z"))
        #expect(fresh.lines == ["support lines: \(Self.content.linesPath) (checked 2026-12)"])
        #expect(!fresh.isBroken)
        let stale = SupportLinesCheck(Self.content, now: SupportLinesTests.utc("2028-01-01T00:00:00Z"))
        #expect(stale.lines.count == 2 && !stale.isBroken)
        #expect(stale.lines[1].hasPrefix("warning: "))
        #expect(stale.lines[1].contains("checked more than 12 months ago"))
    }

    @Test func doctorNamesABrokenOrMissingFile() throws {
        let directory = try TemporaryDirectory()
        try Data("line\nnmae: x\n".utf8).write(to: directory.file("lines.txt"))
        let broken = SupportLinesCheck(SupportContent(folder: directory.url.path), now: Date(timeIntervalSince1970: 0))
        #expect(broken.isBroken)
        #expect(broken.lines == ["warning: \(directory.file("lines.txt").path):2:1: \"nmae\" is not a field of a line entry — its fields are country, name, call, text, note, source, checked"])
        #expect(SupportLinesCheck(nil, now: Date(timeIntervalSince1970: 0)).isBroken)
    }
}

@Suite struct SupportContentLocationTests {
    @Test func aNamedFolderIsUsedEvenWhenItIsMissing() {
        let content = SupportContent.standard(environment: ["REKINDLE_SUPPORT": "/nonexistent/support"], executablePath: nil)
        #expect(content?.linesPath == "/nonexistent/support/lines.txt")
    }

    @Test func installedFilesAreFoundBesideTheBinary() throws {
        let directory = try TemporaryDirectory()
        let support = directory.file("share/rekindle/support")
        try FileManager.default.createDirectory(at: support, withIntermediateDirectories: true)
        let content = SupportContent.standard(environment: [:], executablePath: directory.file("bin/rekindle").path)
        #expect(content?.folder == support.path)
    }
}
