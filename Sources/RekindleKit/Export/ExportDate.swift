import Foundation

/// Instants in exports, to the millisecond: the store keeps dates to the millisecond, so this is
/// exactly what the database holds (JSONEncoder's `.iso8601` drops the fraction). Conversions go
/// through whole milliseconds, never through a formatter that truncates a binary fraction
/// (0.123 is stored as 0.12299…), so export → import → export gives the same text.
public enum ExportDate {
    /// A date's whole milliseconds since 1970, rounded.
    public static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    public static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// "2025-01-01T00:00:00.000Z".
    public static func jsonString(_ date: Date) -> String {
        let (fields, millis) = utc(milliseconds(date))
        return fields.map { String(format: "%04d-%02d-%02dT%02d:%02d:%02d", $0.year, $0.month, $0.day, $0.hour, $0.minute, $0.second) }
            .map { $0 + String(format: ".%03dZ", millis) } ?? "1970-01-01T00:00:00.000Z"
    }

    /// GRDB's stored form, "2025-01-01 00:00:00.000", for writing a date exactly.
    static func databaseString(_ date: Date) -> String {
        let (fields, millis) = utc(milliseconds(date))
        return fields.map { String(format: "%04d-%02d-%02d %02d:%02d:%02d.%03d", $0.year, $0.month, $0.day, $0.hour, $0.minute, $0.second, millis) }
            ?? "1970-01-01 00:00:00.000"
    }

    /// Reads "YYYY-MM-DDTHH:MM:SS[.fff]Z" (one to three fraction digits, as older exports and
    /// people typing dates write them). Nil for anything else.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let separators: [(Int, Character)] = [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":")]
        guard separators.allSatisfy({ Character(UnicodeScalar(bytes[$0.0])) == $0.1 }),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var millis = 0
        let fraction = bytes.count - 1 - 19
        if fraction > 0 {
            guard bytes[19] == UInt8(ascii: "."), (2...4).contains(fraction), let digits = number(20..<(bytes.count - 1)) else { return nil }
            millis = digits * [1, 100, 10, 1][fraction - 1]
        }
        var fields = tm()
        fields.tm_year = Int32(year - 1900)
        fields.tm_mon = Int32(month - 1)
        fields.tm_mday = Int32(day)
        fields.tm_hour = Int32(hour)
        fields.tm_min = Int32(minute)
        fields.tm_sec = Int32(second)
        let seconds = timegm(&fields)
        // timegm normalises 31 February into March: a date that moved was not a real one.
        guard fields.tm_mday == Int32(day), fields.tm_mon == Int32(month - 1) else { return nil }
        return date(milliseconds: Int64(seconds) * 1000 + Int64(millis))
    }

    private struct Fields { var year, month, day, hour, minute, second: Int }

    private static func utc(_ milliseconds: Int64) -> (Fields?, Int) {
        var seconds = time_t(milliseconds.quotientAndRemainder(dividingBy: 1000).quotient)
        var millis = Int(milliseconds % 1000)
        if millis < 0 { millis += 1000; seconds -= 1 }
        var fields = tm()
        guard gmtime_r(&seconds, &fields) != nil else { return (nil, 0) }
        return (Fields(year: Int(fields.tm_year) + 1900, month: Int(fields.tm_mon) + 1, day: Int(fields.tm_mday),
                       hour: Int(fields.tm_hour), minute: Int(fields.tm_min), second: Int(fields.tm_sec)), millis)
    }
}
