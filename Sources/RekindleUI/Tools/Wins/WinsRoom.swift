import Foundation
import RekindleKit

/// The wins log of "Celebrate Small Wins": dated wins under their week, with how many that week
/// held. Weeks without a win are not listed: there is no streak to break.
enum WinsRoom: ToolRoom {
    static let entryName = "win"

    static let about = "Small wins, dated. Any size counts; a quiet week is simply not listed."

    static func perform(_ action: Action, in state: inout AppState, now: Date) -> [Effect] {
        if action == .add { state.openToolField(.win) }
        return []
    }

    static func rows(_ state: AppState, width: Int) -> ToolRows {
        let tools = state.tools
        let calendar = tools.calendar
        var rows = ToolRows()
        rows.add(about, Style(.muted), width: width)
        guard tools.isLoaded else { return rows }
        if tools.wins.entries.isEmpty {
            rows.gap()
            rows.add("No wins written yet. Press \(state.key(for: .add, in: .wins)) to add one.", Style(.muted, .italic), width: width)
        }
        let counts = Dictionary(WinsByWeek.count(tools.wins.entries.map { calendar.day(of: $0.at) }, calendar: calendar)
            .map { ($0.weekStart, $0.wins) }, uniquingKeysWith: +)
        var week: LocalDay?
        for (index, win) in tools.wins.entries.enumerated() {
            let day = calendar.day(of: win.at)
            let monday = calendar.adding(days: 1 - calendar.weekday(of: day), to: day)
            if monday != week {
                week = monday
                let count = counts[monday] ?? 0
                rows.gap()
                rows.add("Week of \(DayName.full(monday, calendar: calendar)) · \(count) \(count == 1 ? "win" : "wins")",
                         Style(.accent, .bold), width: width)
            }
            let name = DayName.name(of: day, today: tools.today, calendar: calendar)
            rows.entry([Span(name, Style(.muted))], body: win.body, isSelected: index == tools.wins.selected, width: width)
        }
        return rows
    }
}
