import Foundation
import RekindleKit

/// The goals of "Set Relationship Goals": each with an optional target day, shown as "in 5
/// days" or "3 days ago"; a goal marked done keeps its day, and can be marked not done again.
enum GoalsRoom: ToolRoom {
    static let entryName = "goal"

    static let about = "Goals, each with a target day if you want one. Done goals stay, with their day."

    static func perform(_ action: Action, in state: inout AppState, now: Date) -> [Effect] {
        switch action {
        case .add: state.openToolField(.goal)
        case .toggle: return state.toggleSelectedGoal(now: now)
        case .setTargetDay:
            guard let goal = state.tools.goals.selectedEntry else { break }
            state.openToolField(.changeDue(goalID: goal.id), text: goal.due?.description ?? "")
        default: break
        }
        return []
    }

    static func rows(_ state: AppState, width: Int) -> ToolRows {
        let tools = state.tools
        var rows = ToolRows()
        rows.add(about, Style(.muted), width: width)
        rows.gap()
        guard tools.isLoaded else { return rows }
        if tools.goals.entries.isEmpty {
            rows.add("No goals yet. Press \(state.key(for: .add, in: .goals)) to add one.", Style(.muted, .italic), width: width)
        }
        for (index, goal) in tools.goals.entries.enumerated() {
            // The goal's words after its box, wrapped under them; its day in words below.
            let start = rows.lines.count
            let isDone = goal.doneAt != nil
            let words = DisplayText.wrap(goal.body, width: max(1, width - 6))
            let style = Style(isDone ? .done : .normal, .bold)
            rows.lines.append([ToolRows.marker(index == tools.goals.selected), Span(isDone ? "[x] " : "[ ] ", Style(isDone ? .done : .accent)),
                               Span(words.first ?? "", style)])
            for line in words.dropFirst() { rows.lines.append([Span("      " + line, style)]) }
            let status = ToolEntryReport.status(of: goal, now: tools.now, today: tools.today, calendar: tools.calendar)
            rows.add(status ?? "no target day", Style(.muted), width: width, indent: 6)
            if index == tools.goals.selected { rows.selected = start..<rows.lines.count }
            rows.gap()
        }
        return rows
    }
}

extension AppState {
    mutating func toggleSelectedGoal(now: Date) -> [Effect] {
        guard var goal = tools.goals.selectedEntry else { return [] }
        let done = goal.doneAt == nil
        goal.doneAt = done ? now : nil
        tools.goals.put(goal)
        message = StatusMessage(done ? "Goal marked done; it keeps its day" : "Goal marked not done")
        return [.setGoalDone(id: goal.id, done: done, at: now)]
    }
}
