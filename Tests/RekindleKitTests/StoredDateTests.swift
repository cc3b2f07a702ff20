import Foundation
import GRDB
import PropertyBased
import Testing
@testable import RekindleKit

/// Dates read by hand must be the dates GRDB reads, to the millisecond, across leap years, century
/// years and the ends of years; anything not in GRDB's stored form is left to GRDB.
@Suite struct StoredDateTests {
    // 1600 to 2400 in milliseconds: leap days, 1900 and 2100 (not leap) and 2000 (leap).
    static let milliseconds = Gen.int(in: -11_676_096_000_000...13_569_465_600_000)

    @Test func aStoredDateReadsAsGRDBReadsIt() async {
        await propertyCheck(count: 2000, input: Self.milliseconds) { millisecond in
            let date = Date(timeIntervalSince1970: Double(millisecond) / 1000)
            guard case .string(let text) = date.databaseValue.storage else {
                Issue.record("GRDB stored \(date) as \(date.databaseValue)")
                return
            }
            #expect(StoredDate.parse(text) == Date.fromDatabaseValue(date.databaseValue), "\(text)")
        }
    }

    /// What rekindle writes is what GRDB would have written, including fractions of a millisecond
    /// and dates before 1970.
    @Test func aDateIsWrittenAsGRDBWritesIt() async {
        await propertyCheck(count: 2000, input: Gen.int(in: -11_676_096_000_000_000...13_569_465_600_000_000)) { microsecond in
            let date = Date(timeIntervalSince1970: Double(microsecond) / 1_000_000)
            #expect(StoredDate.text(of: date).databaseValue == date.databaseValue, "\(date.timeIntervalSince1970)")
        }
        for date in [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.0005), Date(timeIntervalSinceReferenceDate: 0),
                     Date(timeIntervalSince1970: 951_782_400), Date(timeIntervalSince1970: 1_709_251_199.9999)] {
            #expect(StoredDate.text(of: date).databaseValue == date.databaseValue, "\(date.timeIntervalSince1970)")
        }
    }

    @Test(arguments: ["2024-02-29 23:59:59.999", "2000-02-29 00:00:00.000", "1999-12-31 23:59:59.000", "2026-01-01 00:00:00.001"])
    func edgesOfYearsAndLeapDays(_ text: String) {
        #expect(StoredDate.parse(text) == Date.fromDatabaseValue(text.databaseValue))
    }

    @Test(arguments: ["2023-02-29 00:00:00.000", "2025-13-01 00:00:00.000", "2025-01-01 24:00:00.000", "2025-01-01T00:00:00.000",
                      "2025-01-01 00:00:00", "2025-01-01", "2025-1-01 00:00:00.0000", "２０２５-01-01 00:00:00.000", ""])
    func otherSpellingsAreLeftToGRDB(_ text: String) {
        #expect(StoredDate.parse(text) == nil)
    }
}
