import Foundation
import RekindleKit

/// The one-line field a tool's room asks with: Enter takes it, Esc leaves everything as it was.
struct ToolField: Equatable, Sendable {
    enum Purpose: Equatable, Sendable {
        /// Logging a contact: what led to it, how it felt (optional).
        case contactNote
        /// Setting the counter, one question at a time; each carries the answers so far.
        case breakupDay(CoolingOffSettings)
        case lastContactDay(CoolingOffSettings)
        case period(CoolingOffSettings)
        case win
        case goal
        /// The goal's target day, asked after its words.
        case goalDue(text: String)
        /// A new target day for a goal already kept.
        case changeDue(goalID: Int64)
    }

    var purpose: Purpose
    var line = LineEditor()

    init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        line.insert(text)
    }

    static func == (lhs: ToolField, rhs: ToolField) -> Bool {
        lhs.purpose == rhs.purpose && lhs.line.text == rhs.line.text && lhs.line.cursor == rhs.line.cursor
    }

    /// The question before the field.
    var label: String {
        switch purpose {
        case .contactNote: "A note if you like — what happened, how it felt: "
        case .breakupDay: "Day of the breakup (YYYY-MM-DD, empty if you'd rather not): "
        case .lastContactDay: "Day of the last contact (YYYY-MM-DD, empty if none): "
        case .period: "About how long you want to give it (6w, 45d, 2m): "
        case .win: "A win, however small: "
        case .goal: "A goal: "
        case .goalDue, .changeDue: "Target day (YYYY-MM-DD, or 5d / 2w from today; empty for none): "
        }
    }
}

extension AppState {
    mutating func openToolField(_ purpose: ToolField.Purpose, text: String = "") {
        tools.field = ToolField(purpose, text: text)
    }

    mutating func handleToolFieldKey(_ key: Key, action: Action?, field: ToolField, now: Date) -> [Effect] {
        var field = field
        switch action {
        case .cancel:
            tools.field = nil
            return []
        case .confirm:
            tools.field = nil
            return commit(field, now: now)
        default:
            field.line.perform(action, key: key)
            tools.field = field
            return []
        }
    }

    /// What an answer leads to: the next question, a write, or the same question with a line
    /// saying what is not understood (the answer stays, to be corrected).
    private mutating func commit(_ field: ToolField, now: Date) -> [Effect] {
        let text = field.line.text.trimmingCharacters(in: .whitespaces)
        switch field.purpose {
        case .contactNote:
            return addToolEntry(.contact, body: text, due: nil, now: now)
        case .breakupDay(var settings):
            guard let day = askAgainUnlessDay(text, field) else { return [] }
            settings.breakup = day
            openToolField(.lastContactDay(settings), text: settings.lastContact?.description ?? "")
        case .lastContactDay(var settings):
            guard let day = askAgainUnlessDay(text, field) else { return [] }
            settings.lastContact = day
            guard settings.start != nil else {
                message = StatusMessage("The counter needs a day to count from — the breakup or the last contact")
                openToolField(.breakupDay(settings), text: settings.breakup?.description ?? "")
                return []
            }
            openToolField(.period(settings), text: Period.shortForm(days: settings.periodDays))
        case .period(var settings):
            guard let days = Period.days(parsing: text) else {
                message = StatusMessage("'\(text)' is not a length rekindle reads — write 6w (weeks), 45d (days) or 2m (months), up to two years")
                tools.field = field
                return []
            }
            settings.periodDays = days
            tools.coolingOff = settings
            message = StatusMessage("Counter set: \(tools.counterReading?.summary ?? "")")
            return [.setCoolingOff(settings)]
        case .win:
            guard !text.isEmpty else { return [] }
            return addToolEntry(.win, body: text, due: nil, now: now)
        case .goal:
            guard !text.isEmpty else { return [] }
            openToolField(.goalDue(text: text))
        case .goalDue(let goal):
            guard let due = askAgainUnlessDue(text, field) else { return [] }
            return addToolEntry(.goal, body: goal, due: due, now: now)
        case .changeDue(let id):
            guard let due = askAgainUnlessDue(text, field), var goal = tools.goals.entry(id: id) else { return [] }
            goal.due = due
            tools.goals.put(goal)
            message = StatusMessage(due.map { "Target day: \(DayName.full($0, calendar: tools.calendar))" } ?? "No target day now")
            return [.setGoalDue(id: id, due: due)]
        }
        return []
    }

    /// The day typed (`.some(nil)` for none), or nil after asking again with the reason.
    private mutating func askAgainUnlessDay(_ text: String, _ field: ToolField) -> LocalDay?? {
        if text.isEmpty { return .some(nil) }
        if let day = LocalDay(isoDate: text), tools.calendar.isValid(day) { return .some(day) }
        message = StatusMessage("'\(text)' is not a day rekindle reads — write it as YYYY-MM-DD, for example \(tools.today)")
        tools.field = field
        return nil
    }

    /// A target day: a date, or a length from today (`5d`, `2w`).
    private mutating func askAgainUnlessDue(_ text: String, _ field: ToolField) -> LocalDay?? {
        if let days = Period.days(parsing: text) { return .some(tools.calendar.adding(days: days, to: tools.today)) }
        return askAgainUnlessDay(text, field)
    }

    /// Adds a contact, a win or a goal at `now`; it shows once the store has given it an id.
    private mutating func addToolEntry(_ kind: EntryKind, body: String, due: LocalDay?, now: Date) -> [Effect] {
        [.addToolEntry(ToolEntryAdd(kind: kind, sectionKey: toolSectionKey(for: kind), body: body, due: due, at: now))]
    }

    /// The section of the item the tool belongs to, so its entries sit with that step.
    func toolSectionKey(for kind: EntryKind) -> String? {
        guard let tool = ToolsState.tool(keeping: kind) else { return nil }
        return workbook.sections.first { section in
            section.items.contains { $0.key.flatMap { tools.itemTools[$0] } == tool }
        }?.key
    }
}

/// One entry a tool adds: what to store and when.
struct ToolEntryAdd: Equatable, Sendable {
    var kind: EntryKind
    var sectionKey: String?
    var body: String
    var due: LocalDay?
    var at: Date
}

extension Period {
    /// The shortest way to type a period back ("6w", "45d").
    static func shortForm(days: Int) -> String {
        days % 7 == 0 ? "\(days / 7)w" : "\(days)d"
    }
}
