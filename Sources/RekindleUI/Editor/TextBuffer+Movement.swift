/// Cursor moves along the logical text: by grapheme, word, line and document.
extension TextBuffer {
    mutating func moveLeft() {
        moveHorizontally(to: position(before: cursor) ?? cursor)
    }

    mutating func moveRight() {
        moveHorizontally(to: position(after: cursor) ?? cursor)
    }

    /// To the start of the logical line (not the soft-wrapped row): Home in a notes editor.
    mutating func moveLineStart() {
        moveHorizontally(to: TextPosition(line: cursor.line, column: 0))
    }

    /// To the end of the logical line (not the soft-wrapped row).
    mutating func moveLineEnd() {
        moveHorizontally(to: TextPosition(line: cursor.line, column: lines.count(ofLine: cursor.line)))
    }

    mutating func moveToStart() {
        moveHorizontally(to: TextPosition(line: 0, column: 0))
    }

    mutating func moveToEnd() {
        moveHorizontally(to: endPosition)
    }

    /// Back to the start of the previous word, crossing line breaks. Words are runs of letters,
    /// digits and "_"; everything else (spaces, punctuation, emoji, line breaks) separates them.
    mutating func moveWordLeft() {
        var position = cursor
        while let previous = self.position(before: position), !isWordCharacter(before: position) {
            position = previous
        }
        while let previous = self.position(before: position), isWordCharacter(before: position) {
            position = previous
        }
        moveHorizontally(to: position)
    }

    /// Forward to the end of the next word, crossing line breaks.
    mutating func moveWordRight() {
        var position = cursor
        while let next = self.position(after: position), !isWordCharacter(after: position) {
            position = next
        }
        while let next = self.position(after: position), isWordCharacter(after: position) {
            position = next
        }
        moveHorizontally(to: position)
    }

    /// Whether a grapheme belongs to a word for word moves.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// One grapheme back; from a line start, the end of the previous line. Nil at the document start.
    func position(before position: TextPosition) -> TextPosition? {
        if position.column > 0 { return TextPosition(line: position.line, column: position.column - 1) }
        guard position.line > 0 else { return nil }
        return TextPosition(line: position.line - 1, column: lines.count(ofLine: position.line - 1))
    }

    /// One grapheme on; from a line end, the start of the next line. Nil at the document end.
    func position(after position: TextPosition) -> TextPosition? {
        if position.column < lines.count(ofLine: position.line) {
            return TextPosition(line: position.line, column: position.column + 1)
        }
        guard position.line + 1 < lines.count else { return nil }
        return TextPosition(line: position.line + 1, column: 0)
    }

    private func isWordCharacter(before position: TextPosition) -> Bool {
        position.column > 0 && Self.isWordCharacter(lines.character(line: position.line, column: position.column - 1))
    }

    private func isWordCharacter(after position: TextPosition) -> Bool {
        position.column < lines.count(ofLine: position.line)
            && Self.isWordCharacter(lines.character(line: position.line, column: position.column))
    }

    private mutating func moveHorizontally(to position: TextPosition) {
        preferredX = nil
        moved(to: position)
    }
}
