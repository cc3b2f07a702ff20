import RekindleKit
import Synchronization

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
    ///
    /// The rows wrapped so far are kept for the last text and width (`WrapCache`): every frame of a
    /// section with long notes wrapped the same screenful again (1 MB of notes in the benchmark:
    /// 100-200 µs a frame), and scrolling down wrapped everything above the view each time.
    static func wrappedLines(_ text: String, width: Int, limit: Int = .max) -> ArraySlice<String> {
        let width = max(1, width)
        return wrapCache.withLock { cache in
            // Comparing the text is cheap while it is the same string (identical storage).
            if cache == nil || cache!.width != width || cache!.text != text {
                cache = WrapCache(text: text, width: width)
            }
            return cache!.rows(limit: limit)
        }
    }

    private static let wrapCache = Mutex<WrapCache?>(nil)

    /// Rows of one text at one width, wrapped line by line as far as anyone asked.
    private struct WrapCache {
        let text: String
        let width: Int
        var rows: [String] = []
        /// `rows.count` after each written line.
        var lineEnds: [Int] = []
        /// What is not wrapped yet; nil once everything is.
        var rest: Substring?

        init(text: String, width: Int) {
            self.text = text
            self.width = width
            rest = Substring(text)
        }

        /// The rows up to the end of the first written line that reaches `limit` rows (or all).
        mutating func rows(limit: Int) -> ArraySlice<String> {
            guard limit > 0 else { return [] }
            while (lineEnds.last ?? 0) < limit, let pending = rest {
                if let newline = pending.utf8.firstIndex(of: UInt8(ascii: "\n")) {
                    var line = pending[..<newline]
                    if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() } // CR LF is one break
                    rows += DisplayText.wrap(String(line), width: width)
                    rest = pending[pending.utf8.index(after: newline)...]
                } else {
                    rows += DisplayText.wrap(String(pending), width: width)
                    rest = nil
                }
                lineEnds.append(rows.count)
            }
            // The first line end at or past the limit: where wrapping line by line would have stopped.
            var low = 0, high = lineEnds.count - 1
            while low < high {
                let middle = (low + high) / 2
                if lineEnds[middle] >= limit { high = middle } else { low = middle + 1 }
            }
            return rows[0..<(lineEnds.isEmpty ? 0 : lineEnds[low])]
        }
    }
}
