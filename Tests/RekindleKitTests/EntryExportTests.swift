import Foundation
import Testing
@testable import RekindleKit

/// Entries in `export` (Markdown and JSON), in `rekindle entries` and in `rekindle today`.
@Suite struct EntryExportTests {
    static let london = LocalCalendar(timeZone: TimeZone(identifier: "Europe/London")!)
    static func utc(_ text: String) -> Date { DateInput.utcInstant(text)! }

    let workbook = Workbook(guideID: "g", title: "A Guide", sections: [
        WorkbookSection(key: "s1", kind: .step, number: 1, title: "Begin", paragraphs: [], items: []),
    ])
    let evening = Entry(id: 1, at: utc("2026-11-30T21:15:00Z"), body: "A calm evening.\n\nWalked — 散歩 🌙",
                        mood: .word("calm"), sectionKey: "s1", updatedAt: utc("2026-12-01T08:00:00Z"),
                        createdAt: utc("2026-11-30T21:20:00Z"))
    let morning = Entry(id: 2, at: utc("2026-12-01T07:05:00Z"), body: "## not a heading\n- [x] not a tick\n\u{1B}[31mred\u{9B}2J",
                        mood: .scale(2), sectionKey: nil, updatedAt: utc("2026-12-01T07:06:00Z"))
    var revisions: [Int64: [EntryRevision]] {
        [1: [EntryRevision(id: 7, entryID: 1, body: "A calm evening.", mood: nil, savedAt: Self.utc("2026-11-30T21:20:00Z"))]]
    }

    @Test func jsonCarriesEveryFieldWithoutIdsAndDecodes() throws {
        let data = try Exporter.json(ExportDocument(workbook: workbook, notes: [:], entries: [morning, evening],
                                                    entryRevisions: revisions))
        let text = String(decoding: data, as: UTF8.self)
        let decoded = try JSONDecoder.iso8601Dates.decode(ExportDocument.self, from: data)
        let entries = try #require(decoded.entries)
        #expect(entries.map(\.body) == [evening.body, morning.body]) // oldest first
        #expect(entries[0].kind == "journal" && entries[0].section == "s1" && entries[0].mood == .word("calm"))
        #expect(entries[0].at == evening.at && entries[0].createdAt == evening.createdAt && entries[0].updatedAt == evening.updatedAt)
        #expect(entries[0].revisions == [ExportDocument.Entry.Revision(body: "A calm evening.", mood: nil, savedAt: Self.utc("2026-11-30T21:20:00Z"))])
        #expect(entries[1].mood == .scale(2) && entries[1].section == nil && entries[1].revisions.isEmpty)
        #expect(text.contains("\"at\" : \"2026-11-30T21:15:00.000Z\""))
        #expect(text.contains("\"mood\" : \"calm\"") && text.contains("\"mood\" : 2"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let keys = try #require((object["entries"] as? [[String: Any]])?.first?.keys)
        #expect(Set(keys) == ["kind", "at", "body", "mood", "section", "createdAt", "updatedAt", "revisions"])
        // Controls are escaped: ESC by JSONEncoder, the C1 CSI by the exporter.
        #expect(text.contains("\\u001b[31mred\\u009b2J") && !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
    }

    @Test func anExportWithoutEntriesLeavesThemOut() throws {
        let text = String(decoding: try Exporter.json(ExportDocument(workbook: workbook, notes: [:])), as: UTF8.self)
        #expect(!text.contains("entries"))
    }

    @Test func markdownHasAJournalByDayInLocalTimeWithControlsShownAsStandIns() {
        let markdown = Exporter.markdown(workbook, notes: [:], entries: [morning, evening], calendar: Self.london)
        let journal = markdown[markdown.range(of: "## Journal")!.lowerBound...]
        #expect(journal == """
            ## Journal

            ### Monday 30 November 2026

            **21:15 · Step 1: Begin · mood: calm · edited**

                A calm evening.

                Walked — 散歩 🌙

            ### Tuesday 1 December 2026

            **07:05 · mood: 2 of 5**

                ## not a heading
                - [x] not a tick
                \(DisplayText.sanitize("\u{1B}[31mred\u{9B}2J"))

            """)
        #expect(!markdown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
    }

    @Test func theMarkdownDayIsTheLocalOne() {
        let newYork = LocalCalendar(timeZone: TimeZone(identifier: "America/New_York")!)
        let markdown = Exporter.markdown(workbook, notes: [:], entries: [morning], calendar: newYork)
        #expect(markdown.contains("### Tuesday 1 December 2026\n\n**02:05 · mood: 2 of 5"))
    }

    @Test func plainListingGroupsByDayNewestFirst() {
        let listing = EntryListing.plain([evening, morning], sectionNames: EntryListing.sectionNames(workbook),
                                         today: LocalDay(year: 2026, month: 12, day: 1), calendar: Self.london)
        #expect(listing == """
            Today
              07:05 · mood: 2 of 5
                ## not a heading
                - [x] not a tick
                \u{1B}[31mred\u{9B}2J

            Yesterday
              21:15 · Step 1: Begin · mood: calm · edited
                A calm evening.

                Walked — 散歩 🌙

            """)
        #expect(EntryListing.plain([], sectionNames: [:], today: LocalDay(year: 2026, month: 12, day: 1), calendar: Self.london) == "")
    }

    @Test func anotherKindAndAVanishedSectionAreNamed() {
        let win = Entry(id: 3, kind: EntryKind(rawValue: "win"), at: Self.utc("2026-12-01T10:00:00Z"), body: "x",
                        sectionKey: "gone", updatedAt: Self.utc("2026-12-01T10:00:00Z"))
        #expect(EntryListing.caption(win, sectionNames: [:], calendar: Self.london) == "10:00 · win · gone")
    }
}

@Suite struct TodaySummaryTests {
    let calendar = EntryExportTests.london
    func entry(_ at: String, id: Int64 = 1) -> Entry {
        Entry(id: id, at: EntryExportTests.utc(at), body: "x", sectionKey: nil, updatedAt: EntryExportTests.utc(at))
    }
    func summary(_ entries: [Entry], now: String) -> TodaySummary {
        TodaySummary(journal: entries.map(\.at), now: EntryExportTests.utc(now), calendar: calendar)
    }

    @Test func nothingToSayWithoutEntries() {
        let empty = summary([], now: "2026-12-01T20:00:00Z")
        #expect(empty.line == nil && empty.lastEntryAt == nil && empty.entriesThisMonth == 0)
    }

    @Test func yesterdayAndTheMonthsCount() {
        let entries = [entry("2026-11-30T21:00:00Z"), entry("2026-11-02T09:00:00Z"), entry("2026-10-31T09:00:00Z")]
        let said = summary(entries, now: "2026-12-01T08:00:00Z")
        #expect(said.line == "Last entry yesterday")
        #expect(said.entriesThisMonth == 0)
        #expect(summary(entries, now: "2026-11-30T23:30:00Z").line == "Last entry today · 2 entries this month")
        #expect(summary([entry("2026-11-30T21:00:00Z")], now: "2026-11-30T22:00:00Z").line == "Last entry today · 1 entry this month")
    }

    @Test func anOlderDayIsNamed() {
        let said = summary([entry("2026-11-23T12:00:00Z")], now: "2026-11-30T12:00:00Z")
        #expect(said.line == "Last entry on Monday 23 November · 1 entry this month")
        #expect(said.lastEntryDay == "Monday 23 November")
    }

    @Test func theYearBoundary() {
        let said = summary([entry("2026-12-31T23:30:00Z")], now: "2027-01-01T00:30:00Z")
        #expect(said.line == "Last entry yesterday")
        let later = summary([entry("2026-12-30T12:00:00Z")], now: "2027-01-02T12:00:00Z")
        #expect(later.line == "Last entry on Wednesday 30 December 2026")
    }

    @Test func aDSTChangeDoesNotMoveTheDay() {
        // 23:30 BST on Sunday 29 March (22:30 UTC) is Sunday, the first day of summer time.
        let said = summary([entry("2026-03-29T22:30:00Z")], now: "2026-03-30T07:00:00Z")
        #expect(said.line == "Last entry yesterday · 1 entry this month")
    }

    @Test func aFutureEntryIsNotTheLast() {
        let said = summary([entry("2026-12-05T12:00:00Z", id: 2), entry("2026-12-01T09:00:00Z")], now: "2026-12-01T20:00:00Z")
        #expect(said.line == "Last entry today · 1 entry this month")
    }
}

private extension JSONDecoder {
    static var iso8601Dates: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
