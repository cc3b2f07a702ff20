import RekindleKit

/// A one-line editor for checklist item titles. It is a `TextBuffer` that never holds a line break
/// (pasted newlines and tabs become spaces), so it shares grapheme handling, word moves and undo.
public struct LineEditor: Sendable {
    private var buffer: TextBuffer

    init(text: String = "") {
        buffer = TextBuffer(text: Self.singleLine(text))
        buffer.moveToEnd()
    }

    var text: String { buffer.text }
    /// Cursor column in graphemes.
    var cursor: Int { buffer.cursor.column }

    mutating func insert(_ text: String) { buffer.insert(Self.singleLine(text)) }
    mutating func deleteBackward() { buffer.deleteBackward() }
    mutating func deleteForward() { buffer.deleteForward() }
    mutating func deleteWordBackward() { buffer.deleteWordBackward() }
    mutating func deleteToStart() { buffer.deleteToLineStart() }
    mutating func deleteToEnd() { buffer.deleteToLineEnd() }
    mutating func moveLeft() { buffer.moveLeft() }
    mutating func moveRight() { buffer.moveRight() }
    mutating func moveWordLeft() { buffer.moveWordLeft() }
    mutating func moveWordRight() { buffer.moveWordRight() }
    mutating func moveHome() { buffer.moveLineStart() }
    mutating func moveEnd() { buffer.moveLineEnd() }
    @discardableResult mutating func undo() -> Bool { buffer.undo() }
    @discardableResult mutating func redo() -> Bool { buffer.redo() }

    /// The part of the text to draw in `width` columns and the cursor's x within it. The view scrolls
    /// by half a width at a time once the cursor passes the right edge, so it depends only on the
    /// cursor and stays still while the cursor moves inside it; a wide character is never cut.
    func visibleSlice(width: Int) -> (text: String, cursorX: Int) {
        let width = max(1, width)
        let characters = buffer.lines[0]
        let cursorColumns = characters[..<cursor].reduce(0) { $0 + DisplayText.width(of: $1) }
        let step = max(1, width / 2)
        let offset = cursorColumns < width ? 0 : ((cursorColumns - width) / step + 1) * step
        var start = 0
        var skipped = 0
        while skipped < offset && start < cursor {
            skipped += DisplayText.width(of: characters[start])
            start += 1
        }
        let visible = DisplayText.sanitize(String(characters[start...]))
        return (DisplayText.truncate(visible, width: width, ellipsis: ""), cursorColumns - skipped)
    }

    /// Titles are one line: line breaks and tabs become spaces.
    public static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
