import Foundation

/// What `rekindle counter` shows and `--json` prints: the counter as it stands, or `set: false`.
public struct CounterReport: Codable, Equatable, Sendable {
    public var set: Bool
    public var breakup: LocalDay?
    public var lastContact: LocalDay?
    public var periodDays: Int?
    public var day: Int?
    public var longestStretchDays: Int?
    public var stretches: Int?
    public var milestonesReachedDays: [Int]?
    public var nextMilestoneDays: Int?
    public var summary: String?
    /// Contacts logged, oldest first, with what the person noted.
    public var contacts: [Contact]

    public struct Contact: Codable, Equatable, Sendable {
        public var at: Date
        public var note: String
    }

    public init(settings: CoolingOffSettings?, contacts: [Entry], today: LocalDay, calendar: LocalCalendar) {
        self.contacts = contacts.sorted { $0.at < $1.at }.map { Contact(at: $0.at, note: $0.body) }
        guard let settings, let start = settings.start else {
            set = false
            return
        }
        let reading = CoolingOff(start: start, periodDays: settings.periodDays,
                                 contacts: contacts.map { calendar.day(of: $0.at) }).reading(today: today, calendar: calendar)
        set = true
        breakup = settings.breakup
        lastContact = settings.lastContact
        periodDays = settings.periodDays
        day = reading.day
        longestStretchDays = reading.longest
        stretches = reading.stretches
        milestonesReachedDays = reading.reached
        nextMilestoneDays = reading.next
        summary = reading.summary
    }

    /// The lines the command prints: the summary, the longest stretch, the next quiet milestone.
    public var lines: [String] {
        guard set, let summary, let longestStretchDays else {
            return ["The cooling-off counter is not set yet — 'rekindle counter set --breakup YYYY-MM-DD --period 6w' starts it."]
        }
        var lines = [summary]
        if (stretches ?? 1) > 1 { lines.append("longest stretch: \(Period.describe(days: longestStretchDays))") }
        if let next = nextMilestoneDays { lines.append("next quiet milestone: \(Period.describe(days: next))") }
        return lines
    }
}

/// One row of the drafts drawer, the wins log or the goals list, numbered as listed (oldest
/// first), which is the number `rekindle goals done N` takes.
public struct ToolEntryReport: Codable, Equatable, Sendable {
    public var number: Int
    public var kind: String
    public var at: Date
    public var body: String
    public var section: String?
    /// A draft's age and rest, a goal's target day in words; nil for a win.
    public var status: String?
    public var due: LocalDay?
    public var doneAt: Date?

    /// `entries` as the store lists them (newest first); numbered oldest first.
    public static func list(_ entries: [Entry], now: Date, calendar: LocalCalendar) -> [ToolEntryReport] {
        let today = calendar.day(of: now)
        return ordered(entries).enumerated().map { index, entry in
            ToolEntryReport(number: index + 1, kind: entry.kind.rawValue, at: entry.at, body: entry.body,
                            section: entry.sectionKey, status: status(of: entry, now: now, today: today, calendar: calendar),
                            due: entry.due, doneAt: entry.doneAt)
        }
    }

    /// The listing order: oldest first, so a number keeps meaning the same entry as more are added.
    public static func ordered(_ entries: [Entry]) -> [Entry] {
        entries.sorted { ($0.at, $0.id) < ($1.at, $1.id) }
    }

    public static func status(of entry: Entry, now: Date, today: LocalDay, calendar: LocalCalendar) -> String? {
        switch entry.kind {
        case .draft:
            return DraftAge(writtenAt: entry.updatedAt, now: now).status
        case .goal:
            if let doneAt = entry.doneAt {
                let day = calendar.day(of: doneAt)
                let name = DayName.name(of: day, today: today, calendar: calendar)
                let when = calendar.days(from: day, to: today) <= 1 ? name.lowercased() : "on \(name)"
                return "done \(when)"
                    + (entry.due.map { " · it was set for \(DayName.full($0, calendar: calendar))" } ?? "")
            }
            return entry.due.map { "target day " + RelativeDay.describe($0, today: today, calendar: calendar) }
        default:
            return nil
        }
    }
}
