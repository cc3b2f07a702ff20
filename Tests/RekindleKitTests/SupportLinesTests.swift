import Foundation
import Testing
@testable import RekindleKit

/// The bundled lines file and its parser: every entry traceable to a page and a month, every
/// problem in a file reported at its line and column, and the staleness rule on a fixed clock.
@Suite struct SupportLinesTests {
    static let content = SupportContent(folder: GuideTestSupport.repositoryRoot.appendingPathComponent("Content/support").path)

    static func parse(_ text: String) throws(SupportLinesError) -> SupportLines {
        try SupportLinesParser.parse(Array(text.utf8), fileName: "lines.txt")
    }

    static func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func everyBundledEntryHasASourceAndACheckedMonth() throws {
        let lines = try Self.content.lines()
        #expect(!lines.emergencyNumbers.isEmpty && !lines.lines.isEmpty && !lines.directories.isEmpty)
        for provenance in lines.provenances {
            #expect(provenance.source.hasPrefix("https://") || provenance.source.hasPrefix("http://"), "entry on line \(provenance.line)")
            #expect(provenance.checked.year >= 2026, "entry on line \(provenance.line)")
        }
        // Counted from the raw text too, so an entry the parser skipped could not pass unseen.
        let raw = try String(contentsOfFile: Self.content.linesPath, encoding: .utf8).split(separator: "\n")
        let kinds = raw.filter { ["line", "emergency", "online"].contains($0.trimmingCharacters(in: .whitespaces)) }.count
        #expect(kinds == lines.provenances.count)
        #expect(raw.filter { $0.hasPrefix("source: ") }.count == kinds)
        #expect(raw.filter { $0.hasPrefix("checked: ") }.count == kinds)
    }

    @Test func theBundledFilesPromiseNoHours() throws {
        for path in [Self.content.linesPath, Self.content.safetyNotePath] {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.contains("24/7") && !text.contains("24 hours"), "\(path) must not promise opening hours")
        }
    }

    @Test func theDirectoryToLookAtOnlineIsFindAHelpline() throws {
        #expect(try Self.content.lines().directories.map(\.address) == ["findahelpline.com"])
    }

    @Test func theSafetyNoteIsOneParagraph() throws {
        let note = try #require(Self.content.safetyNote())
        #expect(!note.contains("\n") && !note.isEmpty)
    }

    @Test func readsEachKind() throws {
        let lines = try Self.parse("""
            # a comment
            line
            country: Somewhere
            name: A Line
            text: 12 34
            source: https://example.org/a
            checked: 2026-11

            emergency
              number: 111
            countries: Somewhere
            source: https://example.org/b
            checked: 2025-01

            online
            name: Directory
            address: example.org
            source: http://example.org/c
            checked: 2026-12
            """)
        #expect(lines.lines == [HelpLine(country: "Somewhere", name: "A Line", call: nil, text: "12 34", note: nil,
                                         provenance: Provenance(source: "https://example.org/a", checked: CheckedMonth("2026-11")!, line: 2))])
        #expect(lines.emergencyNumbers.map(\.number) == ["111"])
        #expect(lines.directories.map(\.provenance.line) == [15])
        #expect(lines.oldestCheck == CheckedMonth("2025-01"))
    }

    @Test(arguments: [
        ("line\ncountry: X\nname: Y\ncall: 1\nchecked: 2026-12\n", "lines.txt:1:1: this line entry has no \"source:\" — add the page of the service's own site where it was checked, like source: https://…"),
        ("line\ncountry: X\nname: Y\ncall: 1\nsource: https://x.org\n", "lines.txt:1:1: this line entry has no \"checked:\" — add the month it was checked, like checked: 2026-12"),
        ("line\ncountry: X\nname: Y\nsource: https://x.org\nchecked: 2026-12\n", "lines.txt:1:1: this line has neither \"call:\" nor \"text:\" — add the number to call or text"),
        ("\n\nline\ncountry: X\nname: Y\ncall: 1\nsource: https://x.org\nchecked:  2026-13\n", "lines.txt:8:11: \"2026-13\" is not a month — write it as YYYY-MM, like 2026-12"),
        ("line\ncountry: X\nname: Y\ncall: 1\nsource: x.org\nchecked: 2026-12\n", "lines.txt:5:9: the source must be a web page address starting with https:// or http://"),
        ("line\n  nmae: Y\n", "lines.txt:2:3: \"nmae\" is not a field of a line entry — its fields are country, name, call, text, note, source, checked"),
        ("line\nname: Y\nname: Z\n", "lines.txt:3:1: a second \"name:\"; this entry already has one on line 2"),
        ("line\nname:\n", "lines.txt:2:6: \"name:\" has no value — write it after the colon"),
        ("line\nname Y\n", "lines.txt:2:1: expected \"field: value\" — a blank line ends an entry, so put one between entries"),
        ("helpline\n", "lines.txt:1:1: \"helpline\" is not a kind of entry — start each entry with line, emergency or online"),
        ("country: X\n", "lines.txt:1:1: a field outside an entry — start each entry with its kind (line, emergency or online) on a line of its own"),
        ("line\nname: Ü\u{0}\n", "lines.txt:2:8: the file contains a NUL (zero) byte — it looks like a binary file, not text"),
    ])
    func reportsWhereAFileIsWrong(_ text: String, _ expected: String) {
        #expect(throws: SupportLinesError.self) { try Self.parse(text) }
        do {
            _ = try Self.parse(text)
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func aMissingFileIsNamed() {
        #expect(throws: SupportLinesError(fileName: "/nonexistent/lines.txt", line: 1, column: 1,
                                          message: "cannot read the lines file — check that it exists and is readable")) {
            try SupportLinesParser.parseFile(atPath: "/nonexistent/lines.txt")
        }
    }

    @Test func anEntryIsStaleOnlyMoreThanTwelveMonthsAfterItsCheck() throws {
        let lines = try Self.parse("emergency\nnumber: 1\ncountries: X\nsource: https://x.org\nchecked: 2026-12\n")
        #expect(lines.staleEntries(now: Self.utc("2026-12-01T00:00:00Z")).isEmpty)
        #expect(lines.staleEntries(now: Self.utc("2027-12-31T23:59:59Z")).isEmpty)
        #expect(lines.staleEntries(now: Self.utc("2028-01-01T00:00:00Z")).map(\.line) == [1])
    }

    @Test func monthsAreYearDashMonth() {
        #expect(CheckedMonth("2026-12")?.description == "2026-12")
        for bad in ["2026-1", "26-12", "2026-00", "2026-12-01", "２０２６-12", "2026/12", ""] {
            #expect(CheckedMonth(bad) == nil, "\(bad)")
        }
    }
}
