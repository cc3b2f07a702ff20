import RekindleKit

/// The selected section's notes, wrapped, or a calm invitation to write some.
enum NotesPane {
    static let placeholder = "No notes yet — press i to write"

    static func draw(_ state: AppState, in rect: Rect, focused: Bool, on canvas: inout Canvas) {
        guard let section = state.section, !rect.isEmpty else { return }
        if state.mode == .notesEditing, let editor = state.notesEditor, editor.sectionKey == section.key {
            drawEditor(editor, in: rect, on: &canvas)
            return
        }
        let text = state.notesText(for: section.key)
        guard !text.isEmpty else {
            for (row, line) in DisplayText.wrap(placeholder, width: rect.width).enumerated() {
                canvas.write(line, x: rect.x, y: rect.y + row, style: Style(.muted, .italic), clip: rect)
            }
            return
        }
        let lines = wrappedLines(text, width: rect.width, limit: max(0, state.notesScroll) + rect.height)
        let scroll = state.notesScroll.clamped(to: 0...max(0, lines.count - rect.height))
        for row in 0..<min(rect.height, lines.count - scroll) {
            let spans = Span.highlighting(lines[scroll + row], query: state.search.highlight, style: .plain)
            canvas.write(spans, x: rect.x, y: rect.y + row, clip: rect.row(row))
        }
    }

    /// The text being written, laid out by the editor model, with the terminal cursor in it.
    private static func drawEditor(_ editor: NotesEditorState, in rect: Rect, on canvas: inout Canvas) {
        let layout = TextLayout(buffer: editor.buffer, width: rect.width, height: rect.height, scroll: editor.scroll)
        for (row, line) in layout.rows.enumerated() where row < rect.height {
            canvas.write(line.text, x: rect.x, y: rect.y + row, style: .plain, clip: rect.row(row))
        }
        canvas.setCursor(Point(x: rect.x + layout.cursor.x, y: rect.y + layout.cursor.y))
    }

    /// Notes as screen lines: each written line wrapped to the width. With a `limit`, stops once it
    /// has that many rows, so drawing the top of long notes does not wrap all of them.
    static func wrappedLines(_ text: String, width: Int, limit: Int = .max) -> [String] {
        var rows: [String] = []
        var rest = Substring(text)
        while rows.count < limit {
            guard let newline = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) else {
                rows += DisplayText.wrap(String(rest), width: max(1, width))
                break
            }
            var line = rest[..<newline]
            if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() } // CR LF is one break
            rows += DisplayText.wrap(String(line), width: max(1, width))
            rest = rest[rest.utf8.index(after: newline)...]
        }
        return rows
    }
}
