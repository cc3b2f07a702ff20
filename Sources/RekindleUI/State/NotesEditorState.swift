/// The notes being written: which section, the text buffer, and where its view is scrolled.
public struct NotesEditorState: Sendable {
    public var sectionKey: String
    public var buffer: TextBuffer
    /// Kept between keystrokes so the view moves only when the cursor leaves it.
    public var scroll = ScrollPosition()

    public init(sectionKey: String, text: String) {
        self.sectionKey = sectionKey
        buffer = TextBuffer(text: text)
        buffer.moveToEnd()
    }
}

extension NotesEditorState: Equatable {
    /// Same section, text, cursor and scroll (the buffer's undo history is not compared).
    public static func == (lhs: NotesEditorState, rhs: NotesEditorState) -> Bool {
        lhs.sectionKey == rhs.sectionKey && lhs.buffer.text == rhs.buffer.text
            && lhs.buffer.cursor == rhs.buffer.cursor && lhs.scroll == rhs.scroll
    }
}
