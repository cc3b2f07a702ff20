import Foundation
import RekindleKit

/// The selected section's notes, wrapped, or a calm invitation to write some; the editor while
/// writing.
enum NotesPane: PaneComponent {
    /// The calm invitation, naming the person's key for writing.
    static func placeholder(_ keyMap: KeyMap, _ glyphs: GlyphSet) -> String {
        glyphs.plain("No notes yet — press \(keyMap.firstKey(of: .editNotes, in: .notes, glyphs)) to write")
    }

    static func perform(_ action: Action, key: Key, in state: inout AppState, now: Date) -> [Effect] {
        switch action {
        case .noteHistory: return state.section.map { [.loadHistory(sectionKey: $0.key)] } ?? []
        case .undo, .redo:
            // Notes have their own undo: typing while writing, whole versions in the history.
            let keys = state.session.preferences.keyMap
            state.message = StatusMessage("Notes: \(keys.firstKey(of: .undo, in: .notesEditor)) undoes while writing · "
                                          + "\(keys.firstKey(of: .noteHistory, in: .notes)) history")
            return []
        default: return []
        }
    }

    static func move(by delta: Int, in state: inout AppState) {
        scroll(by: delta, in: &state)
    }

    static func page(by fraction: Double, in state: inout AppState) {
        scroll(by: pageLines(fraction, height: state.contentRect(of: .notes).height), in: &state)
    }

    static func wheel(by lines: Int, in state: inout AppState) {
        scroll(by: lines, in: &state)
    }

    /// A click on the notes starts writing them, as `i` does.
    static func click(row: Int, column: Int, content: Rect, in state: inout AppState, now: Date) -> [Effect] {
        state.startEditingNotes()
    }

    static func keepInView(_ state: inout AppState) {
        state.relayoutNotesEditor()
    }

    static func scroll(by lines: Int, in state: inout AppState) {
        guard let section = state.section else { return }
        let rect = state.contentRect(of: .notes)
        let current = state.panes.notes.scroll
        // Rows past the target and one screen below it do not change the answer: count no further.
        let limit = max(0, current + lines) + rect.height
        let count = wrappedLines(state, section.key, width: rect.width, limit: limit).count
        state.panes.notes.scroll = (current + lines).clamped(to: 0...max(0, count - rect.height))
    }

    /// The section's notes as screen lines at a width (see `NotesWrapCache`).
    static func wrappedLines(_ state: AppState, _ sectionKey: String, width: Int, limit: Int = .max) -> ArraySlice<String> {
        state.panes.notes.wrapCache.lines(state.notesText(for: sectionKey), width: width, limit: limit, key: sectionKey)
    }

    static func draw(_ state: AppState, in rect: Rect, focused: Bool, on canvas: inout Canvas) {
        guard let section = state.section, !rect.isEmpty else { return }
        if let editor = state.panes.notes.documents[section.key]?.editor {
            EditorView.draw(editor, in: rect, on: &canvas)
            return
        }
        let text = state.notesText(for: section.key)
        guard !text.isEmpty else {
            let invitation = placeholder(state.session.preferences.keyMap, canvas.glyphs)
            for (row, line) in DisplayText.wrap(invitation, width: rect.width).enumerated() {
                canvas.write(line, x: rect.x, y: rect.y + row, style: Style(.muted, .italic), clip: rect)
            }
            return
        }
        let scroll = state.panes.notes.scroll
        // One row past the screen, to know whether there is more below.
        let lines = state.panes.notes.wrapCache.lines(text, width: rect.width, limit: max(0, scroll) + rect.height + 1,
                                                      key: section.key)
        let top = scroll.clamped(to: 0...max(0, lines.count - rect.height))
        for row in 0..<min(rect.height, lines.count - top) {
            let spans = Span.highlighting(lines[top + row], query: state.search.highlight, style: .plain)
            canvas.write(spans, x: rect.x, y: rect.y + row, clip: rect.row(row))
        }
        ScrollMarkers.draw(above: top > 0, below: top + rect.height < lines.count,
                           frame: ScreenLayout.frame(around: rect), on: &canvas)
    }
}
