import Foundation

/// How far a day is from today, in words: "today", "tomorrow", "in 5 days", "yesterday",
/// "3 days ago". Used for goals' target dates; counted by the local calendar.
public enum RelativeDay {
    public static func describe(_ day: LocalDay, today: LocalDay, calendar: LocalCalendar) -> String {
        let days = calendar.days(from: today, to: day)
        switch days {
        case 0: return "today"
        case 1: return "tomorrow"
        case -1: return "yesterday"
        case 2...: return "in \(days) days"
        default: return "\(-days) days ago"
        }
    }
}

/// The age of a draft, and whether it has had a night: until a day has passed since it was
/// written it reads "give it a night" rather than "ready".
public struct DraftAge: Equatable, Sendable {
    public var written: String
    public var hasRested: Bool

    public static let restSeconds: TimeInterval = 24 * 60 * 60

    public init(writtenAt: Date, now: Date) {
        let seconds = max(0, now.timeIntervalSince(writtenAt))
        hasRested = seconds >= Self.restSeconds
        written = "written " + Self.ago(seconds)
    }

    /// "just now", "5 minutes ago", "3 hours ago", "2 days ago".
    static func ago(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60), hours = minutes / 60, days = hours / 24
        func plural(_ n: Int, _ unit: String) -> String { "\(n) \(unit)\(n == 1 ? "" : "s") ago" }
        if minutes < 1 { return "just now" }
        if hours < 1 { return plural(minutes, "minute") }
        if days < 1 { return plural(hours, "hour") }
        return plural(days, "day")
    }

    /// What the drawer shows beside the draft.
    public var status: String { hasRested ? "\(written) · ready to reread" : "\(written) · give it a night" }
}

/// Wins counted per week (Monday to Sunday, local), newest week first; weeks without a win are
/// simply not listed — there are no streaks to break.
public enum WinsByWeek {
    public static func count(_ days: [LocalDay], calendar: LocalCalendar) -> [(weekStart: LocalDay, wins: Int)] {
        var counts: [LocalDay: Int] = [:]
        for day in days {
            let monday = calendar.adding(days: 1 - calendar.weekday(of: day), to: day)
            counts[monday, default: 0] += 1
        }
        return counts.sorted { $0.key > $1.key }.map { (weekStart: $0.key, wins: $0.value) }
    }
}
