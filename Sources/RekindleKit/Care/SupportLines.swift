import Foundation

/// The free, confidential lines and emergency numbers `rekindle support` shows, read from the
/// data file `Content/support/lines.txt` (see `SupportLinesParser` for the format).
///
/// Every entry carries where it was checked and when, so the screen can say "checked 2026-12"
/// and `rekindle doctor` can warn once the list is old.
public struct SupportLines: Equatable, Sendable {
    public var emergencyNumbers: [EmergencyNumber] = []
    public var lines: [HelpLine] = []
    public var directories: [OnlineDirectory] = []

    public init(emergencyNumbers: [EmergencyNumber] = [], lines: [HelpLine] = [], directories: [OnlineDirectory] = []) {
        self.emergencyNumbers = emergencyNumbers
        self.lines = lines
        self.directories = directories
    }

    /// Where and when each entry was checked, in file order of kinds.
    public var provenances: [Provenance] {
        emergencyNumbers.map(\.provenance) + lines.map(\.provenance) + directories.map(\.provenance)
    }

    /// The month of the entry checked longest ago; nil for an empty file.
    public var oldestCheck: CheckedMonth? { provenances.map(\.checked).min() }
}

/// The page an entry was checked against, the month it was, and where the entry is in the file.
public struct Provenance: Equatable, Sendable, Codable {
    public var source: String
    public var checked: CheckedMonth
    /// 1-based line of the entry's kind word.
    public var line: Int
}

/// A number to call in danger now, with the countries it serves.
public struct EmergencyNumber: Equatable, Sendable, Codable {
    public var number: String
    public var countries: String
    public var provenance: Provenance
}

/// A national line: call and/or text.
public struct HelpLine: Equatable, Sendable, Codable {
    public var country: String
    public var name: String
    public var call: String?
    public var text: String?
    /// What the source says about cost or confidentiality, when it says more than the name.
    public var note: String?
    public var provenance: Provenance
}

/// Where to look when online, such as a directory of helplines.
public struct OnlineDirectory: Equatable, Sendable, Codable {
    public var name: String
    public var address: String
    public var note: String?
    public var provenance: Provenance
}

/// A calendar month written "YYYY-MM".
public struct CheckedMonth: Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public var description: String { String(format: "%04d-%02d", year, month) }

    /// Whole calendar months from this month to the month of `date` in UTC (0 in the same month).
    public func months(until date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let now = calendar.dateComponents([.year, .month], from: date)
        return (now.year! - year) * 12 + (now.month! - month)
    }

    public static func < (a: CheckedMonth, b: CheckedMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let month = CheckedMonth(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not YYYY-MM: \(text)"))
        }
        self = month
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
