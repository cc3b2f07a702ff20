import Foundation
import Testing
@testable import RekindleKit

/// Days by the local calendar: DST changes (23- and 25-hour days), year boundaries, month-end
/// clamping, and the names the journal and `rekindle today` give them. Zones are chosen, never
/// the machine's.
@Suite struct LocalCalendarTests {
    static let london = LocalCalendar(timeZone: TimeZone(identifier: "Europe/London")!)
    static let newYork = LocalCalendar(timeZone: TimeZone(identifier: "America/New_York")!)

    /// An instant written as UTC.
    static func utc(_ text: String) -> Date { DateInput.utcInstant(text)! }

    @Test func aDayIsTheLocalDateNotTheUTCOne() {
        // 03:30 UTC on 1 December is still 30 November in New York.
        #expect(Self.newYork.day(of: Self.utc("2026-12-01T03:30:00Z")) == LocalDay(year: 2026, month: 11, day: 30))
        #expect(Self.london.day(of: Self.utc("2026-12-01T03:30:00Z")) == LocalDay(year: 2026, month: 12, day: 1))
    }

    @Test func theDaysAroundTheSpringChangeInLondonHave23Hours() {
        let sunday = LocalDay(year: 2026, month: 3, day: 29)
        let start = Self.london.start(of: sunday)
        let next = Self.london.start(of: Self.london.adding(days: 1, to: sunday))
        #expect(start == Self.utc("2026-03-29T00:00:00Z"))
        #expect(next.timeIntervalSince(start) == 23 * 3600)
        // Just before the next midnight (23:59 BST, 22:59 UTC) is still Sunday.
        #expect(Self.london.day(of: Self.utc("2026-03-29T22:59:00Z")) == sunday)
        #expect(Self.london.day(of: Self.utc("2026-03-29T23:00:00Z")) == LocalDay(year: 2026, month: 3, day: 30))
        #expect(Self.london.days(from: LocalDay(year: 2026, month: 3, day: 28), to: LocalDay(year: 2026, month: 3, day: 30)) == 2)
    }

    @Test func theAutumnChangeInNewYorkMakesA25HourDay() {
        let sunday = LocalDay(year: 2026, month: 11, day: 1)
        let start = Self.newYork.start(of: sunday)
        let next = Self.newYork.start(of: Self.newYork.adding(days: 1, to: sunday))
        #expect(start == Self.utc("2026-11-01T04:00:00Z"))
        #expect(next.timeIntervalSince(start) == 25 * 3600)
        #expect(Self.newYork.day(of: Self.utc("2026-11-02T04:59:00Z")) == sunday)
        #expect(Self.newYork.time(of: Self.utc("2026-11-02T04:59:00Z")) == (23, 59))
    }

    @Test func aWallClockTimeTheSpringChangeSkipsMovesForward() {
        // 01:30 does not exist in London on 29 March 2026: clocks go from 01:00 GMT to 02:00 BST.
        let skipped = Self.london.instant(on: LocalDay(year: 2026, month: 3, day: 29), hour: 1, minute: 30)
        #expect(Self.london.day(of: skipped) == LocalDay(year: 2026, month: 3, day: 29))
        #expect(skipped >= Self.utc("2026-03-29T01:00:00Z") && skipped <= Self.utc("2026-03-29T01:30:00Z"))
        // New York, 8 March 2026, 02:30 does not exist either.
        let nySkipped = Self.newYork.instant(on: LocalDay(year: 2026, month: 3, day: 8), hour: 2, minute: 30)
        #expect(Self.newYork.day(of: nySkipped) == LocalDay(year: 2026, month: 3, day: 8))
        #expect(Self.newYork.time(of: nySkipped).hour == 3)
    }

    @Test func wallClockTimesEitherSideOfAChangeAreExact() {
        let summer = Self.london.instant(on: LocalDay(year: 2026, month: 3, day: 29), hour: 21, minute: 15)
        #expect(summer == Self.utc("2026-03-29T20:15:00Z"))
        let winter = Self.london.instant(on: LocalDay(year: 2026, month: 3, day: 28), hour: 21, minute: 15)
        #expect(winter == Self.utc("2026-03-28T21:15:00Z"))
        #expect(Self.london.clockTime(of: summer) == "21:15")
        #expect(Self.newYork.clockTime(of: Self.utc("2026-11-30T14:05:00Z")) == "09:05")
    }

    @Test func theYearBoundary() {
        let newYearsEve = LocalDay(year: 2026, month: 12, day: 31)
        #expect(Self.london.adding(days: 1, to: newYearsEve) == LocalDay(year: 2027, month: 1, day: 1))
        #expect(Self.london.adding(days: -1, to: LocalDay(year: 2027, month: 1, day: 1)) == newYearsEve)
        #expect(Self.london.days(from: newYearsEve, to: LocalDay(year: 2027, month: 1, day: 2)) == 2)
        // 04:30 UTC on 1 January is still New Year's Eve in New York.
        #expect(Self.newYork.day(of: Self.utc("2027-01-01T04:30:00Z")) == newYearsEve)
        #expect(Self.london.adding(years: -1, to: LocalDay(year: 2027, month: 1, day: 5)) == LocalDay(year: 2026, month: 1, day: 5))
    }

    @Test func monthEndsClamp() {
        #expect(Self.london.adding(months: -1, to: LocalDay(year: 2026, month: 3, day: 31)) == LocalDay(year: 2026, month: 2, day: 28))
        #expect(Self.london.adding(months: -1, to: LocalDay(year: 2028, month: 3, day: 31)) == LocalDay(year: 2028, month: 2, day: 29))
        #expect(Self.london.adding(months: 1, to: LocalDay(year: 2026, month: 1, day: 31)) == LocalDay(year: 2026, month: 2, day: 28))
        #expect(Self.london.adding(years: -1, to: LocalDay(year: 2028, month: 2, day: 29)) == LocalDay(year: 2027, month: 2, day: 28))
        #expect(Self.london.adding(months: -1, to: LocalDay(year: 2027, month: 1, day: 15)) == LocalDay(year: 2026, month: 12, day: 15))
        #expect(Self.london.adding(months: -25, to: LocalDay(year: 2028, month: 3, day: 31)) == LocalDay(year: 2026, month: 2, day: 28))
        #expect(Self.london.adding(days: 1, months: 1, to: LocalDay(year: 2026, month: 1, day: 31)) == LocalDay(year: 2026, month: 3, day: 1))
    }

    @Test func weekdays() {
        #expect(Self.london.weekday(of: LocalDay(year: 2026, month: 11, day: 30)) == 1) // Monday
        #expect(Self.london.weekday(of: LocalDay(year: 2026, month: 11, day: 29)) == 7) // Sunday
        #expect(Self.newYork.weekday(of: LocalDay(year: 2027, month: 1, day: 1)) == 5) // Friday
    }

    @Test func validDays() {
        #expect(Self.london.isValid(LocalDay(year: 2028, month: 2, day: 29)))
        #expect(!Self.london.isValid(LocalDay(year: 2027, month: 2, day: 29)))
        #expect(!Self.london.isValid(LocalDay(year: 2026, month: 4, day: 31)))
        #expect(!Self.london.isValid(LocalDay(year: 2026, month: 13, day: 1)))
        #expect(!Self.london.isValid(LocalDay(year: 2026, month: 0, day: 1)))
        #expect(!Self.london.isValid(LocalDay(year: 2026, month: 1, day: 0)))
    }
}

@Suite struct DayNameTests {
    let calendar = LocalCalendarTests.london
    let today = LocalDay(year: 2026, month: 12, day: 1)

    @Test func todayYesterdayAndWeekdayNames() {
        #expect(DayName.name(of: today, today: today, calendar: calendar) == "Today")
        #expect(DayName.name(of: LocalDay(year: 2026, month: 11, day: 30), today: today, calendar: calendar) == "Yesterday")
        #expect(DayName.name(of: LocalDay(year: 2026, month: 11, day: 23), today: today, calendar: calendar) == "Monday 23 November")
    }

    @Test func anotherYearIsNamed() {
        let newYear = LocalDay(year: 2027, month: 1, day: 1)
        #expect(DayName.name(of: LocalDay(year: 2026, month: 12, day: 31), today: newYear, calendar: calendar) == "Yesterday")
        #expect(DayName.name(of: LocalDay(year: 2026, month: 12, day: 30), today: newYear, calendar: calendar) == "Wednesday 30 December 2026")
        #expect(DayName.full(LocalDay(year: 2026, month: 11, day: 30), calendar: calendar) == "Monday 30 November 2026")
    }

    @Test func yesterdayAcrossADSTChange() {
        // Monday 30 March 2026 after London's spring change: Sunday is still "Yesterday".
        let monday = LocalDay(year: 2026, month: 3, day: 30)
        let sundayNight = calendar.day(of: LocalCalendarTests.utc("2026-03-29T22:30:00Z"))
        #expect(DayName.name(of: sundayNight, today: monday, calendar: calendar) == "Yesterday")
    }

    @Test func aFutureDayIsNamedByItsDate() {
        #expect(DayName.name(of: LocalDay(year: 2026, month: 12, day: 2), today: today, calendar: calendar) == "Wednesday 2 December")
    }
}

@Suite struct DateInputTests {
    let london = LocalCalendarTests.london

    @Test func dayAndTime() throws {
        let parsed = try DateInput.parse("2026-11-30 21:15", calendar: london)
        #expect(parsed.day == LocalDay(year: 2026, month: 11, day: 30))
        #expect(parsed.time?.hour == 21 && parsed.time?.minute == 15)
        #expect(try DateInput.parse("2026-11-30T07:05", calendar: london).time?.minute == 5)
        #expect(try DateInput.parse("2026-11-30", calendar: london).time == nil)
    }

    @Test(arguments: ["", "2026-11-3", "2026-13-01", "2026-02-30", "2026-11-30 24:00", "2026-11-30 21:60",
                      "30/11/2026", "2026-11-30 9:15", "2026-11-30  21:15", "tomorrow", "２０２６-11-30", "2026-11-30 21:15:00"])
    func refused(_ text: String) {
        #expect(throws: DateInput.Failure.self) { try DateInput.parse(text, calendar: london) }
    }

    @Test func theMessageSaysWhatToWrite() {
        #expect(DateInput.Failure(text: "soon").description.contains("YYYY-MM-DD HH:MM"))
    }

    @Test func instantsInLocalTimeAcrossDST() throws {
        let noon: (LocalDay) -> Date = { london.instant(on: $0, hour: 12, minute: 0) }
        #expect(try DateInput.instant("2026-03-29 21:15", calendar: london, dateOnly: noon) == LocalCalendarTests.utc("2026-03-29T20:15:00Z"))
        #expect(try DateInput.instant("2026-03-28", calendar: london, dateOnly: noon) == LocalCalendarTests.utc("2026-03-28T12:00:00Z"))
    }

    @Test func utcInstants() {
        #expect(DateInput.utcInstant("2026-11-30T21:15:07Z") == Date(timeIntervalSince1970: 1_796_073_307))
        #expect(DateInput.utcInstant("2026-11-30T21:15:07") == nil)
        #expect(DateInput.utcInstant("2026-11-30 21:15:07Z") == nil)
        #expect(DateInput.utcInstant("2026-11-30T21:15:60Z") == nil)
    }
}
