import Foundation
import RekindleKit

/// The time and the calendar commands about dated entries use: the wall clock in the zone `TZ`
/// names (else the system's). `REKINDLE_NOW` (an instant in UTC ISO 8601, such as
/// `2026-11-30T21:15:00Z`) stands in for the wall clock, so tests never depend on when they run.
enum CommandClock {
    static func now() throws -> Date {
        guard let fixed = ProcessEnvironment.current["REKINDLE_NOW"], !fixed.isEmpty else { return Date() }
        guard let instant = DateInput.utcInstant(fixed) else {
            throw CLIFailure(message: "REKINDLE_NOW='\(fixed)' is not an instant — write it in UTC as YYYY-MM-DDTHH:MM:SSZ, for example 2026-11-30T21:15:00Z, or unset it")
        }
        return instant
    }

    static var calendar: LocalCalendar { LocalCalendar() }

    /// A typed date and time (`--at`, `--since`) in local time; `dateOnly` says what a date alone means.
    static func instant(_ text: String, option: String, dateOnly: (LocalCalendar, LocalDay) -> Date) throws -> Date {
        let calendar = calendar
        do {
            return try DateInput.instant(text, calendar: calendar) { dateOnly(calendar, $0) }
        } catch {
            throw CLIFailure(message: "\(option): \(error.description)")
        }
    }
}
