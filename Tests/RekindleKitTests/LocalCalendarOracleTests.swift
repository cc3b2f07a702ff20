import Foundation
import Testing
@testable import RekindleKit

/// `LocalCalendar` does its own Gregorian arithmetic and asks its zone only for offsets; Foundation's
/// `Calendar` is the oracle here, in zones with DST changes both ways and one far from UTC.
@Suite struct LocalCalendarOracleTests {
    static let zones = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Pacific/Kiritimati", "UTC"]

    static func gregorian(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    @Test func dayNumbersRoundTripAndCountAsTheCalendarDoes() {
        let utc = Self.gregorian(TimeZone(identifier: "UTC")!)
        let calendar = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)
        // Every 13th day from 1899 to 2101: leap years, century years, the 1970 origin and negatives.
        for number in stride(from: -25_600, through: 48_000, by: 13) {
            let day = LocalDay(daysSince1970: number)
            #expect(day.daysSince1970 == number)
            let parts = utc.dateComponents([.year, .month, .day, .weekday], from: Date(timeIntervalSince1970: Double(number) * 86_400))
            #expect(day == LocalDay(year: parts.year!, month: parts.month!, day: parts.day!))
            #expect(calendar.weekday(of: day) == (parts.weekday! + 5) % 7 + 1)
            #expect(calendar.isValid(day))
        }
    }

    @Test(arguments: zones)
    func daysTimesAndMidnightsMatchFoundationsCalendar(_ name: String) {
        let zone = TimeZone(identifier: name)!
        let oracle = Self.gregorian(zone)
        let calendar = LocalCalendar(timeZone: zone)
        // Every 47 minutes over 2026 and the turn of the year: every DST change, odd minutes too.
        let start = DateInput.utcInstant("2026-01-01T00:00:00Z")!.timeIntervalSince1970
        for seconds in stride(from: start - 86_400 * 3, through: start + 86_400 * 368, by: 47 * 60) {
            let instant = Date(timeIntervalSince1970: seconds)
            let parts = oracle.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
            let day = LocalDay(year: parts.year!, month: parts.month!, day: parts.day!)
            #expect(calendar.day(of: instant) == day)
            #expect(calendar.time(of: instant) == (parts.hour!, parts.minute!))
            #expect(calendar.start(of: day) == oracle.startOfDay(for: instant))
        }
    }

    @Test(arguments: zones)
    func wallClockTimesMatchFoundationsCalendarOnTheDaysOfAChange(_ name: String) {
        let zone = TimeZone(identifier: name)!
        let oracle = Self.gregorian(zone)
        let calendar = LocalCalendar(timeZone: zone)
        let year = LocalDay(year: 2026, month: 1, day: 1)
        for offset in 0..<365 {
            let day = calendar.adding(days: offset, to: year)
            // Only days whose length is not 24 hours: those hold the skipped and repeated times.
            guard calendar.start(of: calendar.adding(days: 1, to: day)).timeIntervalSince(calendar.start(of: day)) != 86_400
            else { continue }
            for minutes in stride(from: 0, to: 24 * 60, by: 15) {
                let wall = DateComponents(year: day.year, month: day.month, day: day.day, hour: minutes / 60, minute: minutes % 60)
                #expect(calendar.instant(on: day, hour: minutes / 60, minute: minutes % 60) == oracle.date(from: wall))
            }
        }
    }

    /// (Foundation's calendar lets 31 March 2028 less 25 months run on into 1 March 2026; the
    /// clamp holds here for any distance, `LocalCalendarTests.monthEndsClamp`.)
    @Test func addingMonthsAndYearsMatchesFoundationsCalendar() {
        let oracle = Self.gregorian(TimeZone(identifier: "UTC")!)
        let calendar = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)
        for number in stride(from: 20_000, through: 21_500, by: 7) {
            let day = LocalDay(daysSince1970: number)
            let noon = Date(timeIntervalSince1970: Double(number) * 86_400 + 43_200)
            for (months, years) in [(-1, 0), (1, 0), (13, 0), (-12, 0), (0, -1), (0, 4)] {
                let moved = oracle.dateComponents([.year, .month, .day],
                                                  from: oracle.date(byAdding: DateComponents(year: years, month: months), to: noon)!)
                #expect(calendar.adding(months: months, years: years, to: day) == LocalDay(year: moved.year!, month: moved.month!, day: moved.day!))
            }
        }
    }

    /// The system's zone is read by the C library (no ICU): it answers as Foundation's current zone.
    @Test func theSystemZoneAnswersAsFoundationsCurrentOne() {
        let start = DateInput.utcInstant("2026-01-01T00:00:00Z")!.timeIntervalSince1970
        for seconds in stride(from: start, through: start + 86_400 * 366, by: 3_600 * 7) {
            let instant = Date(timeIntervalSince1970: seconds)
            #expect(ClockZone.system.secondsFromUTC(at: instant) == TimeZone.current.secondsFromGMT(for: instant))
        }
    }
}
