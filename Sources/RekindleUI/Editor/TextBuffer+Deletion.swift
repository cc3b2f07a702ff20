/// The deletions readline, nano and micro users reach for (Alt-Backspace, Ctrl-W, Ctrl-U, Ctrl-K):
/// each is one undo step, and each stays on the cursor's logical line except at its edge, where
/// it takes the line break as Backspace and Delete would.
extension TextBuffer {
    /// Back to the start of the word before the cursor, with the spaces or punctuation between
    /// them (words as in `moveWordLeft`); at a line start, the line break.
    public mutating func deleteWordBackward() {
        guard cursor.column > 0 else {
            if let previous = position(before: cursor) { deleteRange(from: previous, to: cursor) }
            return
        }
        let line = cursor.line
        var column = cursor.column
        while column > 0, !Self.isWordCharacter(lines.character(line: line, column: column - 1)) { column -= 1 }
        while column > 0, Self.isWordCharacter(lines.character(line: line, column: column - 1)) { column -= 1 }
        deleteRange(from: TextPosition(line: line, column: column), to: cursor)
    }

    /// From the start of the line to the cursor; nothing at a line start.
    public mutating func deleteToLineStart() {
        guard cursor.column > 0 else { return }
        deleteRange(from: TextPosition(line: cursor.line, column: 0), to: cursor)
    }

    /// From the cursor to the end of the line; at a line end, the line break (so repeated presses
    /// keep deleting, as in Emacs and nano).
    public mutating func deleteToLineEnd() {
        let end = TextPosition(line: cursor.line, column: lines.count(ofLine: cursor.line))
        if cursor != end {
            deleteRange(from: cursor, to: end)
        } else if let next = position(after: cursor) {
            deleteRange(from: cursor, to: next)
        }
    }

    private mutating func deleteRange(from start: TextPosition, to end: TextPosition) {
        apply(from: start, to: end, with: "", kind: .block, extendsGroup: false)
    }
}
