import RekindleKit

/// The bottom line: where you are, overall progress, whether notes are safe, then either the current
/// message or the key hints (from the key map) that fit.
enum StatusBar {
    /// `done`: how many of the workbook's items are ticked. Returns the rows drawn: `rect`, and the
    /// row above it when a long message takes two.
    static func draw(_ state: AppState, done doneCount: Int, in rect: Rect, on canvas: inout Canvas) -> Rect {
        canvas.fill(rect, style: Style(.border))
        if state.overlay == .search {
            drawSearchPrompt(state, in: rect, on: &canvas)
            return rect
        }
        let glyphs = canvas.glyphs
        let hints = measured(itemToolHint(state.session.preferences.keyMap.hints(in: state.keyContexts), state), glyphs)
        let keptRoom = keptRoom(hints)
        let x = drawStanding(state, done: doneCount, keptRoom: keptRoom, in: rect, on: &canvas)
        if var message = messageText(state) {
            // The app's wording around the person's words ("Deleted “…” — u brings it back").
            message.text = glyphs.plain(message.text)
            return drawMessage(message, after: x, in: rect, on: &canvas)
        }
        drawHints(hints, keptRoom: keptRoom, from: x + 1, in: rect, on: &canvas)
        return rect
    }

    /// Where you are, the count, and whether your words are safe (and writes waiting for a lock);
    /// returns the column after them. With no message the kept hints need their room: the pane's
    /// name gives way first (the tab line shows it), then the count (the title bar has it), then
    /// the place (the steps pane shows it); the save state never does.
    private static func drawStanding(_ state: AppState, done doneCount: Int, keptRoom: Int, in rect: Rect,
                                     on canvas: inout Canvas) -> Int {
        let glyphs = canvas.glyphs
        let save = saveState(state)
        var labels: [(text: String, style: Style)] = []
        if save != .saved || state.panes.notes.isEditing || state.panes.journal.isWriting { labels.append((save.label, style(of: save))) }
        if let waiting = state.waitingWritesLabel { labels.append((waiting, Style(.muted))) }
        // The columns the place and the count may take: each label is "· label ", the hints start
        // after a gap, and the last hint's own gap may fall off the edge.
        let labelsRoom = labels.reduce(0) { $0 + DisplayText.width(of: glyphs.plain($1.text)) + 3 }
        let room = state.message == nil ? rect.width - labelsRoom - keptRoom + 2 : Int.max
        var place = location(state)
        if DisplayText.width(of: place) + 3 > room, let section = state.section { place = section.shortName }
        var x = rect.x
        if DisplayText.width(of: place) + 3 <= room {
            x = canvas.write(" " + glyphs.plain(place) + " ", x: x, y: rect.y, style: Style(.accent, .bold), clip: rect)
            let done = glyphs.plain("· \(doneCount)/\(state.workbook.total) done ")
            if x - rect.x + DisplayText.width(of: done) + 1 <= room {
                x = canvas.write(done, x: x, y: rect.y, style: Style(.muted), clip: rect)
            }
        }
        for label in labels {
            let lead = x > rect.x ? "· " : " "
            x = canvas.write(glyphs.plain(lead + label.text + " "), x: x, y: rect.y, style: label.style, clip: rect)
        }
        return x
    }

    /// A message is never cut: after the location when it fits there, else alone on the line, else
    /// on two lines (the first over the panes' bottom edge), and only past that with an "…".
    /// Returns the rows drawn.
    private static func drawMessage(_ message: StatusMessage, after x: Int, in rect: Rect, on canvas: inout Canvas) -> Rect {
        let style = message.isWarning ? Style(.warning, .bold) : Style(.normal)
        let width = DisplayText.width(of: message.text)
        if x + 2 + width <= rect.maxX {
            canvas.write(canvas.glyphs.plain("· ") + message.text, x: x, y: rect.y, style: style, clip: rect)
            return rect
        }
        canvas.fill(rect, style: Style(.border))
        let inner = max(1, rect.width - 2)
        if width <= inner {
            canvas.write(message.text, x: rect.x + 1, y: rect.y, style: style, clip: rect)
            return rect
        }
        var rows = DisplayText.wrap(message.text, width: inner)
        if rows.count > 2 { rows = [rows[0], canvas.glyphs.truncate(rows[1...].joined(separator: " "), width: inner)] }
        if rows.count < 2 { rows.append("") }
        let above = Rect(x: rect.x, y: rect.y - 1, width: rect.width, height: 1)
        canvas.fill(above, style: Style(.border))
        canvas.write(rows[0], x: rect.x + 1, y: above.y, style: style, clip: above)
        canvas.write(rows[1], x: rect.x + 1, y: rect.y, style: style, clip: rect)
        return Rect(x: rect.x, y: above.y, width: rect.width, height: rect.height + 1)
    }

    /// Calm while writing: "Unsaved changes" is the normal state for a second after each key, so only
    /// a failed save is drawn as a warning.
    private static func style(of save: SaveState) -> Style {
        switch save {
        case .saved: Style(.done)
        case .unsaved: Style(.muted)
        case .failed: Style(.warning, .bold)
        }
    }

    /// "Step 2 · Guide"; in a tool's room, "Step 2 · Counter".
    static func location(_ state: AppState) -> String {
        var place = state.focus.title
        if case .tool(let tool)? = state.overlay { place = tool.hintLabel.prefix(1).uppercased() + tool.hintLabel.dropFirst() }
        guard let section = state.section else { return place }
        return "\(section.shortName) · \(place)"
    }

    /// The status message, or what the kept search says.
    private static func messageText(_ state: AppState) -> StatusMessage? {
        state.message ?? state.search.summary.map { StatusMessage($0) }
    }

    /// The selected section's save state, or the journal entry's, or a failure anywhere (that must never hide).
    private static func saveState(_ state: AppState) -> SaveState {
        // The first failed section in key order, so the line does not flicker between two.
        let failed = state.panes.notes.documents.filter { if case .failed = $0.value.saveState { true } else { false } }
        if let key = failed.keys.min(), let failure = failed[key]?.saveState { return failure }
        // The entry being written, or one whose words are not stored yet.
        if let draft = state.panes.journal.draft, state.panes.journal.isWriting || draft.document.saveState != .saved {
            return draft.document.saveState
        }
        return state.section.map { state.saveState(for: $0.key) } ?? .saved
    }

    /// "Enter counter" on an item with a tool; on any other item the key ticks, as "Space tick" says.
    private static func itemToolHint(_ hints: [Binding], _ state: AppState) -> [Binding] {
        hints.compactMap { hint in
            guard hint.action == .openTool else { return hint }
            guard let tool = state.selectedItemTool else { return nil }
            var named = hint
            named.hint = tool.hintLabel
            return named
        }
    }

    /// Hints that keep their place on a short line: the keys of the help and of the support screen.
    /// A list, not a `Set`: the first set of `Action`s cost the first frame a conformance scan.
    private static let kept: [Action] = [.help, .support]

    /// A hint as the line shows it: the first of its keys ("j" of "j/↓") and its label, with the
    /// columns both take and the gap after them ("? help  ").
    private struct Hint {
        var key: String
        var label: String
        var width: Int
        var isKept: Bool
    }

    /// The bindings that have a hint, each named and measured once a frame.
    private static func measured(_ bindings: [Binding], _ glyphs: GlyphSet) -> [Hint] {
        bindings.compactMap { binding in
            guard let label = binding.hint else { return nil }
            let key = binding.keys.first?.displayName(glyphs) ?? ""
            return Hint(key: key, label: label, width: DisplayText.width(of: key) + 1 + DisplayText.width(of: label) + 2,
                        isKept: kept.contains(binding.action))
        }
    }

    /// Columns the kept hints take, each with the gap after it.
    private static func keptRoom(_ hints: [Hint]) -> Int {
        hints.reduce(0) { $0 + ($1.isKept ? $1.width : 0) }
    }

    /// "key label" pairs, as many whole ones as fit, always keeping room for the kept hints.
    private static func drawHints(_ hints: [Hint], keptRoom: Int, from start: Int, in rect: Rect, on canvas: inout Canvas) {
        var x = start
        var reserved = keptRoom
        for hint in hints {
            if hint.isKept { reserved -= hint.width }
            // The last gap may fall off the edge.
            guard x + hint.width + reserved - 2 <= rect.maxX else {
                if reserved > 0 || hint.isKept { continue }
                break
            }
            x = canvas.write(hint.key, x: x, y: rect.y, style: Style(.accent, .bold), clip: rect)
            x = canvas.write(" " + hint.label + "  ", x: x, y: rect.y, style: Style(.muted), clip: rect)
        }
    }

    private static func drawSearchPrompt(_ state: AppState, in rect: Rect, on canvas: inout Canvas) {
        let field = state.search.field
        let count = state.search.occurrenceCount
        let tail = field.text.isEmpty ? "" : (count == 1 ? "  1 match" : "  \(count) matches")
        let tailWidth = DisplayText.width(of: tail)
        let start = canvas.write("/", x: rect.x, y: rect.y, style: Style(.accent, .bold), clip: rect)
        let input = Rect(x: start, y: rect.y, width: rect.maxX - start - tailWidth, height: 1)
        let slice = field.visibleSlice(width: input.width)
        canvas.write(slice.text, x: start, y: rect.y, style: .plain, clip: input)
        canvas.write(tail, x: input.maxX, y: rect.y, style: Style(.muted), clip: rect)
        if input.width > 0 { canvas.setCursor(Point(x: start + slice.cursorX, y: rect.y)) }
    }
}
