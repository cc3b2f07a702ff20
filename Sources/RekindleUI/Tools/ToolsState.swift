import Foundation
import RekindleKit

/// The guide's tools (`GuideTool`): what the person keeps in each, read on the first idle tick as
/// the journal is, and the field open in a tool's room. The room on screen is `Overlay.tool`.
struct ToolsState: Equatable, Sendable {
    /// The items that open a tool, by item key, as the guide file declares them.
    var itemTools: [String: GuideTool] = [:]
    /// Nothing is read until the first idle tick (the first frame does not wait for it).
    private(set) var isLoaded = false
    var isReading = false
    /// The cooling-off counter's settings; nil until the person sets them.
    var coolingOff: CoolingOffSettings?
    var contacts = ToolEntries()
    var drafts = ToolEntries()
    var wins = ToolEntries()
    var goals = ToolEntries()
    /// The one-line field open in a room (a contact's note, a win, a goal, a day of the counter).
    var field: ToolField?
    /// The instant of the last event: what drafts' ages and goals' days are counted from on screen.
    var now = Date(timeIntervalSince1970: 0)
    /// Nil for the system's zone (as the journal's).
    var timeZone: TimeZone?

    var calendar: LocalCalendar { timeZone.map { LocalCalendar(timeZone: $0) } ?? LocalCalendar() }
    var today: LocalDay { calendar.day(of: now) }

    mutating func take(_ snapshot: ToolsSnapshot) {
        isReading = false
        isLoaded = true
        coolingOff = snapshot.coolingOff
        for tool in GuideTool.withEntries {
            self[tool].take(snapshot.entries.filter { $0.kind == tool.entryKind })
        }
    }

    /// The entries of a tool that keeps entries (every tool but the support screen, which has none).
    subscript(tool: GuideTool) -> ToolEntries {
        get {
            switch tool {
            case .coolingOff: contacts
            case .drafts: drafts
            case .wins: wins
            case .goals: goals
            case .support: ToolEntries()
            }
        }
        set {
            switch tool {
            case .coolingOff: contacts = newValue
            case .drafts: drafts = newValue
            case .wins: wins = newValue
            case .goals: goals = newValue
            case .support: break
            }
        }
    }

    /// The tool whose entries are of `kind`, if any.
    static func tool(keeping kind: EntryKind) -> GuideTool? {
        GuideTool.withEntries.first { $0.entryKind == kind }
    }

    /// The counter as it stands today, or nil before it is set.
    var counterReading: CoolingOff.Reading? {
        guard let settings = coolingOff, let start = settings.start else { return nil }
        let calendar = calendar
        return CoolingOff(start: start, periodDays: settings.periodDays,
                          contacts: contacts.entries.map { calendar.day(of: $0.at) }).reading(today: today, calendar: calendar)
    }
}

/// What the tools keep, as read from the store in one go.
struct ToolsSnapshot: Equatable, Sendable {
    var coolingOff: CoolingOffSettings?
    /// The live entries of every tool's kind.
    var entries: [Entry]
}

/// The entries of one tool as listed: oldest first, numbered as `rekindle goals` and `drafts`
/// number them, so a number means the same entry on screen and on the command line.
struct ToolEntries: Equatable, Sendable {
    private(set) var entries: [Entry] = []
    var selected = 0
    /// Deleted here, the last one first: u brings them back.
    var deleted: [Entry] = []

    /// The entries as the store holds them; the selection stays on the same entry where it can.
    mutating func take(_ stored: [Entry]) {
        let kept = selectedEntry?.id
        entries = ToolEntryReport.ordered(stored)
        if !select(id: kept) { selectLast() }
    }

    /// An entry added or changed here, in its place.
    mutating func put(_ entry: Entry) {
        var list = entries
        list.removeAll { $0.id == entry.id }
        list.append(entry)
        entries = ToolEntryReport.ordered(list)
    }

    mutating func remove(id: Int64) {
        entries.removeAll { $0.id == id }
        selected = selected.clamped(to: 0...max(0, entries.count - 1))
    }

    func entry(id: Int64) -> Entry? { entries.first { $0.id == id } }

    var selectedEntry: Entry? { entries.indices.contains(selected) ? entries[selected] : nil }

    /// Selects the entry with this id; false when it is not listed.
    @discardableResult
    mutating func select(id: Int64?) -> Bool {
        guard let id, let index = entries.firstIndex(where: { $0.id == id }) else { return false }
        selected = index
        return true
    }

    mutating func selectLast() { selected = max(0, entries.count - 1) }

    mutating func move(by delta: Int) {
        guard !entries.isEmpty else { return }
        selected = (selected + delta.clamped(to: -entries.count...entries.count)).clamped(to: 0...entries.count - 1)
    }
}
