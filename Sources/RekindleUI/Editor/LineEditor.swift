import RekindleKit

/// A one-line editor for checklist item titles. It is a `TextBuffer` that never holds a line break
/// (pasted newlines and tabs become spaces), so it shares grapheme handling, word moves and undo.
public struct LineEditor: Sendable {
    private var buffer: TextBuffer

    public init(text: String = "") {
        buffer = TextBuffer(text: Self.singleLine(text))
        buffer.moveToEnd()
    }

    public var text: String { buffer.text }
    /// Cursor column in graphemes.
    public var cursor: Int { buffer.cursor.column }
    public var isModified: Bool { buffer.isModified }

    public mutating func insert(_ text: String) { buffer.insert(Self.singleLine(text)) }
    public mutating func deleteBackward() { buffer.deleteBackward() }
    public mutating func deleteForward() { buffer.deleteForward() }
    public mutating func deleteWordBackward() { buffer.deleteWordBackward() }
    public mutating func deleteToStart() { buffer.deleteToLineStart() }
    public mutating func deleteToEnd() { buffer.deleteToLineEnd() }
    public mutating func moveLeft() { buffer.moveLeft() }
    public mutating func moveRight() { buffer.moveRight() }
    public mutating func moveWordLeft() { buffer.moveWordLeft() }
    public mutating func moveWordRight() { buffer.moveWordRight() }
    public mutating func moveHome() { buffer.moveLineStart() }
    public mutating func moveEnd() { buffer.moveLineEnd() }
    @discardableResult public mutating func undo() -> Bool { buffer.undo() }
    @discardableResult public mutating func redo() -> Bool { buffer.redo() }

    /// The part of the text to draw in `width` columns and the cursor's x within it. The view scrolls
    /// by half a width at a time once the cursor passes the right edge, so it depends only on the
    /// cursor and stays still while the cursor moves inside it; a wide character is never cut.
    public func visibleSlice(width: Int) -> (text: String, cursorX: Int) {
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
