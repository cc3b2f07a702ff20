import Foundation

/// Dates as people type them on the command line (`rekindle log --at`, `entries --since`), read by
/// hand: `2026-11-30` or `2026-11-30 21:15` (also `2026-11-30T21:15`), in local time. No locale,
/// no ICU date parsing.
public enum DateInput {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var text: String
        public var description: String {
            "'\(text)' is not a date and time rekindle reads — write YYYY-MM-DD or YYYY-MM-DD HH:MM in local time, for example 2026-11-30 21:15"
        }
    }

    /// The day, and the time when one was given.
    public static func parse(_ text: String, calendar: LocalCalendar) throws(Failure) -> (day: LocalDay, time: (hour: Int, minute: Int)?) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 || bytes.count == 16,
              let year = number(bytes, 0, 4), bytes[4] == UInt8(ascii: "-"),
              let month = number(bytes, 5, 2), bytes[7] == UInt8(ascii: "-"), let dayNumber = number(bytes, 8, 2)
        else { throw Failure(text: text) }
        let day = LocalDay(year: year, month: month, day: dayNumber)
        guard calendar.isValid(day) else { throw Failure(text: text) }
        guard bytes.count == 16 else { return (day, nil) }
        guard bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"),
              let hour = number(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"), let minute = number(bytes, 14, 2),
              hour < 24, minute < 60
        else { throw Failure(text: text) }
        return (day, (hour, minute))
    }

    /// The instant a typed date names: its time, else `dateOnly` (such as noon, or the day's
    /// start). A time a DST change skips moves forward; one it repeats is the first of the two.
    public static func instant(_ text: String, calendar: LocalCalendar,
                               dateOnly: (LocalDay) -> Date) throws(Failure) -> Date {
        let (day, time) = try parse(text, calendar: calendar)
        guard let time else { return dateOnly(day) }
        return calendar.instant(on: day, hour: time.hour, minute: time.minute)
    }

    /// An instant written as UTC ISO 8601, `2026-11-30T21:15:00Z` (what `REKINDLE_NOW` holds in tests).
    public static func utcInstant(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
              let seconds = number(bytes, 17, 2), seconds < 60,
              let (day, time) = try? parse(String(decoding: bytes[0..<16], as: UTF8.self), calendar: .utc),
              let time
        else { return nil }
        return LocalCalendar.utc.instant(on: day, hour: time.hour, minute: time.minute).addingTimeInterval(TimeInterval(seconds))
    }

    /// The decimal number in `count` ASCII digits at `start`, or nil.
    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<start + count] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

extension LocalCalendar {
    /// The calendar in UTC.
    public static let utc = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)
}
