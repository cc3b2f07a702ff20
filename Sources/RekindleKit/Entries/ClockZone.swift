import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How far the person's wall clock stands from UTC at an instant: all a local calendar needs of
/// a time zone (`LocalCalendar` does the day arithmetic itself).
public enum ClockZone: Sendable, Equatable {
    /// The system's zone (`TZ`, else /etc/localtime), as the C library reads it. Foundation's
    /// `TimeZone` answers the same question through ICU, whose code and data took 1.4 MB of the
    /// app's memory for naming the journal's days (issue 15).
    case system
    /// A zone chosen by name: tests, which never depend on the machine's zone.
    case named(TimeZone)

    /// Seconds east of UTC at `instant`.
    public func secondsFromUTC(at instant: Date) -> Int {
        switch self {
        case .system:
            var time = time_t(instant.timeIntervalSince1970.rounded(.down))
            var parts = tm()
            guard localtime_r(&time, &parts) != nil else { return 0 }
            return Int(parts.tm_gmtoff)
        case .named(let zone):
            return zone.secondsFromGMT(for: instant)
        }
    }
}
