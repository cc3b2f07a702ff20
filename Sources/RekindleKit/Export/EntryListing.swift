import Foundation

/// Entries as plain text: `rekindle entries` and the journal part of the Markdown export share
/// the caption above each entry ("21:15 · Step 2: Reestablishing Contact · mood: calm · edited")
/// and the four-space indent of its text, so no line of it reads as structure.
public enum EntryListing {
    /// Section names by key (`WorkbookSection.displayName`), for captions.
    public static func sectionNames(_ workbook: Workbook) -> [String: String] {
        Dictionary(workbook.sections.map { ($0.key, $0.displayName) }, uniquingKeysWith: { first, _ in first })
    }

    public static func caption(_ entry: Entry, sectionNames: [String: String], calendar: LocalCalendar) -> String {
        var parts = [calendar.clockTime(of: entry.at)]
        if entry.kind != .journal { parts.append(entry.kind.rawValue) }
        if let key = entry.sectionKey { parts.append(sectionNames[key] ?? key) }
        if let mood = entry.mood { parts.append("mood: " + moodText(mood)) }
        if let due = entry.due { parts.append("for \(DayName.full(due, calendar: calendar))") }
        if entry.doneAt != nil { parts.append("done") }
        if entry.isEdited { parts.append("edited") }
        return parts.joined(separator: " · ")
    }

    /// "calm", or "3 of 5".
    public static func moodText(_ mood: Mood) -> String {
        switch mood {
        case .word(let word): word
        case .scale(let scale): "\(scale) of \(Mood.scaleRange.upperBound)"
        }
    }

    /// `rekindle entries`: newest first, under a heading per local day ("Today", "Yesterday",
    /// "Monday 23 November"), each entry its caption and then its text. Raw text: the caller
    /// makes it safe for a terminal.
    public static func plain(_ entries: [Entry], sectionNames: [String: String], today: LocalDay,
                             calendar: LocalCalendar) -> String {
        var lines: [String] = []
        var shownDay: LocalDay?
        for entry in entries.sorted(by: newestFirst) {
            let day = calendar.day(of: entry.at)
            if day != shownDay {
                if shownDay != nil { lines.append("") }
                lines.append(DayName.name(of: day, today: today, calendar: calendar))
                shownDay = day
            }
            lines.append("  " + caption(entry, sectionNames: sectionNames, calendar: calendar))
            lines += Exporter.indented(entry.body)
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The store's order: `at`, then the later written first.
    static func newestFirst(_ a: Entry, _ b: Entry) -> Bool { (a.at, a.id) > (b.at, b.id) }
}
