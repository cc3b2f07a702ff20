import PropertyBased
@testable import RekindleUI

/// The oracle for `TextBuffer`: the whole text as one String and the cursor as a grapheme offset,
/// edited the slow, obvious way (splice scalars, let String re-segment).
struct TextBufferModel {
    var text: String
    var cursor = 0

    var graphemes: [Character] { Array(text) }

    mutating func insert(_ inserted: String) {
        let inserted = inserted.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        let offset = scalarOffset(ofGrapheme: cursor)
        replaceScalars(offset..<offset, with: inserted, caretScalar: offset + inserted.unicodeScalars.count)
    }

    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        let range = scalarOffset(ofGrapheme: cursor - 1)..<scalarOffset(ofGrapheme: cursor)
        replaceScalars(range, with: "", caretScalar: range.lowerBound)
    }

    mutating func deleteForward() {
        guard cursor < graphemes.count else { return }
        let range = scalarOffset(ofGrapheme: cursor)..<scalarOffset(ofGrapheme: cursor + 1)
        replaceScalars(range, with: "", caretScalar: range.lowerBound)
    }

    mutating func moveLeft() { cursor = max(0, cursor - 1) }
    mutating func moveRight() { cursor = min(graphemes.count, cursor + 1) }

    mutating func moveLineStart() {
        let characters = graphemes
        while cursor > 0 && characters[cursor - 1] != "\n" { cursor -= 1 }
    }

    mutating func moveLineEnd() {
        let characters = graphemes
        while cursor < characters.count && characters[cursor] != "\n" { cursor += 1 }
    }

    mutating func moveWordLeft() {
        let characters = graphemes
        while cursor > 0 && !TextBuffer.isWordCharacter(characters[cursor - 1]) { cursor -= 1 }
        while cursor > 0 && TextBuffer.isWordCharacter(characters[cursor - 1]) { cursor -= 1 }
    }

    mutating func moveWordRight() {
        let characters = graphemes
        while cursor < characters.count && !TextBuffer.isWordCharacter(characters[cursor]) { cursor += 1 }
        while cursor < characters.count && TextBuffer.isWordCharacter(characters[cursor]) { cursor += 1 }
    }

    private func scalarOffset(ofGrapheme index: Int) -> Int {
        graphemes[..<index].reduce(0) { $0 + $1.unicodeScalars.count }
    }

    /// Splices scalars, then puts the cursor on the first grapheme boundary at or after `caretScalar`.
    private mutating func replaceScalars(_ range: Range<Int>, with replacement: String, caretScalar: Int) {
        var scalars = Array(text.unicodeScalars)
        scalars.replaceSubrange(range, with: replacement.unicodeScalars)
        text = String(String.UnicodeScalarView(scalars))
        var covered = 0
        cursor = 0
        for character in graphemes where covered < caretScalar {
            covered += character.unicodeScalars.count
            cursor += 1
        }
    }
}

/// One step of a random editing session.
enum EditOperation: CustomStringConvertible {
    case insert(String)
    case deleteBackward, deleteForward
    case left, right, wordLeft, wordRight, lineStart, lineEnd, start, end
    case up(width: Int), down(width: Int), pageUp(width: Int, height: Int), pageDown(width: Int, height: Int)

    /// Text that exercises segmentation: wide and combining graphemes, emoji parts that merge with
    /// their neighbours, Hangul jamo, regional indicators, every line-break spelling, pastes.
    static let insertions = [
        "a", "b", " ", "\n", "\t", "漢", "😀", "👍", "🏽", "e", "\u{301}", "\u{200D}", "👩", "🇫", "🇷",
        "\u{1100}", "\u{1161}", "\r\n", "\r", "hello world", "x\ny\n\nz", "ok.", "e\u{301}\u{323}",
    ]

    static let generator = zip(
        Gen.int(in: 0...19), Gen.element(of: insertions).map { $0! }, Gen.int(in: 1...12), Gen.int(in: 1...6)
    ).map { (kind: Int, text: String, width: Int, height: Int) -> EditOperation in
        switch kind {
        case 0...5: .insert(text)
        case 6, 7: .deleteBackward
        case 8: .deleteForward
        case 9: .left
        case 10: .right
        case 11: .wordLeft
        case 12: .wordRight
        case 13: .lineStart
        case 14: .lineEnd
        case 15: [EditOperation.start, .end][width % 2]
        case 16: .up(width: width)
        case 17: .down(width: width)
        case 18: .pageUp(width: width, height: height)
        default: .pageDown(width: width, height: height)
        }
    }

    var description: String {
        switch self {
        case .insert(let text): "insert(\(text.debugDescription))"
        case .deleteBackward: "deleteBackward"
        case .deleteForward: "deleteForward"
        case .left: "left"
        case .right: "right"
        case .wordLeft: "wordLeft"
        case .wordRight: "wordRight"
        case .lineStart: "lineStart"
        case .lineEnd: "lineEnd"
        case .start: "start"
        case .end: "end"
        case .up(let width): "up(\(width))"
        case .down(let width): "down(\(width))"
        case .pageUp(let width, let height): "pageUp(\(width), \(height))"
        case .pageDown(let width, let height): "pageDown(\(width), \(height))"
        }
    }

    /// Applies the operation to the buffer, and to the model where the model knows how; visual moves
    /// (which the model cannot predict) copy the buffer's cursor into the model.
    func apply(to buffer: inout TextBuffer, _ model: inout TextBufferModel) {
        switch self {
        case .insert(let text): buffer.insert(text); model.insert(text)
        case .deleteBackward: buffer.deleteBackward(); model.deleteBackward()
        case .deleteForward: buffer.deleteForward(); model.deleteForward()
        case .left: buffer.moveLeft(); model.moveLeft()
        case .right: buffer.moveRight(); model.moveRight()
        case .wordLeft: buffer.moveWordLeft(); model.moveWordLeft()
        case .wordRight: buffer.moveWordRight(); model.moveWordRight()
        case .lineStart: buffer.moveLineStart(); model.moveLineStart()
        case .lineEnd: buffer.moveLineEnd(); model.moveLineEnd()
        case .start: buffer.moveToStart(); model.cursor = 0
        case .end: buffer.moveToEnd(); model.cursor = model.graphemes.count
        case .up(let width): buffer.moveUp(width: width); model.cursor = buffer.cursorOffset
        case .down(let width): buffer.moveDown(width: width); model.cursor = buffer.cursorOffset
        case .pageUp(let width, let height):
            buffer.pageUp(width: width, height: height); model.cursor = buffer.cursorOffset
        case .pageDown(let width, let height):
            buffer.pageDown(width: width, height: height); model.cursor = buffer.cursorOffset
        }
    }
}

extension TextBuffer {
    /// The cursor as a grapheme offset into `text` (line breaks count one each).
    var cursorOffset: Int {
        lines[..<cursor.line].reduce(0) { $0 + $1.count + 1 } + cursor.column
    }

    /// Every line is segmented exactly as Swift segments it, and the cursor is inside the text.
    var isConsistent: Bool {
        lines.allSatisfy { Array(String($0)).map(\.unicodeScalars.count) == $0.map(\.unicodeScalars.count) }
            && cursor.line >= 0 && cursor.line < lines.count
            && cursor.column >= 0 && cursor.column <= lines[cursor.line].count
    }
}
