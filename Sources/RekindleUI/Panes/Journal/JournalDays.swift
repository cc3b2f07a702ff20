import Foundation
import RekindleKit

/// An entry with what the journal shows about its time, worked out once when entries are read
/// (not per frame): its local day and its local wall-clock time.
struct JournalEntry: Equatable, Sendable {
    var entry: Entry
    var day: LocalDay
    /// "21:15", in the zone the journal shows.
    var time: String

    init(_ entry: Entry, calendar: LocalCalendar) {
        self.entry = entry
        day = calendar.day(of: entry.at)
        // The zone's offset at that instant: an entry written just after a DST change shows the
        // hour the clock showed.
        time = calendar.clockTime(of: entry.at)
    }
}

/// One day of the journal: its name and its entries, newest first.
struct JournalDay: Equatable, Sendable {
    var day: LocalDay
    var entries: [JournalEntry]
}

/// A day "On this day" looks back to: one week, one month or one year before today.
struct LookBack: Equatable, Sendable {
    /// "A week ago"
    var label: String
    var day: JournalDay
}

/// The journal's grouping by the local calendar: pure, so tests give it a clock and a zone.
enum JournalDays {
    /// Entries grouped by local day, newest day first; entries keep their order (newest first).
    static func group(_ entries: [JournalEntry]) -> [JournalDay] {
        var days: [JournalDay] = []
        for entry in entries.sorted(by: { $0.entry.at > $1.entry.at }) {
            if days.last?.day == entry.day {
                days[days.count - 1].entries.append(entry)
            } else {
                days.append(JournalDay(day: entry.day, entries: [entry]))
            }
        }
        return days
    }

    /// The days one week, one month and one year before `today` that have entries. Months and
    /// years move on the calendar and clamp at a month's end (a year before 29 February is
    /// 28 February).
    static func onThisDay(_ days: [JournalDay], today: LocalDay, calendar: LocalCalendar) -> [LookBack] {
        let targets = [
            ("A week ago", calendar.adding(days: -7, to: today)),
            ("A month ago", calendar.adding(months: -1, to: today)),
            ("A year ago", calendar.adding(years: -1, to: today)),
        ]
        return targets.compactMap { label, target in
            days.first { $0.day == target }.map { LookBack(label: label, day: $0) }
        }
    }
}
