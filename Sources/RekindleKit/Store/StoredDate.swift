import Foundation
import GRDB

/// Dates as GRDB stores them ("2025-01-03 18:30:05.250", UTC), read with integer arithmetic: GRDB's
/// own reading goes through Foundation's calendar, 3,000 instructions a date, and a year of ticks
/// is read at every start. Any other spelling is left to GRDB.
enum StoredDate {
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
