import Foundation

/// The cooling-off counter of "Give It Time": days since the breakup or the last contact, against
/// a period the person chose. A contact that happens starts a new stretch; every earlier stretch,
/// and the longest, stays. Counted in local calendar days, so DST changes move nothing.
public struct CoolingOff: Equatable, Sendable {
    /// The day the first stretch starts: the last contact if given, else the breakup.
    public var start: LocalDay
    /// The period the person chose, in days (the guide says "a few weeks to a few months").
    public var periodDays: Int
    /// Days of contacts logged since `start`, in any order.
    public var contacts: [LocalDay]

    public init(start: LocalDay, periodDays: Int, contacts: [LocalDay] = []) {
        self.start = start
        self.periodDays = periodDays
        self.contacts = contacts
    }

    /// Quiet milestones, in days: 1, 2, 4, 8 and 12 weeks.
    public static let milestoneDays = [7, 14, 28, 56, 84]

    /// Where the counter stands on `today`.
    public func reading(today: LocalDay, calendar: LocalCalendar) -> Reading {
        let starts = ([start] + contacts.filter { $0 >= start && $0 <= today }).sorted()
        let currentStart = starts.last ?? start
        var longest = 0
        for (from, to) in zip(starts, starts.dropFirst()) {
            longest = max(longest, calendar.days(from: from, to: to))
        }
        let day = max(0, calendar.days(from: currentStart, to: today))
        return Reading(day: day, periodDays: periodDays, longest: max(longest, day), stretches: starts.count,
                       reached: Self.milestoneDays.filter { $0 <= day },
                       // Milestones past the period the person chose are not held up as the next one.
                       next: Self.milestoneDays.first { $0 > day && $0 <= periodDays })
    }

    public struct Reading: Equatable, Sendable {
        /// Days since the current stretch began (0 on the day it began).
        public var day: Int
        public var periodDays: Int
        /// The longest stretch so far, the current one included.
        public var longest: Int
        /// How many stretches there have been (1 before any logged contact).
        public var stretches: Int
        public var reached: [Int]
        public var next: Int?

        /// "day 23 of about 6 weeks"; on the day a stretch begins, "a new stretch begins today".
        public var summary: String {
            if day == 0 { return "a new stretch begins today · about \(Period.describe(days: periodDays))" }
            if day > periodDays { return "day \(day) · past the \(Period.describe(days: periodDays)) you chose" }
            return "day \(day) of about \(Period.describe(days: periodDays))"
        }
    }
}

/// A length of time as the person types it (`6w`, `45d`, `2m`) and as rekindle says it.
public enum Period {
    /// `6w` weeks, `45d` days, `2m` months (of 30 days: the counter counts days); 1 day to 2 years.
    public static func days(parsing text: String) -> Int? {
        guard let unit = text.last, let count = Int(text.dropLast()), count > 0 else { return nil }
        let days: Int
        switch unit {
        case "d": days = count
        case "w": days = count * 7
        case "m": days = count * 30
        default: return nil
        }
        return days <= 730 ? days : nil
    }

    /// "6 weeks", "45 days", "1 week", "2 months" (whole months of 30 days only).
    public static func describe(days: Int) -> String {
        if days % 30 == 0, days >= 60 { return "\(days / 30) months" }
        if days % 7 == 0 { return days == 7 ? "1 week" : "\(days / 7) weeks" }
        return days == 1 ? "1 day" : "\(days) days"
    }
}
