import RekindleKit

/// A line under a step's text for each of its tools: where it stands and that Enter opens it, so
/// the checklist shows the counter's day and the next goal without opening anything.
extension AppState {
    func toolLines(for section: WorkbookSection) -> [String] {
        panes.guide.toolItems.of(section, tools: tools.itemTools).map { item in
            let summary = tools.isLoaded ? toolSummary(item.tool).map { " · " + $0 } ?? "" : ""
            return "\(item.title)\(summary) — Enter on it opens the \(item.tool.hintLabel)"
        }
    }

    /// "day 23 of about 6 weeks", "2 drafts", "3 wins this week", "next target day in 5 days".
    private func toolSummary(_ tool: GuideTool) -> String? {
        let count = tools[tool].entries.count
        switch tool {
        case .coolingOff:
            return tools.counterReading?.summary
        case .drafts:
            return count == 0 ? nil : count == 1 ? "1 draft, kept here" : "\(count) drafts, kept here"
        case .wins:
            guard count > 0 else { return nil }
            let calendar = tools.calendar
            let monday = calendar.adding(days: 1 - calendar.weekday(of: tools.today), to: tools.today)
            let thisWeek = tools.wins.entries.filter { calendar.day(of: $0.at) >= monday }.count
            return thisWeek == 0 ? (count == 1 ? "1 win so far" : "\(count) wins so far")
                : (thisWeek == 1 ? "1 win this week" : "\(thisWeek) wins this week")
        case .goals:
            let open = tools.goals.entries.filter { $0.doneAt == nil }
            guard let next = open.compactMap(\.due).min() else { return count == 0 ? nil : "\(open.count) open" }
            return "next target day " + RelativeDay.describe(next, today: tools.today, calendar: tools.calendar)
        case .support:
            return nil
        }
    }
}
