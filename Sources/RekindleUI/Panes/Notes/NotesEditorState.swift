/// The notes being written: the text buffer, where its view is scrolled, and how it was last laid out.
struct NotesEditorState: Sendable {
    var buffer: TextBuffer
    /// Kept between keystrokes so the view moves only when the cursor leaves it.
    var scroll = ScrollPosition()
    /// The layout after the last keystroke: the frame drawn next shows it, and the next keystroke
    /// wraps only the lines that changed (a keystroke in the 1 MB notes laid them out twice, each
    /// time wrapping a screenful afresh).
    private var layout: TextLayout?

    init(text: String) {
        buffer = TextBuffer(text: text)
        buffer.moveToEnd()
    }

    /// Moves the scroll so the cursor is in view in a `width` x `height` area.
    mutating func relayout(width: Int, height: Int) {
        let layout = TextLayout(buffer: buffer, width: width, height: height, scroll: scroll, reusing: layout.take())
        scroll = layout.scroll
        self.layout = layout
    }

    /// What the editor shows in a `width` x `height` area: the last layout while it is current.
    func layout(width: Int, height: Int) -> TextLayout {
        if let layout, layout.isCurrent(for: buffer, width: width, height: height, scroll: scroll) { return layout }
        return TextLayout(buffer: buffer, width: width, height: height, scroll: scroll, reusing: layout)
    }
}

extension NotesEditorState: Equatable {
    /// Same text, cursor and scroll (the buffer's undo history and the layout are not compared).
    static func == (lhs: NotesEditorState, rhs: NotesEditorState) -> Bool {
        lhs.buffer.cursor == rhs.buffer.cursor && lhs.scroll == rhs.scroll && lhs.buffer.text == rhs.buffer.text
    }
}
