import Foundation
import Testing
@testable import RekindleKit

/// The tools' arithmetic on an injected calendar: stretches, milestones, draft ages, goal dates.
@Suite struct GuideToolsTests {
    let london = LocalCalendar(timeZone: TimeZone(identifier: "Europe/London")!)
    func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDay { LocalDay(year: y, month: m, day: d) }

    @Test func theFirstStretchCountsFromTheStart() {
        let counter = CoolingOff(start: day(2026, 11, 1), periodDays: 42)
        let reading = counter.reading(today: day(2026, 11, 24), calendar: london)
        #expect(reading.day == 23)
        #expect(reading.summary == "day 23 of about 6 weeks")
        #expect(reading.reached == [7, 14])
        #expect(reading.next == 28)
        #expect(reading.stretches == 1)
    }

    @Test func noMilestoneIsHeldUpPastThePeriodTheyChose() {
        let sixWeeks = CoolingOff(start: day(2026, 11, 1), periodDays: 42)
        #expect(sixWeeks.reading(today: day(2026, 12, 1), calendar: london).next == nil, "8 weeks is past 6")
        #expect(sixWeeks.reading(today: day(2026, 12, 1), calendar: london).reached == [7, 14, 28])
        let threeMonths = CoolingOff(start: day(2026, 11, 1), periodDays: 90)
        #expect(threeMonths.reading(today: day(2026, 12, 1), calendar: london).next == 56)
    }

    @Test func aContactStartsANewStretchAndTheLongestStays() {
        let counter = CoolingOff(start: day(2026, 10, 1), periodDays: 42,
                                 contacts: [day(2026, 10, 31), day(2026, 11, 20)])
        let reading = counter.reading(today: day(2026, 11, 23), calendar: london)
        #expect(reading.day == 3)
        #expect(reading.longest == 30)
        #expect(reading.stretches == 3)
        #expect(reading.reached.isEmpty)
    }

    @Test func theDayOfAContactIsANewBeginningNotAZero() {
        let counter = CoolingOff(start: day(2026, 10, 1), periodDays: 28, contacts: [day(2026, 11, 23)])
        let reading = counter.reading(today: day(2026, 11, 23), calendar: london)
        #expect(reading.day == 0)
        #expect(reading.summary == "a new stretch begins today · about 4 weeks")
        #expect(!reading.summary.contains("0"))
        #expect(reading.longest == 53)
    }

    @Test func contactsLoggedInAnyOrderAndBeforeTheStartAreHandled() {
        let counter = CoolingOff(start: day(2026, 10, 10), periodDays: 42,
                                 contacts: [day(2026, 11, 20), day(2026, 9, 1), day(2026, 10, 20)])
        let reading = counter.reading(today: day(2026, 11, 21), calendar: london)
        #expect(reading.stretches == 3)
        #expect(reading.longest == 31)
        #expect(reading.day == 1)
    }

    @Test func aDSTChangeIsOneDayLikeAnyOther() {
        // 25 October 2026: London's clocks go back, a 25-hour day.
        let counter = CoolingOff(start: day(2026, 10, 24), periodDays: 14)
        #expect(counter.reading(today: day(2026, 10, 26), calendar: london).day == 2)
        let newYork = LocalCalendar(timeZone: TimeZone(identifier: "America/New_York")!)
        // 8 March 2026: New York skips 2 a.m., a 23-hour day.
        #expect(CoolingOff(start: day(2026, 3, 7), periodDays: 14).reading(today: day(2026, 3, 9), calendar: newYork).day == 2)
    }

    @Test func monthEndsAndYearEndsCountByTheCalendar() {
        let counter = CoolingOff(start: day(2026, 12, 25), periodDays: 56)
        let reading = counter.reading(today: day(2027, 3, 1), calendar: london)
        #expect(reading.day == 66)
        #expect(reading.summary == "day 66 · past the 8 weeks you chose")
        #expect(reading.reached == [7, 14, 28, 56])
        #expect(CoolingOff(start: day(2028, 2, 28), periodDays: 7).reading(today: day(2028, 3, 1), calendar: london).day == 2)
    }

    @Test func periodsParseAndReadBack() {
        #expect(Period.days(parsing: "6w") == 42)
        #expect(Period.days(parsing: "45d") == 45)
        #expect(Period.days(parsing: "2m") == 60)
        #expect(Period.days(parsing: "0w") == nil)
        #expect(Period.days(parsing: "six weeks") == nil)
        #expect(Period.days(parsing: "200w") == nil)
        #expect(Period.describe(days: 42) == "6 weeks")
        #expect(Period.describe(days: 7) == "1 week")
        #expect(Period.describe(days: 60) == "2 months")
        #expect(Period.describe(days: 45) == "45 days")
    }

    @Test func aDraftGetsANightBeforeItReadsReady() {
        let written = Date(timeIntervalSince1970: 1_764_000_000)
        #expect(DraftAge(writtenAt: written, now: written.addingTimeInterval(30)).status == "written just now · give it a night")
        #expect(DraftAge(writtenAt: written, now: written.addingTimeInterval(3 * 3600 + 59)).written == "written 3 hours ago")
        #expect(!DraftAge(writtenAt: written, now: written.addingTimeInterval(DraftAge.restSeconds - 1)).hasRested)
        let rested = DraftAge(writtenAt: written, now: written.addingTimeInterval(DraftAge.restSeconds))
        #expect(rested.hasRested)
        #expect(rested.written == "written 1 day ago")
        // A clock that went backwards never makes a draft older than it is.
        #expect(DraftAge(writtenAt: written, now: written.addingTimeInterval(-600)).written == "written just now")
    }

    @Test func goalDatesReadRelativeToToday() {
        let today = day(2026, 12, 30)
        #expect(RelativeDay.describe(day(2027, 1, 4), today: today, calendar: london) == "in 5 days")
        #expect(RelativeDay.describe(day(2026, 12, 27), today: today, calendar: london) == "3 days ago")
        #expect(RelativeDay.describe(today, today: today, calendar: london) == "today")
        #expect(RelativeDay.describe(day(2026, 12, 31), today: today, calendar: london) == "tomorrow")
        #expect(RelativeDay.describe(day(2026, 12, 29), today: today, calendar: london) == "yesterday")
    }

    @Test func winsCountPerWeekWithoutStreaks() {
        // Monday 28 December 2026 starts the week that holds New Year's Day.
        let weeks = WinsByWeek.count([day(2026, 12, 28), day(2027, 1, 1), day(2027, 1, 3), day(2026, 12, 20)], calendar: london)
        #expect(weeks.map(\.weekStart) == [day(2026, 12, 28), day(2026, 12, 14)])
        #expect(weeks.map(\.wins) == [3, 1])
    }
}
