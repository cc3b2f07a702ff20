import Foundation

/// A date on the person's wall calendar, without a time or a zone.
public struct LocalDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: LocalDay, b: LocalDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Reads `2026-11-30` back (the digits only; whether the day exists is the calendar's question).
    public init?(isoDate text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `2026-11-30`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}

/// Day arithmetic on the local calendar, in one time zone that tests can choose. Days are counted
/// by the calendar, never as multiples of 86,400 seconds of real time, so a DST change (a 23- or
/// 25-hour day) moves no entry to the wrong day. The Gregorian arithmetic is done here on day
/// numbers (`LocalDay.daysSince1970`); only the zone's offset at an instant is asked of `zone`.
public struct LocalCalendar: Sendable {
    public let zone: ClockZone

    public init(zone: ClockZone = .system) {
        self.zone = zone
    }

    public init(timeZone: TimeZone) {
        self.init(zone: .named(timeZone))
    }

    public func day(of instant: Date) -> LocalDay {
        LocalDay(daysSince1970: Self.floorDivision(wallSeconds(of: instant), Self.secondsPerDay))
    }

    /// The first instant of `day` (midnight, or the first moment that exists where a DST change
    /// skips midnight).
    public func start(of day: LocalDay) -> Date {
        instant(on: day, hour: 0, minute: 0)
    }

    /// The instant of a wall-clock time on `day`: in an hour a DST change repeats, the first of
    /// the two; a time it skips moves forward by the change.
    public func instant(on day: LocalDay, hour: Int, minute: Int) -> Date {
        let wall = day.daysSince1970 * Self.secondsPerDay + hour * 3600 + minute * 60
        // A zone changes its offset at most once within two days, so the instant is the wall time
        // less the offset of the day before or of the day after.
        let before = zone.secondsFromUTC(at: Date(timeIntervalSince1970: Double(wall - Self.secondsPerDay)))
        let after = zone.secondsFromUTC(at: Date(timeIntervalSince1970: Double(wall + Self.secondsPerDay)))
        let matching = [wall - before, wall - after].filter { wallSeconds(of: Date(timeIntervalSince1970: Double($0))) == wall }
        return Date(timeIntervalSince1970: Double(matching.min() ?? wall - before))
    }

    /// Whole calendar days from `a` to `b` (positive when `b` is later).
    public func days(from a: LocalDay, to b: LocalDay) -> Int {
        b.daysSince1970 - a.daysSince1970
    }

    /// `day` moved by whole years, months, then days; a month end that doesn't exist in the target
    /// month clamps to its last day (31 March minus a month is 28 or 29 February).
    public func adding(days: Int = 0, months: Int = 0, years: Int = 0, to day: LocalDay) -> LocalDay {
        let monthIndex = day.month - 1 + months
        let year = day.year + years + Self.floorDivision(monthIndex, 12)
        let month = Self.floorModulo(monthIndex, 12) + 1
        let moved = LocalDay(year: year, month: month, day: min(day.day, Self.daysIn(month: month, of: year)))
        return LocalDay(daysSince1970: moved.daysSince1970 + days)
    }

    /// The wall-clock hour and minute of an instant.
    public func time(of instant: Date) -> (hour: Int, minute: Int) {
        let seconds = Self.floorModulo(wallSeconds(of: instant), Self.secondsPerDay)
        return (seconds / 3600, seconds % 3600 / 60)
    }

    /// `21:05`: the wall-clock time of an instant, 24-hour.
    public func clockTime(of instant: Date) -> String {
        let (hour, minute) = time(of: instant)
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// Whether `day` exists on this calendar (no 31 April, no 29 February 2027).
    public func isValid(_ day: LocalDay) -> Bool {
        (1...9999).contains(day.year) && (1...12).contains(day.month)
            && (1...Self.daysIn(month: day.month, of: day.year)).contains(day.day)
    }

    /// Monday is 1 … Sunday is 7 (1 January 1970 was a Thursday).
    public func weekday(of day: LocalDay) -> Int {
        Self.floorModulo(day.daysSince1970 + 3, 7) + 1
    }

    static let secondsPerDay = 86_400

    /// Seconds since 1970 on the wall clock: the instant plus the zone's offset at it.
    private func wallSeconds(of instant: Date) -> Int {
        Int(instant.timeIntervalSince1970.rounded(.down)) + zone.secondsFromUTC(at: instant)
    }

    static func daysIn(month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Division rounding toward minus infinity (days before 1970 are negative).
    static func floorDivision(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    /// The remainder that goes with `floorDivision`: from 0 up to `b`, for negative `a` too.
    static func floorModulo(_ a: Int, _ b: Int) -> Int {
        a - floorDivision(a, b) * b
    }
}

extension LocalDay {
    /// Days since 1 January 1970 on the proleptic Gregorian calendar (negative before it),
    /// counting the year from March so that a leap day ends it. A day past its month's end counts
    /// on into the next month.
    public var daysSince1970: Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = LocalCalendar.floorDivision(marchYear, 400)
        let yearOfEra = marchYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `daysSince1970` names.
    public init(daysSince1970 days: Int) {
        let shifted = days + 719_468
        let era = LocalCalendar.floorDivision(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month,
                  day: dayOfYear - (153 * monthFromMarch + 2) / 5 + 1)
    }
}

/// How a day is named on screen and in `rekindle today`: "Today", "Yesterday", "Monday 23 November"
/// (the year is added when it is not this year's).
public enum DayName {
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    public static func name(of day: LocalDay, today: LocalDay, calendar: LocalCalendar) -> String {
        switch calendar.days(from: day, to: today) {
        case 0: return "Today"
        case 1: return "Yesterday"
        default:
            let base = "\(weekdays[calendar.weekday(of: day) - 1]) \(day.day) \(months[day.month - 1])"
            return day.year == today.year ? base : "\(base) \(day.year)"
        }
    }

    /// "Monday 30 November 2026": a day named for good, as in an export read years later.
    public static func full(_ day: LocalDay, calendar: LocalCalendar) -> String {
        "\(weekdays[calendar.weekday(of: day) - 1]) \(day.day) \(months[day.month - 1]) \(day.year)"
    }
}
