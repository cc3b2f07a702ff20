import Foundation
import RekindleKit

/// The cooling-off counter of "Give It Time": the day of the current stretch against the period
/// the person chose, the longest stretch, quiet milestones, and the contacts logged. A contact
/// starts a new stretch; nothing is reset, nothing turns red.
enum CounterRoom: ToolRoom {
    static let entryName = "contact"

    static let about = "This counts the days of the time apart you chose. It is not a test: if contact happens, log it here and a new stretch begins — every stretch stays in the history."

    static func perform(_ action: Action, in state: inout AppState, now: Date) -> [Effect] {
        switch action {
        case .setCounter:
            let settings = state.tools.coolingOff ?? CoolingOffSettings()
            state.openToolField(.breakupDay(settings), text: settings.breakup?.description ?? "")
        case .logContact:
            guard state.tools.coolingOff?.start != nil else {
                state.message = StatusMessage("To log contact, first set the day the counter counts from (\(state.key(for: .setCounter, in: .counter)))")
                return []
            }
            state.openToolField(.contactNote)
        default: break
        }
        return []
    }

    static func rows(_ state: AppState, width: Int) -> ToolRows {
        let tools = state.tools
        var rows = ToolRows()
        guard tools.isLoaded else { return rows }
        guard let settings = tools.coolingOff, let start = settings.start, let reading = tools.counterReading else {
            rows.add(about, .plain, width: width)
            rows.gap()
            rows.add("Not set yet. Press \(state.key(for: .setCounter, in: .counter)) to choose the day it counts from (the breakup, or the last contact) and about how long you want to give it.",
                     Style(.muted, .italic), width: width)
            return rows
        }
        rows.add(reading.summary, Style(.accent, .bold), width: width)
        let from = DayName.full(start, calendar: tools.calendar)
        let origin = start == settings.lastContact ? "the last contact" : "the breakup"
        if reading.stretches > 1, let last = tools.contacts.entries.last {
            let began = DayName.full(tools.calendar.day(of: last.at), calendar: tools.calendar)
            rows.add("This stretch began \(began) (contact logged) · counting since \(from) (\(origin))", Style(.muted), width: width)
            rows.add("Longest stretch: \(Period.describe(days: reading.longest))", .plain, width: width)
        } else {
            rows.add("Counting from \(from) (\(origin))", Style(.muted), width: width)
        }
        rows.gap()
        rows.add(milestones(reading), Style(.muted), width: width)
        rows.gap()
        rows.add(about, Style(.muted), width: width)
        rows.add(ToolRows.safetyPointer(state), Style(.muted), width: width)
        rows.gap()
        rows.add("Contact logged", Style(.normal, [.bold, .underline]), width: width)
        if tools.contacts.entries.isEmpty {
            rows.add("None. Press \(state.key(for: .logContact, in: .counter)) if it happens.", Style(.muted, .italic), width: width, indent: 2)
        }
        for (index, contact) in tools.contacts.entries.enumerated() {
            let day = DayName.name(of: tools.calendar.day(of: contact.at), today: tools.today, calendar: tools.calendar)
            let time = tools.calendar.clockTime(of: contact.at)
            rows.entry([Span("\(day) \(time)", Style(.muted))], body: contact.body,
                       isSelected: index == tools.contacts.selected, width: width)
        }
        return rows
    }

    /// "Quiet milestones: reached 1 week, 2 weeks · next: 4 weeks"; "the first at 1 week" before any.
    static func milestones(_ reading: CoolingOff.Reading) -> String {
        let reached = reading.reached.map { Period.describe(days: $0) }
        let next = reading.next.map { Period.describe(days: $0) }
        switch (reached.isEmpty, next) {
        case (true, let next?): return "Quiet milestones: the first at \(next)"
        case (false, let next?): return "Quiet milestones: reached \(reached.joined(separator: ", ")) · next: \(next)"
        default: return "Quiet milestones: reached \(reached.joined(separator: ", "))"
        }
    }
}
