import Testing
@testable import RekindleUI

@Suite struct TextBufferEditingTests {
    static func typing(_ text: String, into buffer: inout TextBuffer) {
        for character in text { buffer.insert(String(character)) }
    }

    @Test func lineBreaksAreNormalised() {
        let buffer = TextBuffer(text: "a\r\nb\rc\n")
        #expect(buffer.lines.map { String($0) } == ["a", "b", "c", ""])
        #expect(buffer.text == "a\nb\nc\n")
    }

    /// `joinedEqual` answers what comparing with the joined text answers, byte for byte.
    @Test func linesCompareWithATextAsTheirJoinedTextWould() {
        let texts = ["", "a", "\n", "a\n", "\na", "I miss the walks.\n\nCafé 日本 🌱", "line\nline\nline"]
        let others = texts + ["a\n\n", "b", "Cafe\u{301}", "line\nline\nlin", "line\nline\nline\n", "line\nlinE\nline"]
        for text in texts {
            let lines = TextBuffer(text: text).lines
            for other in others {
                #expect(lines.joinedEqual(other) == Array(lines.text.utf8).elementsEqual(other.utf8), "\(text.debugDescription) vs \(other.debugDescription)")
            }
        }
    }

    @Test func typingCombiningMarkMergesIntoOneGrapheme() {
        var buffer = TextBuffer()
        Self.typing("e\u{301}", into: &buffer)
        #expect(buffer.lines == [["e\u{301}"]])
        #expect(buffer.cursor == TextPosition(line: 0, column: 1))
        buffer.deleteBackward()
        #expect(buffer.text == "")
    }

    @Test func wideAndEmojiGraphemesAreOneStep() {
        var buffer = TextBuffer(text: "漢👍🏽🇫🇷x")
        buffer.moveRight()
        buffer.moveRight()
        buffer.moveRight()
        #expect(buffer.cursor.column == 3)
        buffer.deleteBackward()
        #expect(buffer.text == "漢👍🏽x")
    }

    @Test func deletingJoinsLines() {
        var buffer = TextBuffer(text: "ab\ncd")
        buffer.moveDown(width: 80)
        buffer.moveLineStart()
        buffer.deleteBackward()
        #expect(buffer.text == "abcd")
        #expect(buffer.cursor == TextPosition(line: 0, column: 2))
        buffer.moveLineStart()
        buffer.deleteForward()
        #expect(buffer.text == "bcd")
    }

    @Test func typedWordsAreSeparateUndoSteps() {
        var buffer = TextBuffer()
        Self.typing("hello world", into: &buffer)
        buffer.undo()
        #expect(buffer.text == "hello ")
        buffer.undo()
        #expect(buffer.text == "")
        let undoneBeyondStart = buffer.undo()
        #expect(!undoneBeyondStart)
        buffer.redo()
        buffer.redo()
        #expect(buffer.text == "hello world")
        #expect(buffer.cursor.column == 11)
    }

    @Test func cursorMovementEndsAnUndoStep() {
        var buffer = TextBuffer()
        Self.typing("ab", into: &buffer)
        buffer.moveLeft()
        Self.typing("c", into: &buffer)
        buffer.undo()
        #expect(buffer.text == "ab")
        #expect(buffer.cursor.column == 1)
    }

    @Test func pasteIsOneUndoStepAndRunsOfDeletesAreOne() {
        var buffer = TextBuffer(text: "start ")
        buffer.moveToEnd()
        buffer.insert("one\ntwo\nthree")
        buffer.deleteBackward()
        buffer.deleteBackward()
        #expect(buffer.text == "start one\ntwo\nthr")
        buffer.undo()
        #expect(buffer.text == "start one\ntwo\nthree")
        buffer.undo()
        #expect(buffer.text == "start ")
    }

    @Test func editingAfterUndoDropsTheRedoBranch() {
        var buffer = TextBuffer()
        buffer.insert("abc")
        buffer.undo()
        buffer.insert("x")
        let redone = buffer.redo()
        #expect(!redone)
        #expect(buffer.text == "x")
    }

    @Test func changeCountGrowsWithEveryChange() {
        var buffer = TextBuffer()
        buffer.insert("a")
        buffer.moveLeft()
        buffer.undo()
        buffer.redo()
        #expect(buffer.changeCount == 3)
    }

    @Test func wordMovesCrossLinesAndPunctuation() {
        var buffer = TextBuffer(text: "one, two\n  漢字 end")
        buffer.moveWordRight()
        #expect(buffer.cursor == TextPosition(line: 0, column: 3))
        buffer.moveWordRight()
        #expect(buffer.cursor == TextPosition(line: 0, column: 8))
        buffer.moveWordRight()
        #expect(buffer.cursor == TextPosition(line: 1, column: 4))
        buffer.moveWordLeft()
        #expect(buffer.cursor == TextPosition(line: 1, column: 2))
        buffer.moveWordLeft()
        #expect(buffer.cursor == TextPosition(line: 0, column: 5))
    }

    @Test func megabyteDocumentTakesATenThousandLinePaste() {
        let line = "A line of notes with 漢字 and 😀 to wrap around the editor width.\n"
        var buffer = TextBuffer(text: String(repeating: line, count: 15_000))
        buffer.pageDown(width: 40, height: 20)
        let lineBeforePaste = buffer.cursor.line
        #expect(lineBeforePaste > 0)
        buffer.insert(String(repeating: line, count: 10_000))
        #expect(buffer.lines.count == 25_001)
        #expect(buffer.cursor == TextPosition(line: lineBeforePaste + 10_000, column: 0))
        buffer.insert("x")
        let layout = TextLayout(buffer: buffer, width: 40, height: 20, scroll: ScrollPosition())
        #expect(layout.rows.count == 20)
        buffer.undo()
        buffer.undo()
        #expect(buffer.lines.count == 15_001)
    }
}
