import Testing
@testable import RekindleTerminal
import RekindleUI

/// The painter against a fake surface: what it writes where, with which style, and how little it
/// repaints.
@Suite struct GridPainterTests {
    /// A grid of narrow characters, one row per string.
    private func grid(_ rows: [String], style: Style = .plain, cursor: Point? = nil) -> Grid {
        var grid = Grid(size: Size(width: rows.map(\.count).max() ?? 0, height: rows.count))
        for (y, row) in rows.enumerated() {
            for (x, character) in row.enumerated() {
                grid.set(Cell(text: String(character), width: 1, style: style), x: x, y: y)
            }
        }
        grid.cursor = cursor
        return grid
    }

    @Test func theFirstFrameErasesAndDrawsEveryCellWithItsStyle() {
        var painter = GridPainter(surface: FakeSurface(6, 2))
        let warning = Style(.warning, [.bold])
        painter.paint(grid(["Saved.", "  ok  "], style: warning), previous: nil, screen: Size(width: 6, height: 2))
        #expect(painter.surface.calls == ["erase", "present"])
        #expect(painter.surface.lines == ["Saved.", "  ok  "])
        #expect(painter.surface.cells.joined().allSatisfy { $0?.style == warning })
        #expect(painter.surface.cursor == nil)
    }

    @Test func aLaterFrameRepaintsOnlyTheRowsThatChanged() {
        var painter = GridPainter(surface: FakeSurface(5, 3))
        let size = Size(width: 5, height: 3)
        let first = grid(["one  ", "two  ", "three"])
        painter.paint(first, previous: nil, screen: size)
        painter.surface.forgetCalls()
        painter.paint(grid(["one  ", "TWO  ", "three"]), previous: first, screen: size)
        #expect(painter.surface.calls == ["clearRow 1", "present"])
        #expect(painter.surface.puts == ["0,1", "1,1", "2,1", "3,1", "4,1"])
        #expect(painter.surface.lines == ["one  ", "TWO  ", "three"])
    }

    @Test func aFrameOfAnotherSizeStartsOver() {
        var painter = GridPainter(surface: FakeSurface(6, 3))
        let small = grid(["ab", "cd"])
        painter.paint(small, previous: nil, screen: Size(width: 6, height: 3))
        painter.surface.forgetCalls()
        painter.paint(grid(["abc", "def"]), previous: small, screen: Size(width: 6, height: 3))
        #expect(painter.surface.calls.first == "erase")
        #expect(painter.surface.lines == ["abc···", "def···", "······"])
    }

    @Test func wideCharactersCoverTwoCellsAndNeverStartInTheLastColumn() {
        var painter = GridPainter(surface: FakeSurface(4, 1))
        var row = Grid(size: Size(width: 4, height: 1))
        row.set(Cell(text: "a", width: 1, style: .plain), x: 0, y: 0)
        row.set(Cell(text: "漢", width: 2, style: .plain), x: 1, y: 0)
        row.set(Cell(text: "", width: 0, style: .plain), x: 2, y: 0)
        // A grid that breaks its promise: a wide cell in the last column.
        row.set(Cell(text: "字", width: 2, style: .plain), x: 3, y: 0)
        painter.paint(row, previous: nil, screen: Size(width: 4, height: 1))
        #expect(painter.surface.lines == ["a漢 "])
    }

    @Test func whatTheSurfaceRefusesBecomesAQuestionMarkInTheSameStyle() {
        var painter = GridPainter(surface: FakeSurface(3, 1))
        var row = grid(["abc"], style: Style(.muted))
        row.set(Cell(text: "\u{1B}", width: 1, style: Style(.muted)), x: 1, y: 0)
        painter.paint(row, previous: nil, screen: Size(width: 3, height: 1))
        #expect(painter.surface.lines == ["a?c"])
        #expect(painter.surface.cells[0][1]?.style == Style(.muted))
    }

    @Test func emojiSequencesShowTheirFirstEmojiAndCombiningMarksStay() {
        var painter = GridPainter(surface: FakeSurface(5, 1))
        var row = Grid(size: Size(width: 5, height: 1))
        row.set(Cell(text: "👩‍❤️‍👨", width: 2, style: .plain), x: 0, y: 0)
        row.set(Cell(text: "", width: 0, style: .plain), x: 1, y: 0)
        row.set(Cell(text: "e\u{301}", width: 1, style: .plain), x: 2, y: 0)
        row.set(Cell(text: "❤️", width: 1, style: .plain), x: 3, y: 0)
        painter.paint(row, previous: nil, screen: Size(width: 5, height: 1))
        #expect(painter.surface.cells[0][0]?.text == "👩")
        #expect(painter.surface.cells[0][2]?.text == "e\u{301}")
        #expect(painter.surface.cells[0][3]?.text == "❤")
    }

    @Test func theCursorIsShownOnlyInsideTheScreen() {
        var painter = GridPainter(surface: FakeSurface(4, 2))
        painter.paint(grid(["ab", "cd"], cursor: Point(x: 1, y: 1)), previous: nil, screen: Size(width: 4, height: 2))
        #expect(painter.surface.cursor == Point(x: 1, y: 1))
        painter.paint(grid(["ab", "cd"], cursor: Point(x: 1, y: 2)), previous: nil, screen: Size(width: 4, height: 2))
        #expect(painter.surface.cursor == nil)
        painter.paint(grid(["abcdef"], cursor: Point(x: 5, y: 0)), previous: nil, screen: Size(width: 4, height: 2))
        #expect(painter.surface.cursor == nil)
    }

    @Test func aGridLargerThanTheScreenIsClipped() {
        var painter = GridPainter(surface: FakeSurface(3, 1))
        painter.paint(grid(["abcdef", "ghijkl"]), previous: nil, screen: Size(width: 3, height: 1))
        #expect(painter.surface.lines == ["abc"])
        #expect(painter.surface.puts.count == 3)
    }
}
