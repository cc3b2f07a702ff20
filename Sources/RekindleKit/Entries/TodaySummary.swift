import Foundation

/// What `rekindle today` says, for a shell prompt or a login message: when the last entry was
/// and how many this month ("Last entry yesterday · 12 entries this month"). Nothing when there
/// is no entry yet. It states facts and never counts what was missed.
public struct TodaySummary: Codable, Equatable, Sendable {
    /// The newest entry at or before now (an entry dated in the future is not "the last").
    public var lastEntryAt: Date?
    /// Its day as the journal names it: "Today", "Yesterday", "Monday 23 November".
    public var lastEntryDay: String?
    /// Entries of this local calendar month up to now.
    public var entriesThisMonth: Int
    /// The cooling-off counter's day, when it is set ("day 23 of your cooling-off").
    public var coolingOffDay: Int?
    /// The nearest target day of a goal not yet done, in words ("in 5 days").
    public var nextGoal: String?
    /// The line itself; nil when there is nothing to say.
    public var line: String?

    /// The first instant of this local month: the journal's instants from here through `now`,
    /// and the newest before it, are all `init(journal:…)` needs (`Store.entryInstants`).
    public static func monthStart(now: Date, calendar: LocalCalendar) -> Date {
        let today = calendar.day(of: now)
        return calendar.start(of: LocalDay(year: today.year, month: today.month, day: 1))
    }

    /// `journal`: when the journal's entries are dated; those from `monthStart` on and the newest
    /// before it are enough.
    public init(journal: [Date], now: Date, calendar: LocalCalendar, counter: CoolingOff? = nil, goals: [Entry] = []) {
        self.init(journalOnly: journal, now: now, calendar: calendar)
        let today = calendar.day(of: now)
        coolingOffDay = counter?.reading(today: today, calendar: calendar).day
        nextGoal = goals.filter { $0.doneAt == nil }.compactMap(\.due).filter { $0 >= today }.min()
            .map { RelativeDay.describe($0, today: today, calendar: calendar) }
        var tools: [String] = []
        if let coolingOffDay {
            tools.append(coolingOffDay == 0 ? "a new stretch of your cooling-off begins today" : "day \(coolingOffDay) of your cooling-off")
        }
        if let nextGoal { tools.append(nextGoal == "today" ? "a goal for today" : "next goal \(nextGoal)") }
        if !tools.isEmpty { line = ([line].compactMap { $0 } + tools).joined(separator: " · ") }
    }

    private init(journalOnly instants: [Date], now: Date, calendar: LocalCalendar) {
        let today = calendar.day(of: now)
        let past = instants.filter { $0 <= now }
        entriesThisMonth = past.filter {
            let day = calendar.day(of: $0)
            return day.year == today.year && day.month == today.month
        }.count
        guard let last = past.max() else {
            lastEntryAt = nil
            lastEntryDay = nil
            line = nil
            return
        }
        lastEntryAt = last
        let lastDay = calendar.day(of: last)
        let name = DayName.name(of: lastDay, today: today, calendar: calendar)
        lastEntryDay = name
        let when = switch calendar.days(from: lastDay, to: today) {
        case 0, 1: name.lowercased()
        default: "on " + name
        }
        var line = "Last entry \(when)"
        if entriesThisMonth > 0 {
            line += " · \(entriesThisMonth) \(entriesThisMonth == 1 ? "entry" : "entries") this month"
        }
        self.line = line
    }
}

/// The shape of `rekindle entries --json`: the guide and its live entries, oldest first, each as
/// in the export (`ExportDocument.Entry`).
public struct EntriesReport: Codable, Equatable, Sendable {
    public var guide: StatusReport.GuideRef
    public var entries: [ExportDocument.Entry]

    public init(workbook: Workbook, entries: [Entry], revisions: [Int64: [EntryRevision]]) {
        guide = StatusReport.GuideRef(id: workbook.guideID, title: workbook.title)
        self.entries = ExportDocument.Entry.list(entries, revisions: revisions)
    }
}
