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
/// by the calendar, never as multiples of 86,400 seconds, so a DST change (a 23- or 25-hour day)
/// moves no entry to the wrong day.
public struct LocalCalendar: Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar

    public init(timeZone: TimeZone = .current) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    public func day(of instant: Date) -> LocalDay {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return LocalDay(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// The first instant of `day` (midnight, or the first hour that exists where a DST change
    /// skips midnight).
    public func start(of day: LocalDay) -> Date {
        calendar.startOfDay(for: noon(of: day))
    }

    /// The instant of a wall-clock time on `day`; a time that a DST change skips moves forward.
    public func instant(on day: LocalDay, hour: Int, minute: Int) -> Date {
        let parts = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
        return calendar.date(from: parts) ?? noon(of: day)
    }

    /// Whole calendar days from `a` to `b` (positive when `b` is later).
    public func days(from a: LocalDay, to b: LocalDay) -> Int {
        calendar.dateComponents([.day], from: noon(of: a), to: noon(of: b)).day ?? 0
    }

    /// `day` moved by whole days, months or years; a month end that doesn't exist in the target
    /// month clamps to its last day (31 March minus a month is 28 or 29 February).
    public func adding(days: Int = 0, months: Int = 0, years: Int = 0, to day: LocalDay) -> LocalDay {
        let moved = calendar.date(byAdding: DateComponents(year: years, month: months, day: days), to: noon(of: day))
        return moved.map { self.day(of: $0) } ?? day
    }

    /// The wall-clock hour and minute of an instant.
    public func time(of instant: Date) -> (hour: Int, minute: Int) {
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return (parts.hour ?? 0, parts.minute ?? 0)
    }

    /// `21:05`: the wall-clock time of an instant, 24-hour.
    public func clockTime(of instant: Date) -> String {
        let (hour, minute) = time(of: instant)
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// Whether `day` exists on this calendar (no 31 April, no 29 February 2027).
    public func isValid(_ day: LocalDay) -> Bool {
        guard (1...12).contains(day.month), day.day >= 1, (1...9999).contains(day.year) else { return false }
        return self.day(of: noon(of: day)) == day
    }

    /// Monday is 1 … Sunday is 7.
    public func weekday(of day: LocalDay) -> Int {
        let sundayFirst = calendar.component(.weekday, from: noon(of: day))
        return (sundayFirst + 5) % 7 + 1
    }

    /// Noon never falls in a DST gap, so it names the day safely.
    private func noon(of day: LocalDay) -> Date {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))!
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
