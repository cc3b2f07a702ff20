import RekindleKit

/// The bottom line: where you are, overall progress, whether notes are safe, then either the current
/// message or the key hints (from the key map) that fit.
enum StatusBar {
    static func draw(_ state: AppState, in rect: Rect, on canvas: inout Canvas) {
        canvas.fill(rect, style: Style(.border))
        if state.overlay == .search {
            drawSearchPrompt(state, in: rect, on: &canvas)
            return
        }
        var x = rect.x
        x = canvas.write(" " + location(state) + " ", x: x, y: rect.y, style: Style(.accent, .bold), clip: rect)
        let book = state.workbook
        x = canvas.write("· \(book.done)/\(book.total) done ", x: x, y: rect.y, style: Style(.muted), clip: rect)
        let save = saveState(state)
        if save != .saved || state.panes.notes.isEditing {
            x = canvas.write("· " + save.label + " ", x: x, y: rect.y, style: style(of: save), clip: rect)
        }
        if let message = messageText(state) {
            drawMessage(message, after: x, in: rect, on: &canvas)
            return
        }
        drawHints(KeyMap.hints(in: state.keyContexts), from: x + 1, in: rect, on: &canvas)
    }

    /// A message is never cut: after the location when it fits there, else alone on the line, else
    /// on two lines (the second over the panes' bottom edge), and only past that with an "…".
    private static func drawMessage(_ message: StatusMessage, after x: Int, in rect: Rect, on canvas: inout Canvas) {
        let style = message.isWarning ? Style(.warning, .bold) : Style(.normal)
        let width = DisplayText.width(of: message.text)
        if x + 2 + width <= rect.maxX {
            canvas.write("· " + message.text, x: x, y: rect.y, style: style, clip: rect)
            return
        }
        canvas.fill(rect, style: Style(.border))
        let inner = max(1, rect.width - 2)
        if width <= inner {
            canvas.write(message.text, x: rect.x + 1, y: rect.y, style: style, clip: rect)
            return
        }
        var rows = DisplayText.wrap(message.text, width: inner)
        if rows.count > 2 { rows = [rows[0], DisplayText.truncate(rows[1...].joined(separator: " "), width: inner)] }
        if rows.count < 2 { rows.append("") }
        let above = Rect(x: rect.x, y: rect.y - 1, width: rect.width, height: 1)
        canvas.fill(above, style: Style(.border))
        canvas.write(rows[0], x: rect.x + 1, y: above.y, style: style, clip: above)
        canvas.write(rows[1], x: rect.x + 1, y: rect.y, style: style, clip: rect)
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

    /// "Step 2 · Guide"
    static func location(_ state: AppState) -> String {
        guard let section = state.section else { return state.focus.title }
        let name = section.kind == .step ? "Step \(section.number ?? 0)" : section.title
        return "\(name) · \(state.focus.title)"
    }

    /// The status message, or what the kept search says.
    private static func messageText(_ state: AppState) -> StatusMessage? {
        if let message = state.message { return message }
        guard state.search.isKept, !state.search.query.isEmpty else { return nil }
        let count = state.search.matches.count
        guard count > 0 else { return StatusMessage("“\(state.search.query)”: no matches") }
        return StatusMessage("“\(state.search.query)”: \((state.search.current ?? 0) + 1) of \(count) · n/N · Esc clears")
    }

    /// The selected section's save state, or a failure anywhere (that must never hide).
    private static func saveState(_ state: AppState) -> SaveState {
        // The first failed section in key order, so the line does not flicker between two.
        let failed = state.panes.notes.documents.filter { if case .failed = $0.value.saveState { true } else { false } }
        if let key = failed.keys.min(), let failure = failed[key]?.saveState { return failure }
        return state.section.map { state.saveState(for: $0.key) } ?? .saved
    }

    /// "key label" pairs, as many whole ones as fit.
    private static func drawHints(_ hints: [Binding], from start: Int, in rect: Rect, on canvas: inout Canvas) {
        var x = start
        for hint in hints {
            guard let label = hint.hint else { continue }
            let key = hint.keyLabel.split(separator: "/").first.map(String.init) ?? hint.keyLabel
            let width = DisplayText.width(of: key) + 1 + DisplayText.width(of: label) + 2
            guard x + width <= rect.maxX else { break }
            x = canvas.write(key, x: x, y: rect.y, style: Style(.accent, .bold), clip: rect)
            x = canvas.write(" " + label + "  ", x: x, y: rect.y, style: Style(.muted), clip: rect)
        }
    }

    private static func drawSearchPrompt(_ state: AppState, in rect: Rect, on canvas: inout Canvas) {
        let field = state.search.field
        let count = state.search.matches.count
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
