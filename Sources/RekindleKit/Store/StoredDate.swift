import Foundation
import GRDB

/// Dates as GRDB stores them ("2025-01-03 18:30:05.250", UTC), read with integer arithmetic: GRDB's
/// own reading goes through Foundation's calendar, 3,000 instructions a date, and a year of ticks
/// is read at every start. Any other spelling is left to GRDB. `text(of:)` writes that form: GRDB's
/// DateFormatter cost its first date 2 M instructions (an ICU formatter), a ninth of `rekindle tick`.
enum StoredDate {
    /// The text GRDB stores for `date`, to the character: the milliseconds since 1970 as its
    /// formatter computes them (the Double `(t + 978_307_200) * 1000`, to the nearest, halves up).
    static func text(of date: Date) -> String {
        let milliseconds = Int64(((date.timeIntervalSinceReferenceDate + 978_307_200) * 1000 + 0.5).rounded(.down))
        let (days, inDay) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        let (day, millisecond) = inDay < 0 ? (Int(days) - 1, Int(inDay) + 86_400_000) : (Int(days), Int(inDay))
        let (year, month, dayOfMonth) = civil(fromDaysSince1970: day)
        var bytes = [UInt8](repeating: 0, count: 23)
        func put(_ value: Int, at start: Int, digits: Int) {
            var value = value
            for offset in (start..<start + digits).reversed() {
                bytes[offset] = UInt8(0x30 + value % 10)
                value /= 10
            }
        }
        put(year, at: 0, digits: 4); put(month, at: 5, digits: 2); put(dayOfMonth, at: 8, digits: 2)
        put(millisecond / 3_600_000, at: 11, digits: 2); put(millisecond / 60_000 % 60, at: 14, digits: 2)
        put(millisecond / 1000 % 60, at: 17, digits: 2); put(millisecond % 1000, at: 20, digits: 3)
        (bytes[4], bytes[7], bytes[10], bytes[13], bytes[16], bytes[19]) = (0x2D, 0x2D, 0x20, 0x3A, 0x3A, 0x2E)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Year, month and day of a day counted from 1970-01-01 (proleptic Gregorian; the
    /// civil-from-days algorithm, years counted from March so the leap day ends a year).
    private static func civil(fromDaysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The date in column `index` of `row`, or nil when it is NULL.
    static func date(_ row: Row, _ index: Int) -> Date? {
        // Read as text (SQLite spells a number as text too); what is not in the stored form is GRDB's.
        guard let text: String = row[index] else { return nil }
        return parse(text) ?? row[index]
    }

    /// "YYYY-MM-DD HH:MM:SS.SSS" exactly, in UTC; nil for anything else.
    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 23, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x20, bytes[13] == 0x3A,
                  bytes[16] == 0x3A, bytes[19] == 0x2E else { return nil }
            func number(at start: Int, digits: Int) -> Int? {
                var value = 0
                for offset in start..<start + digits {
                    let digit = Int(bytes[offset]) &- 0x30
                    guard digit >= 0 && digit <= 9 else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(at: 0, digits: 4), let month = number(at: 5, digits: 2),
                  let day = number(at: 8, digits: 2), let hour = number(at: 11, digits: 2),
                  let minute = number(at: 14, digits: 2), let second = number(at: 17, digits: 2),
                  let millisecond = number(at: 20, digits: 3), (1...12).contains(month),
                  (1...daysIn(month, of: year)).contains(day), hour < 24, minute < 60, second < 60 else { return nil }
            let seconds = (daysSince1970(year: year, month: month, day: day) * 24 + hour) * 3600 + minute * 60 + second
            // Summed as Foundation's calendar sums it (whole seconds since 2001, then the fraction), so
            // the date is the very Double GRDB's reading gives.
            return Date(timeIntervalSinceReferenceDate: Double(seconds - 978_307_200) + Double(millisecond * 1_000_000) / 1e9)
        }
    }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (the civil-from-days algorithm, run
    /// backwards: years counted from March, so the leap day ends a year).
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
