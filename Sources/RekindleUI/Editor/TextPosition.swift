/// A place between graphemes in a `TextBuffer`: a logical line and a column counted in grapheme
/// clusters, so a CJK character, an emoji or a letter with combining marks is one step.
struct TextPosition: Hashable, Comparable, Sendable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
