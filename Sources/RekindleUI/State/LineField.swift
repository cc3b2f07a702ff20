/// A one-line text field with a cursor, for the search prompt and the inline item editor.
/// The cursor counts grapheme clusters, so it never lands inside an emoji or a CJK character.
public struct LineField: Equatable, Sendable {
    public private(set) var text: String
    public private(set) var cursor: Int

    public init(text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    mutating func insert(_ string: String) {
        // One line only: pasted line breaks become spaces.
        let flat = String(string.map { $0.isNewline ? " " : $0 })
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: flat, at: index)
        cursor += flat.count
    }

    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
        cursor -= 1
    }

    mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    mutating func moveLeft() { cursor = max(0, cursor - 1) }
    mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    mutating func moveToStart() { cursor = 0 }
    mutating func moveToEnd() { cursor = text.count }

    /// To the start of the previous word.
    mutating func moveWordLeft() {
        let characters = Array(text)
        var index = cursor
        while index > 0, characters[index - 1].isWhitespace { index -= 1 }
        while index > 0, !characters[index - 1].isWhitespace { index -= 1 }
        cursor = index
    }

    /// To the end of the next word.
    mutating func moveWordRight() {
        let characters = Array(text)
        var index = cursor
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        while index < characters.count, !characters[index].isWhitespace { index += 1 }
        cursor = index
    }

    /// The text before the cursor, to place the terminal cursor by display width.
    var textBeforeCursor: String { String(text.prefix(cursor)) }
}
