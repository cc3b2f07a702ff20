import Foundation
import RekindleKit

/// The journal: entries newest first under the names of their days, "On this day" above them when
/// a week, a month or a year ago has any; the editor while an entry is being written.
enum JournalPane: PaneComponent {
    static let emptyText = "Nothing written here yet. Press w to write a few lines — they are only on this computer."
    /// Lines of an entry shown while it is not selected; the selected one shows as much as fits.
    static let foldedLines = 3

    static func perform(_ action: Action, key: Key, in state: inout AppState, now: Date) -> [Effect] {
        switch action {
        case .editEntry: return state.startEditingEntry(now: now)
        case .setMood: state.startMoodPrompt()
        case .toggleJournalFilter: state.toggleJournalFilter()
        case .deleteEntry: return state.deleteSelectedEntry()
        case .noteHistory: return state.panes.journal.selectedEntry.map { [.loadEntryHistory(id: $0.entry.id)] } ?? []
        case .undo: return state.restoreDeletedEntry()
        case .redo: state.message = StatusMessage("Journal: u brings back the entry deleted last")
        default: break
        }
        return []
    }

    static func move(by delta: Int, in state: inout AppState) {
        let items = state.panes.journal.items
        let entries = items.indices.filter { items[$0].entry != nil }
        guard !entries.isEmpty else { return }
        let current = entries.firstIndex { $0 >= state.panes.journal.selected } ?? 0
        let target = (current + delta.clamped(to: -entries.count...entries.count)).clamped(to: 0...entries.count - 1)
        state.panes.journal.selected = entries[target]
        keepInView(&state)
    }

    static func page(by fraction: Double, in state: inout AppState) {
        // About a third of the rows an entry usually takes (time, a few lines, a gap).
        let entries = pageLines(fraction, height: state.contentRect(of: .journal).height) / 4
        move(by: entries == 0 ? (fraction < 0 ? -1 : 1) : entries, in: &state)
    }

    static func wheel(by lines: Int, in state: inout AppState) {
        move(by: lines.signum(), in: &state)
    }

    static func click(row: Int, column: Int, content: Rect, in state: inout AppState, now: Date) -> [Effect] {
        guard !state.panes.journal.isWriting else { return [] }
        let list = listRect(state, content)
        var y = list.y - content.y
        for index in state.panes.journal.top..<state.panes.journal.items.count {
            let height = rows(state, index, width: list.width, height: list.height).count
            if row < y + height {
                if state.panes.journal.items[index].entry != nil { state.panes.journal.selected = index }
                break
            }
            y += height
        }
        keepInView(&state)
        return []
    }

    /// The selected entry stays whole on screen (or from its top, when it is taller than the pane).
    static func keepInView(_ state: inout AppState) {
        state.relayoutEntryEditor()
        let journal = state.panes.journal
        guard !journal.items.isEmpty else { return }
        let list = listRect(state, state.contentRect(of: .journal))
        var selected = journal.selected.clamped(to: 0...journal.items.count - 1)
        if journal.items[selected].entry == nil, let next = journal.items[selected...].firstIndex(where: { $0.entry != nil }) {
            selected = next
        }
        // The heading just above the selection comes into view with it.
        let wanted = selected > 0 && journal.items[selected - 1].entry == nil ? selected - 1 : selected
        var top = min(journal.top, wanted)
        if top == 1, journal.items[0].entry == nil { top = 0 }
        // Back from the selection, as many items as fit below `top`.
        var used = 0
        var first = selected
        for index in stride(from: selected, through: 0, by: -1) {
            used += rows(state, index, width: list.width, height: list.height).count
            if used > list.height && index < selected { break }
            first = index
        }
        state.panes.journal.selected = selected
        state.panes.journal.top = max(top, first)
    }

    // MARK: Drawing

    static func draw(_ state: AppState, in rect: Rect, focused: Bool, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let journal = state.panes.journal
        if let draft = journal.draft, draft.kind == .journal, let editor = draft.document.editor {
            let editorRect = editorRect(rect)
            if editorRect.y > rect.y {
                canvas.write(draftHeading(state, draft), x: rect.x, y: rect.y, style: Style(.muted), clip: rect.row(0))
            }
            EditorView.draw(editor, in: editorRect, on: &canvas)
            return
        }
        guard journal.isLoaded else { return }
        var notes: [String] = []
        if let draft = journal.draft, draft.kind == .journal, draft.entryID == nil, !draft.isBlank {
            // A new entry the store does not have yet is here, not lost: say where it is.
            notes.append("A new entry is not saved yet · w goes on with it")
        }
        if journal.onlyShownSection { notes.append("Only \(state.section?.shortName ?? "this section") · f shows all") }
        for (row, note) in notes.prefix(rect.height - 1).enumerated() {
            canvas.write(note, x: rect.x, y: rect.y + row, style: Style(.muted, .italic), clip: rect.row(row))
        }
        let list = listRect(state, rect)
        guard journal.items.contains(where: { $0.entry != nil }) else {
            let text = journal.onlyShownSection ? "Nothing written here for this section yet. Press w to write, f to see every entry."
                : emptyText
            for (row, line) in DisplayText.wrap(text, width: list.width).enumerated() {
                canvas.write(line, x: list.x, y: list.y + row, style: Style(.muted, .italic), clip: list)
            }
            return
        }
        var y = list.y
        var index = journal.top
        while index < journal.items.count, y < list.maxY {
            for line in rows(state, index, width: list.width, height: list.height) where y < list.maxY {
                canvas.write(line, x: list.x, y: y, clip: list.row(y - list.y))
                y += 1
            }
            index += 1
        }
        if let prompt = journal.moodPrompt { drawMoodPrompt(prompt, in: list, on: &canvas) }
        ScrollMarkers.draw(above: journal.top > 0, below: index < journal.items.count || y > list.maxY,
                           frame: ScreenLayout.frame(around: rect), on: &canvas)
    }

    /// Where the list goes: below a line for a new entry not saved yet and one for the filter
    /// ("Only Step 2 · f shows all"), keeping at least a row for the list.
    static func listRect(_ state: AppState, _ content: Rect) -> Rect {
        let journal = state.panes.journal
        let unsavedNew = journal.draft.map { $0.kind == .journal && $0.entryID == nil && !$0.isBlank } ?? false
        let lines = min(max(0, content.height - 1), (journal.onlyShownSection ? 1 : 0) + (unsavedNew ? 1 : 0))
        return Rect(x: content.x, y: content.y + lines, width: content.width, height: content.height - lines)
    }

    /// Where the entry editor goes: below a line naming the entry's day and time, when there is room.
    static func editorRect(_ content: Rect) -> Rect {
        guard content.height >= 3 else { return content }
        return Rect(x: content.x, y: content.y + 1, width: content.width, height: content.height - 1)
    }

    /// "New entry · Today 23:40 · Step 2" above the editor.
    static func draftHeading(_ state: AppState, _ draft: EntryDraft) -> String {
        let journal = state.panes.journal
        let calendar = journal.calendar
        let today = journal.today ?? calendar.day(of: draft.at)
        let day = DayName.name(of: calendar.day(of: draft.at), today: today, calendar: calendar)
        let time = calendar.clockTime(of: draft.at)
        var parts = [draft.entryID == nil ? "New entry · \(day) \(time)" : "\(day) \(time)"]
        if let mood = draft.mood { parts.append(mood.label) }
        if let name = sectionName(state, draft.sectionKey) { parts.append(name) }
        return parts.joined(separator: " · ")
    }

    private static func sectionName(_ state: AppState, _ key: String?) -> String? {
        key.flatMap { key in state.workbook.sections.first { $0.key == key }?.shortName }
    }

    /// The screen lines of one item at a width: a heading is one line; an entry is its time, mood and section, its text (folded unless selected)
    /// and a gap.
    static func rows(_ state: AppState, _ index: Int, width: Int, height: Int) -> [StyledLine] {
        let journal = state.panes.journal
        switch journal.items[index] {
        case let .heading(title, major):
            // Entries end with a gap, so a heading needs none of its own.
            return [[Span(DisplayText.truncate(title, width: width), major ? Style(.accent, .bold) : Style(.muted))]]
        case .entry(let shown):
            let entry = shown.entry
            let selected = index == journal.selected
            var meta = [shown.time]
            if let mood = entry.mood { meta.append(mood.label) }
            if !journal.onlyShownSection, let name = sectionName(state, entry.sectionKey) { meta.append(name) }
            let marker = selected ? "▸ " : "  "
            var lines: [StyledLine] = [[Span(marker, Style(.accent, .bold)),
                                        Span(DisplayText.truncate(meta.joined(separator: " · "), width: max(1, width - 2)), Style(.muted))]]
            let body = journal.draft?.entryID == entry.id ? journal.draft!.document.text : entry.body
            var text = DisplayText.wrap(body, width: max(1, width - 2))
            let room = selected ? max(foldedLines, height - 3) : foldedLines
            if text.count > room {
                text = Array(text.prefix(room))
                text[room - 1] = DisplayText.truncate(text[room - 1], width: max(1, width - 4)) + " …"
            }
            for line in text {
                lines.append([Span("  ")] + Span.highlighting(line, query: state.search.highlight, style: .plain))
            }
            lines.append([])
            return lines
        }
    }

    private static func drawMoodPrompt(_ prompt: MoodPrompt, in rect: Rect, on canvas: inout Canvas) {
        let row = rect.row(rect.height - 1)
        canvas.fill(row, style: Style(.border))
        let label = "Mood (a word or 1–5): "
        let start = canvas.write(label, x: row.x, y: row.y, style: Style(.accent, .bold), clip: row)
        let input = Rect(x: start, y: row.y, width: max(0, row.maxX - start), height: 1)
        let slice = prompt.field.visibleSlice(width: input.width)
        canvas.write(slice.text, x: start, y: row.y, style: .plain, clip: input)
        if input.width > 0 { canvas.setCursor(Point(x: start + slice.cursorX, y: row.y)) }
    }
}
