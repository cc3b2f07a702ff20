import Foundation
import Testing
import RekindleKit
@testable import RekindleUI

/// Grouping by local day and "On this day", with a fixed zone and no wall clock.
@Suite struct JournalDaysTests {
    let london = LocalCalendar(timeZone: TimeZone(identifier: "Europe/London")!)

    func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, id: Int64, section: String? = nil) -> JournalEntry {
        let instant = london.instant(on: LocalDay(year: year, month: month, day: day), hour: hour, minute: minute)
        return JournalEntry(Entry(id: id, at: instant, body: "entry \(id)", sectionKey: section, updatedAt: instant),
                            calendar: london)
    }

    func headings(_ items: [JournalItem]) -> [String] {
        items.compactMap { if case .heading(let title, _) = $0 { title } else { nil } }
    }

    func ids(_ items: [JournalItem]) -> [Int64] {
        items.compactMap { $0.entry?.entry.id }
    }

    @Test func theAutumnDSTChangeKeepsEachEntryOnItsWallClockDay() {
        // Europe/London goes back from 02:00 BST to 01:00 GMT on Sunday 25 October 2026: a 25-hour day.
        let entries = [at(2026, 10, 24, 23, 30, id: 1), at(2026, 10, 25, 0, 30, id: 2),
                       at(2026, 10, 25, 23, 30, id: 3), at(2026, 10, 26, 0, 30, id: 4)]
        #expect(entries.map(\.time) == ["23:30", "00:30", "23:30", "00:30"])
        let days = JournalDays.group(entries)
        #expect(days.map(\.day.description) == ["2026-10-26", "2026-10-25", "2026-10-24"])
        #expect(days.map { $0.entries.map(\.entry.id) } == [[4], [3, 2], [1]])
        let items = JournalPaneState.items(entries, today: LocalDay(year: 2026, month: 10, day: 26), calendar: london)
        #expect(headings(items) == ["Today", "Yesterday", "Saturday 24 October"])
        #expect(ids(items) == [4, 3, 2, 1])
    }

    @Test func theSpringDSTChangeKeepsTheShortDayWhole() {
        // 01:00 GMT becomes 02:00 BST on Sunday 29 March 2026: a 23-hour day.
        let entries = [at(2026, 3, 29, 0, 30, id: 1), at(2026, 3, 29, 23, 30, id: 2), at(2026, 3, 30, 0, 30, id: 3)]
        #expect(entries.map(\.time) == ["00:30", "23:30", "00:30"])
        #expect(JournalDays.group(entries).map { $0.entries.map(\.entry.id) } == [[3], [2, 1]])
    }

    @Test func theYearBoundaryNamesDaysAndLooksBackAYearAMonthAndAWeek() {
        let entries = [at(2027, 1, 1, 0, 30, id: 1), at(2026, 12, 31, 23, 30, id: 2), at(2026, 12, 25, 9, 0, id: 3),
                       at(2026, 12, 1, 21, 15, id: 4), at(2026, 1, 1, 8, 0, id: 5), at(2026, 1, 2, 8, 0, id: 6)]
        let today = LocalDay(year: 2027, month: 1, day: 1)
        let lookBacks = JournalDays.onThisDay(JournalDays.group(entries), today: today, calendar: london)
        #expect(lookBacks.map(\.label) == ["A week ago", "A month ago", "A year ago"])
        #expect(lookBacks.map { $0.day.entries.map(\.entry.id) } == [[3], [4], [5]])
        let items = JournalPaneState.items(entries, today: today, calendar: london)
        #expect(headings(items) == [
            "On this day", "A week ago · Friday 25 December 2026", "A month ago · Tuesday 1 December 2026",
            "A year ago · Thursday 1 January 2026",
            "Today", "Yesterday", "Friday 25 December 2026", "Tuesday 1 December 2026", "Friday 2 January 2026",
            "Thursday 1 January 2026",
        ])
        #expect(ids(items) == [3, 4, 5, 1, 2, 3, 4, 6, 5])
    }

    @Test func aYearBefore29FebruaryIs28February() {
        let entries = [at(2027, 2, 28, 20, 0, id: 1), at(2027, 3, 1, 20, 0, id: 2)]
        let lookBacks = JournalDays.onThisDay(JournalDays.group(entries), today: LocalDay(year: 2028, month: 2, day: 29),
                                              calendar: london)
        #expect(lookBacks.map(\.label) == ["A year ago"])
        #expect(lookBacks.first?.day.entries.map(\.entry.id) == [1])
        // And a month before 31 March is the end of February.
        let march = JournalDays.onThisDay(JournalDays.group([at(2027, 2, 28, 8, 0, id: 3)]),
                                          today: LocalDay(year: 2027, month: 3, day: 31), calendar: london)
        #expect(march.map(\.label) == ["A month ago"])
    }

    @Test func nothingToLookBackOnShowsNoOnThisDay() {
        let entries = [at(2026, 11, 30, 21, 0, id: 1), at(2026, 11, 20, 21, 0, id: 2)]
        let items = JournalPaneState.items(entries, today: LocalDay(year: 2026, month: 12, day: 1), calendar: london)
        #expect(headings(items) == ["Yesterday", "Friday 20 November"])
    }

    @Test func theListFollowsTheClockPastMidnight() {
        var journal = JournalPaneState()
        journal.timeZone = TimeZone(identifier: "Europe/London")!
        let evening = london.instant(on: LocalDay(year: 2026, month: 12, day: 1), hour: 23, minute: 50)
        journal.take([Entry(id: 1, at: evening, body: "late", sectionKey: nil, updatedAt: evening)])
        journal.observe(now: evening)
        journal.refresh(today: journal.today!, shownSection: nil)
        #expect(headings(journal.items) == ["Today"])
        let afterMidnight = evening.addingTimeInterval(20 * 60)
        #expect(journal.dayChanged(now: afterMidnight))
        journal.observe(now: afterMidnight)
        journal.refresh(today: journal.today!, shownSection: nil)
        #expect(headings(journal.items) == ["Yesterday"])
    }

    @Test func moodsAreOneWordOrOneToFive() {
        #expect(MoodPrompt.mood(from: "3") == .success(.scale(3)))
        #expect(MoodPrompt.mood(from: " calm ") == .success(.word("calm")))
        #expect(MoodPrompt.mood(from: "") == .success(nil))
        #expect(MoodPrompt.mood(from: "7") == .failure(.outOfScale("7")))
        #expect(MoodPrompt.mood(from: "two words") == .failure(.notOneWord("two words")))
        #expect(Mood.scale(4).label == "4/5")
    }
}
