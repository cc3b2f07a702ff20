import Testing
@testable import RekindleUI

@Suite struct TextBufferLayoutTests {
    static func layout(_ buffer: TextBuffer, width: Int, height: Int,
                       scroll: ScrollPosition = ScrollPosition()) -> TextLayout {
        TextLayout(buffer: buffer, width: width, height: height, scroll: scroll)
    }

    @Test func rowsWrapAtWordsAndShowTheCursor() {
        var buffer = TextBuffer(text: "the quick brown fox\n\tjumps")
        buffer.moveWordRight()
        let layout = Self.layout(buffer, width: 10, height: 5)
        #expect(layout.rows.map(\.text) == ["the quick", "brown fox", "    jumps"])
        #expect(layout.rows.map(\.line) == [0, 0, 1])
        #expect(layout.rows[1].columns == 10..<19)
        #expect(layout.cursor == Point(x: 3, y: 0))
    }

    @Test func lineThatFillsTheWidthGetsARowForTheEndCursor() {
        var buffer = TextBuffer(text: "abcde")
        buffer.moveToEnd()
        let layout = Self.layout(buffer, width: 5, height: 3)
        #expect(layout.rows.map(\.text) == ["abcde", ""])
        #expect(layout.cursor == Point(x: 0, y: 1))
    }

    @Test func controlsAreDrawnAsStandIns() {
        let buffer = TextBuffer(text: "a\u{1B}[2Jb")
        #expect(Self.layout(buffer, width: 20, height: 1).rows.map(\.text) == ["a␛[2Jb"])
    }

    @Test func wideCharactersMoveToTheNextRowAndCountTwoColumns() {
        var buffer = TextBuffer(text: "a漢字")
        buffer.moveToEnd()
        let layout = Self.layout(buffer, width: 4, height: 3)
        #expect(layout.rows.map(\.text) == ["a漢", "字"])
        #expect(layout.cursor == Point(x: 2, y: 1))
    }

    @Test func scrollFollowsTheCursorDownAndUp() {
        var buffer = TextBuffer(text: (1...20).map { "line \($0)" }.joined(separator: "\n"))
        var scroll = ScrollPosition()
        for _ in 0..<10 { buffer.moveDown(width: 10) }
        var layout = Self.layout(buffer, width: 10, height: 4, scroll: scroll)
        scroll = layout.scroll
        #expect(scroll == ScrollPosition(line: 7, row: 0))
        #expect(layout.rows.first?.text == "line 8")
        #expect(layout.cursor.y == 3)
        for _ in 0..<2 { buffer.moveUp(width: 10) }
        layout = Self.layout(buffer, width: 10, height: 4, scroll: scroll)
        #expect(layout.scroll == scroll)
        #expect(layout.cursor.y == 1)
        buffer.moveToStart()
        #expect(Self.layout(buffer, width: 10, height: 4, scroll: scroll).scroll == ScrollPosition())
    }

    @Test func anUndonePasteLeavesNoBlankPaneAboveTheText() {
        var buffer = TextBuffer(text: (1...5).map { "line \($0)" }.joined(separator: "\n"))
        buffer.moveToEnd()
        buffer.insert("\n" + (1...40).map { "pasted \($0)" }.joined(separator: "\n"))
        let scrolled = Self.layout(buffer, width: 20, height: 4)
        #expect(scrolled.scroll.line > 5)
        _ = buffer.undo()
        let layout = Self.layout(buffer, width: 20, height: 4, scroll: scrolled.scroll)
        #expect(layout.rows.map(\.text) == ["line 2", "line 3", "line 4", "line 5"])
        #expect(layout.cursor == Point(x: 6, y: 3))
    }

    @Test func staleScrollPositionIsClamped() {
        let buffer = TextBuffer(text: "short")
        let layout = Self.layout(buffer, width: 10, height: 4, scroll: ScrollPosition(line: 50, row: 3))
        #expect(layout.scroll == ScrollPosition())
        #expect(layout.rows.map(\.text) == ["short"])
    }

    @Test func verticalMovesKeepThePreferredDisplayColumn() {
        var buffer = TextBuffer(text: "abcdef\n漢字漢字\nxy\nabcdef")
        for _ in 0..<3 { buffer.moveRight() }
        buffer.moveDown(width: 20)
        #expect(buffer.cursor == TextPosition(line: 1, column: 1))
        buffer.moveDown(width: 20)
        #expect(buffer.cursor == TextPosition(line: 2, column: 2))
        buffer.moveDown(width: 20)
        #expect(buffer.cursor == TextPosition(line: 3, column: 3))
        buffer.moveDown(width: 20)
        #expect(buffer.cursor == TextPosition(line: 3, column: 6))
    }

    @Test func verticalMovesStepThroughSoftWrappedRows() {
        var buffer = TextBuffer(text: "one two three four")
        buffer.moveDown(width: 8)
        #expect(buffer.cursor.column == 8)
        buffer.moveDown(width: 8)
        #expect(buffer.cursor.column == 14)
        buffer.moveUp(width: 8)
        buffer.moveUp(width: 8)
        #expect(buffer.cursor.column == 0)
    }

    @Test func pagesMoveByAScreenLessOneRow() {
        var buffer = TextBuffer(text: (1...30).map(String.init).joined(separator: "\n"))
        buffer.pageDown(width: 10, height: 10)
        #expect(buffer.cursor.line == 9)
        buffer.pageDown(width: 10, height: 10)
        buffer.pageUp(width: 10, height: 10)
        #expect(buffer.cursor.line == 9)
        buffer.pageUp(width: 10, height: 10)
        buffer.pageUp(width: 10, height: 10)
        #expect(buffer.cursor == TextPosition(line: 0, column: 0))
    }

    @Test func tinyViewportStillHoldsTheCursor() {
        var buffer = TextBuffer(text: "漢字 and more")
        buffer.moveToEnd()
        let layout = Self.layout(buffer, width: 1, height: 1)
        #expect(layout.rows.count == 1)
        #expect(layout.cursor == Point(x: 0, y: 0))
        #expect(layout.rows.allSatisfy { $0.text.count <= 1 })
    }
}
