import Foundation
import RekindleKit

/// A row of the journal list before it is wrapped: a day's name, or an entry.
enum JournalItem: Equatable, Sendable {
    /// "On this day", "Today", "Monday 23 November"; a look-back's "A week ago · …" is not `major`.
    case heading(String, major: Bool)
    case entry(JournalEntry)

    var entry: JournalEntry? {
        if case .entry(let entry) = self { entry } else { nil }
    }
}

/// The journal pane's own state: the entries as read, the list built from them for today, the
/// selection and scroll, the entry being written, the mood prompt and what can be brought back.
struct JournalPaneState: Equatable, Sendable {
    /// The zone the journal shows days and times in (injected: tests fix it); nil for the
    /// system's, as the C library reads it (`ClockZone.system`).
    var timeZone: TimeZone?
    /// Newest first; nil until first read (read on the first idle tick, not before the first frame).
    private(set) var entries: [JournalEntry]?
    /// A read of the entries is under way.
    var isReading = false
    /// The local day the list is built for, and the instants it spans (see `observe(now:)`).
    var today: LocalDay?
    var todaySpan: Range<Date>?
    /// Show only the entries of the shown section.
    var onlyShownSection = false
    /// The list on screen: "On this day" first when there is any, then the days.
    private(set) var items: [JournalItem] = []
    /// What `items` was built for; it is built again when any of it changes.
    private var builtFor: BuildKey?
    private var entriesVersion = 0
    /// Index into `items` of the selected entry, and the first item on screen.
    var selected = 0
    var top = 0
    /// The entry being written (or its words the store does not have yet).
    var draft: EntryDraft?
    /// The mood being typed for the selected entry.
    var moodPrompt: MoodPrompt?
    /// Deleted entries, the last one first: u brings them back.
    var deleted: [Entry] = []
    /// The entry to select once the list is built again (one just written or brought back).
    private var wantedID: Int64?

    struct BuildKey: Equatable, Sendable {
        var entriesVersion: Int
        var today: LocalDay
        /// The shown section's key while only its entries are shown.
        var section: String??
    }

    var calendar: LocalCalendar { timeZone.map { LocalCalendar(timeZone: $0) } ?? LocalCalendar() }
    var isWriting: Bool { draft?.document.editor != nil }
    var isLoaded: Bool { entries != nil }

    /// The entries as the store holds them.
    mutating func take(_ stored: [Entry]) {
        let calendar = calendar
        entries = stored.map { JournalEntry($0, calendar: calendar) }.sorted { $0.entry.at > $1.entry.at }
        entriesVersion += 1
    }

    /// An entry added or changed here (saved, a mood set, brought back), in its place by time.
    mutating func put(_ entry: Entry) {
        var list = entries ?? []
        list.removeAll { $0.entry.id == entry.id }
        let placed = JournalEntry(entry, calendar: calendar)
        list.insert(placed, at: list.firstIndex { $0.entry.at < entry.at } ?? list.count)
        entries = list
        entriesVersion += 1
    }

    mutating func remove(id: Int64) {
        entries?.removeAll { $0.entry.id == id }
        entriesVersion += 1
    }

    var allEntries: [JournalEntry] { entries ?? [] }

    func entry(id: Int64) -> Entry? {
        entries?.first { $0.entry.id == id }?.entry
    }

    /// Selects an entry once the list is built again (after this event).
    mutating func select(id: Int64) {
        wantedID = id
        builtFor = nil
    }

    var selectedEntry: JournalEntry? {
        items.indices.contains(selected) ? items[selected].entry : nil
    }

    /// Builds the list again when the entries, the day or the filter changed; keeps the selected
    /// entry selected.
    @discardableResult
    mutating func refresh(today: LocalDay, shownSection: String?) -> Bool {
        let key = BuildKey(entriesVersion: entriesVersion, today: today,
                           section: onlyShownSection ? .some(shownSection) : .none)
        guard key != builtFor else { return false }
        builtFor = key
        let keptID = wantedID ?? selectedEntry?.entry.id
        wantedID = nil
        let shown = (entries ?? []).filter { !onlyShownSection || $0.entry.sectionKey == shownSection }
        items = Self.items(shown, today: today, calendar: calendar)
        let firstEntry = items.firstIndex { $0.entry != nil } ?? 0
        let kept = keptID.flatMap { id in items.lastIndex { $0.entry?.entry.id == id } }
        selected = kept ?? firstEntry
        top = min(top, selected)
        return true
    }

    /// The list for `today`: the look-backs under "On this day", then each day under its name.
    static func items(_ entries: [JournalEntry], today: LocalDay, calendar: LocalCalendar) -> [JournalItem] {
        let days = JournalDays.group(entries)
        var items: [JournalItem] = []
        let lookBacks = JournalDays.onThisDay(days, today: today, calendar: calendar)
        if !lookBacks.isEmpty {
            items.append(.heading("On this day", major: true))
            for lookBack in lookBacks {
                let name = DayName.name(of: lookBack.day.day, today: today, calendar: calendar)
                items.append(.heading("\(lookBack.label) · \(name)", major: false))
                items += lookBack.day.entries.map(JournalItem.entry)
            }
        }
        for day in days {
            items.append(.heading(DayName.name(of: day.day, today: today, calendar: calendar), major: true))
            items += day.entries.map(JournalItem.entry)
        }
        return items
    }
}

/// The mood being typed for an entry: a word of the person's own, or 1 to 5.
struct MoodPrompt: Equatable, Sendable {
    var entryID: Int64
    var field = LineEditor()

    static func == (lhs: MoodPrompt, rhs: MoodPrompt) -> Bool {
        lhs.entryID == rhs.entryID && lhs.field.text == rhs.field.text && lhs.field.cursor == rhs.field.cursor
    }

    /// "3" is 3 of 5, "calm" is a word, "" is no mood; the store's own rule (`Mood.parse`) says
    /// what is neither (two words, 7).
    static func mood(from text: String) -> Result<Mood?, MoodError> {
        let word = text.trimmingCharacters(in: .whitespaces)
        if word.isEmpty { return .success(nil) }
        return Mood.parse(word).map { $0 }
    }
}

extension Mood {
    /// How the journal shows it: "calm", "3/5".
    var label: String {
        switch self {
        case .word(let word): word
        case .scale(let number): "\(number)/5"
        }
    }
}
