/// The notes being written: the text buffer, and where its view is scrolled.
struct NotesEditorState: Sendable {
    var buffer: TextBuffer
    /// Kept between keystrokes so the view moves only when the cursor leaves it.
    var scroll = ScrollPosition()

    init(text: String) {
        buffer = TextBuffer(text: text)
        buffer.moveToEnd()
    }
}

extension NotesEditorState: Equatable {
    /// Same text, cursor and scroll (the buffer's undo history is not compared).
    static func == (lhs: NotesEditorState, rhs: NotesEditorState) -> Bool {
        lhs.buffer.cursor == rhs.buffer.cursor && lhs.scroll == rhs.scroll && lhs.buffer.text == rhs.buffer.text
    }
}
