/// Draws text being written (notes, a journal entry): laid out by the editor model, with the
/// terminal cursor in it and "more" markers on the frame.
enum EditorView {
    /// The text being written, laid out by the editor model, with the terminal cursor in it.
    static func draw(_ editor: NotesEditorState, in rect: Rect, on canvas: inout Canvas) {
        let layout = editor.layout(width: rect.width, height: rect.height)
        for (row, line) in layout.rows.enumerated() where row < rect.height {
            canvas.write(line.text, x: rect.x, y: rect.y + row, style: .plain, clip: rect.row(row))
        }
        canvas.setCursor(Point(x: rect.x + layout.cursor.x, y: rect.y + layout.cursor.y))
        ScrollMarkers.draw(above: layout.scroll != ScrollPosition(), below: layout.continuesBelow,
                           frame: ScreenLayout.frame(around: rect), on: &canvas)
    }
}
