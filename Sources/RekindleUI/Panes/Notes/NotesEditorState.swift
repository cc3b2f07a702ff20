/// The notes being written: the text buffer, and where its view is scrolled.
public struct NotesEditorState: Sendable {
    public var buffer: TextBuffer
    /// Kept between keystrokes so the view moves only when the cursor leaves it.
    public var scroll = ScrollPosition()

    public init(text: String) {
        buffer = TextBuffer(text: text)
        buffer.moveToEnd()
    }
}

extension NotesEditorState: Equatable {
    /// Same text, cursor and scroll (the buffer's undo history is not compared).
    public static func == (lhs: NotesEditorState, rhs: NotesEditorState) -> Bool {
        lhs.buffer.cursor == rhs.buffer.cursor && lhs.scroll == rhs.scroll && lhs.buffer.text == rhs.buffer.text
    }
}
