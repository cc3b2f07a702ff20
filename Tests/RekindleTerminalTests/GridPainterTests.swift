import Testing
@testable import RekindleTerminal
import RekindleUI

/// The painter against a terminal model: after every frame the screen the terminal shows is the
/// grid, and a frame sends only the cells that changed.
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

    private func wide(_ text: String, style: Style = .plain) -> Cell { Cell(text: text, width: 2, style: style) }
    private func narrow(_ text: String, style: Style = .plain) -> Cell { Cell(text: text, width: 1, style: style) }
    private let continuation = Cell(text: "", width: 0, style: .plain)

    private func painter(_ width: Int, _ height: Int) -> GridPainter<FakeSurface> {
        GridPainter(surface: FakeSurface(width, height))
    }

    /// The bytes of the last frame, escapes written as "⎋".
    private func lastFrame(_ painter: GridPainter<FakeSurface>) -> String {
        String(decoding: painter.surface.frames.last ?? [], as: UTF8.self).replacingOccurrences(of: "\u{1B}", with: "⎋")
    }

    @Test func theFirstFrameClearsAndDrawsEveryCellWithItsStyle() {
        var painter = painter(6, 2)
        let warning = Style(.warning, [.bold])
        let frame = grid(["Saved.", "  ok  "], style: warning)
        painter.paint(frame, screen: Size(width: 6, height: 2))
        #expect(painter.surface.clears == 1)
        #expect(painter.surface.frames.count == 1)
        #expect(painter.surface.cells == FakeSurface.expected(frame))
        #expect(painter.surface.cursorVisible == false)
    }

    @Test func aLaterFrameSendsOnlyTheCellsThatChanged() {
        var painter = painter(5, 3)
        let size = Size(width: 5, height: 3)
        painter.paint(grid(["one  ", "two  ", "three"]), screen: size)
        painter.paint(grid(["one  ", "tWo  ", "three"]), screen: size)
        #expect(lastFrame(painter) == "⎋[2;2HW")
        #expect(painter.surface.lines == ["one  ", "tWo  ", "three"])
        #expect(painter.surface.clears == 1)
    }

    @Test func anUnchangedFrameSendsNothing() {
        var painter = painter(3, 1)
        painter.paint(grid(["abc"]), screen: Size(width: 3, height: 1))
        painter.paint(grid(["abc"]), screen: Size(width: 3, height: 1))
        #expect(painter.surface.frames.count == 1)
    }

    @Test func cellsInARunAreSentWithoutMovingTheCursorBetweenThem() {
        var painter = painter(12, 1)
        painter.paint(grid(["abcdefghijkl"]), screen: Size(width: 12, height: 1))
        painter.paint(grid(["aBCdefghiJkl"]), screen: Size(width: 12, height: 1))
        #expect(lastFrame(painter) == "⎋[1;2HBC⎋[1;10HJ")
    }

    /// A few unchanged cells between two runs are written again: shorter than a move over them.
    @Test func aShortGapBetweenRunsIsWrittenOverNotMovedOver() {
        var painter = painter(8, 2)
        let size = Size(width: 8, height: 2)
        painter.paint(grid(["abcdefgh", "abcdefgh"]), screen: size)
        painter.paint(grid(["aBCdeFgh", "abcdefgH"]), screen: size)
        #expect(lastFrame(painter) == "⎋[1;2HBCdeF⎋[2;8HH")
        #expect(painter.surface.lines == ["aBCdeFgh", "abcdefgH"])
        // Not a gap in another pen: its style would have to be set and set back.
        var before = grid(["abcdefgh"]), after = grid(["aBCdeFgh"])
        before.set(narrow("d", style: Style(.accent, .bold)), x: 3, y: 0)
        after.set(narrow("d", style: Style(.accent, .bold)), x: 3, y: 0)
        var styled = self.painter(8, 1)
        styled.paint(before, screen: Size(width: 8, height: 1))
        styled.paint(after, screen: Size(width: 8, height: 1))
        #expect(lastFrame(styled) == "⎋[1;2HBC⎋[1;6HF")
        #expect(styled.surface.cells == FakeSurface.expected(after))
    }

    /// Where a shorter text leaves a long stretch of spaces, the terminal erases it in one
    /// sequence, spaces that were spaces already included; where it cannot (no ECH, or a pen in
    /// which an erased cell would not look as a space), the spaces are written.
    @Test func aLongStretchOfSpacesIsErasedInOneSequence() {
        let size = Size(width: 30, height: 1)
        let before = grid(["Words alone are not enough to "])
        let after = grid(["Words" + String(repeating: " ", count: 25)])
        var erasing = painter(30, 1)
        erasing.surface.erases = true
        erasing.paint(before, screen: size)
        erasing.paint(after, screen: size)
        #expect(lastFrame(erasing) == "⎋[1;7H⎋[23X")
        #expect(erasing.surface.cells == FakeSurface.expected(after))

        var writing = painter(30, 1)
        writing.paint(before, screen: size)
        writing.paint(after, screen: size)
        #expect(lastFrame(writing) == "⎋[1;7H" + String(repeating: " ", count: 23))
        #expect(writing.surface.cells == FakeSurface.expected(after))

        var reversed = painter(30, 1)
        reversed.surface.erases = true
        let highlighted = Style(.selection, .reverse)
        reversed.paint(grid(["Words alone are not enough to "], style: highlighted), screen: size)
        reversed.paint(grid(["Words" + String(repeating: " ", count: 25)], style: highlighted), screen: size)
        #expect(!lastFrame(reversed).contains("X"))
        #expect(reversed.surface.lines == after.lines)
    }

    /// A few spaces are shorter written than erased and moved on from.
    @Test func aShortStretchOfSpacesIsWritten() {
        let size = Size(width: 12, height: 1)
        var painter = painter(12, 1)
        painter.surface.erases = true
        painter.paint(grid(["abcdefghijkl"]), screen: size)
        painter.paint(grid(["ab        kl"]), screen: size)
        #expect(lastFrame(painter) == "⎋[1;3H        ")
    }

    @Test func aStyleChangeWithinARowSendsTheRestyledCellsInTheirNewPen() {
        var painter = painter(6, 1)
        let size = Size(width: 6, height: 1)
        painter.paint(grid(["abcdef"]), screen: size)
        var restyled = grid(["abcdef"])
        for x in 2..<4 { restyled.set(narrow(String("abcdef".map { $0 }[x]), style: Style(.selection, .reverse)), x: x, y: 0) }
        painter.paint(restyled, screen: size)
        #expect(lastFrame(painter) == "⎋[1;3H⎋[0;7;38;5;5mcd")
        #expect(painter.surface.cells == FakeSurface.expected(restyled))
        // And back: the pen returns to plain for the same two cells.
        painter.paint(grid(["abcdef"]), screen: size)
        #expect(lastFrame(painter) == "⎋[1;3H⎋[0;38;5;0mcd")
    }

    @Test func aFrameOfAnotherSizeStartsOverOnACleanScreen() {
        var painter = painter(6, 3)
        painter.paint(grid(["ab", "cd"]), screen: Size(width: 6, height: 3))
        painter.paint(grid(["abc", "def"]), screen: Size(width: 6, height: 3))
        #expect(painter.surface.clears == 2)
        #expect(painter.surface.lines == ["abc   ", "def   ", "      "])
    }

    @Test func aResizedTerminalIsRepaintedWhole() {
        var painter = painter(6, 3)
        painter.paint(grid(["abcdef", "ghijkl", "mnopqr"]), screen: Size(width: 6, height: 3))
        painter.surface.resize(4, 2)
        painter.invalidate()
        let smaller = grid(["wxyz", "1234"])
        painter.paint(smaller, screen: Size(width: 4, height: 2))
        #expect(painter.surface.cells == FakeSurface.expected(smaller))
        #expect(painter.surface.clears == 2)
    }

    @Test func wideCharactersCoverTwoCellsAndNeverStartInTheLastColumn() {
        var painter = painter(4, 1)
        var row = Grid(size: Size(width: 4, height: 1))
        row.set(narrow("a"), x: 0, y: 0)
        row.set(wide("漢"), x: 1, y: 0)
        row.set(continuation, x: 2, y: 0)
        // A grid that breaks its promise: a wide cell in the last column.
        row.set(wide("字"), x: 3, y: 0)
        painter.paint(row, screen: Size(width: 4, height: 1))
        #expect(painter.surface.lines == ["a漢 "])
        #expect(painter.surface.cursor == Point(x: 3, y: 0))
    }

    @Test func wideCharactersReplacedByNarrowOnesAndBackLeaveNoHalves() {
        var painter = painter(6, 1)
        let size = Size(width: 6, height: 1)
        var wideRow = Grid(size: Size(width: 6, height: 1))
        Self.place(wide("漢"), in: &wideRow, x: 0, y: 0)
        Self.place(wide("😀"), in: &wideRow, x: 2, y: 0)
        Self.place(wide("字"), in: &wideRow, x: 4, y: 0)
        painter.paint(wideRow, screen: size)
        #expect(painter.surface.lines == ["漢😀字"])
        // Shifted by one column: every wide character now straddles an old one.
        var shifted = Grid(size: Size(width: 6, height: 1))
        Self.place(narrow("a"), in: &shifted, x: 0, y: 0)
        Self.place(wide("漢"), in: &shifted, x: 1, y: 0)
        Self.place(wide("字"), in: &shifted, x: 3, y: 0)
        Self.place(narrow("b"), in: &shifted, x: 5, y: 0)
        painter.paint(shifted, screen: size)
        #expect(painter.surface.cells == FakeSurface.expected(shifted))
        painter.paint(grid(["abcdef"]), screen: size)
        #expect(painter.surface.lines == ["abcdef"])
        painter.paint(wideRow, screen: size)
        #expect(painter.surface.cells == FakeSurface.expected(wideRow))
    }

    @Test func combiningMarksStayWithTheirBase() {
        var painter = painter(4, 1)
        let size = Size(width: 4, height: 1)
        painter.paint(grid(["abcd"]), screen: size)
        var marked = grid(["abcd"])
        marked.set(narrow("e\u{301}"), x: 1, y: 0)
        marked.set(narrow("n\u{303}\u{323}"), x: 3, y: 0)
        painter.paint(marked, screen: size)
        #expect(painter.surface.cells == FakeSurface.expected(marked))
        painter.paint(grid(["abcd"]), screen: size)
        #expect(painter.surface.lines == ["abcd"])
    }

    @Test func theLastColumnOfEveryRowIsDrawnWithoutWrapping() {
        var painter = painter(3, 3)
        let size = Size(width: 3, height: 3)
        painter.paint(grid(["  a", "  b", "  c"]), screen: size)
        #expect(painter.surface.lines == ["  a", "  b", "  c"])
        painter.paint(grid(["  x", "y z", "  w"]), screen: size)
        #expect(painter.surface.lines == ["  x", "y z", "  w"])
    }

    @Test func theBottomRightCellIsLeftAloneWhereWritingItWouldScroll() {
        var surface = FakeSurface(3, 2)
        surface.canWriteLastCell = false
        var painter = GridPainter(surface: surface)
        painter.paint(grid(["abc", "def"]), screen: Size(width: 3, height: 2))
        #expect(painter.surface.lines == ["abc", "de "])
        painter.paint(grid(["abc", "deg"]), screen: Size(width: 3, height: 2))
        #expect(painter.surface.lines == ["abc", "de "])
    }

    @Test func whatTheTerminalCannotDrawBecomesAQuestionMarkInTheSameStyle() {
        var painter = painter(3, 1)
        var row = grid(["abc"], style: Style(.muted))
        row.set(Cell(text: "\u{1B}", width: 1, style: Style(.muted)), x: 1, y: 0)
        painter.paint(row, screen: Size(width: 3, height: 1))
        #expect(painter.surface.lines == ["a?c"])
        #expect(painter.surface.cells[0][1].style == Style(.muted))
    }

    @Test func aCharacterTheTerminalDrawsNarrowerLeavesTheRestOfTheRowInPlace() {
        var painter = painter(4, 1)
        var row = Grid(size: Size(width: 4, height: 1))
        // The grid counts ✓ wide here; the terminal model counts it one column.
        row.set(wide("✓"), x: 0, y: 0)
        row.set(continuation, x: 1, y: 0)
        row.set(narrow("o"), x: 2, y: 0)
        row.set(narrow("k"), x: 3, y: 0)
        painter.paint(row, screen: Size(width: 4, height: 1))
        #expect(painter.surface.lines == ["✓ ok"])
    }

    /// tmux draws a lone ❤ and a regional indicator a column wider than wcwidth says: the cells
    /// after them are still drawn where the grid has them, not one to the right.
    @Test func aGlyphTheTerminalDrawsWiderDoesNotShiftTheRestOfTheRow() {
        for emoji in ["❤", "\u{1F1E9}"] {
            var painter = painter(6, 1)
            painter.surface.ownWidths[Unicode.Scalar(emoji)!] = 2
            var row = Grid(size: Size(width: 6, height: 1))
            for (x, text) in ["a", emoji, "b", "c", "d", "e"].enumerated() { row.set(narrow(text), x: x, y: 0) }
            painter.paint(row, screen: Size(width: 6, height: 1))
            #expect(painter.surface.lines[0].hasSuffix("bcde"), "after \(emoji): \(painter.surface.lines)")
            #expect(painter.surface.cells[0][2].text == "b")
        }
    }

    @Test func emojiSequencesShowTheirFirstEmojiAndCombiningMarksStay() {
        var painter = painter(5, 1)
        var row = Grid(size: Size(width: 5, height: 1))
        row.set(wide("👩‍❤️‍👨"), x: 0, y: 0)
        row.set(continuation, x: 1, y: 0)
        row.set(narrow("e\u{301}"), x: 2, y: 0)
        row.set(narrow("❤️"), x: 3, y: 0)
        painter.paint(row, screen: Size(width: 5, height: 1))
        #expect(painter.surface.cells[0][0].text == "👩")
        #expect(painter.surface.cells[0][2].text == "e\u{301}")
        #expect(painter.surface.cells[0][3].text == "❤")
    }

    @Test func theCursorIsShownOnlyInsideTheScreen() {
        var painter = painter(4, 2)
        painter.paint(grid(["ab", "cd"], cursor: Point(x: 1, y: 1)), screen: Size(width: 4, height: 2))
        #expect(painter.surface.cursorVisible && painter.surface.cursor == Point(x: 1, y: 1))
        painter.paint(grid(["ab", "cd"], cursor: Point(x: 1, y: 2)), screen: Size(width: 4, height: 2))
        #expect(!painter.surface.cursorVisible)
        painter.paint(grid(["abcdef"], cursor: Point(x: 5, y: 0)), screen: Size(width: 4, height: 2))
        #expect(!painter.surface.cursorVisible)
    }

    @Test func aGridLargerThanTheScreenIsClipped() {
        var painter = painter(3, 1)
        painter.paint(grid(["abcdef", "ghijkl"]), screen: Size(width: 3, height: 1))
        #expect(painter.surface.lines == ["abc"])
    }

    @Test func releasingPutsThePenBackToPlain() {
        var painter = painter(2, 1)
        painter.paint(grid(["ab"], style: Style(.accent, .bold)), screen: Size(width: 2, height: 1))
        painter.release()
        #expect(lastFrame(painter) == "⎋[0;38;5;0m")
    }

    /// Many random frames, each painted over the one before: the terminal always shows the grid.
    @Test func anyFrameOverAnyOtherLeavesTheScreenEqualToTheGrid() {
        paintRandomFrames(size: Size(width: 9, height: 4), erases: false, seed: 15)
    }

    /// The same on a terminal that erases, in rows wide enough for stretches of spaces to be erased.
    @Test func anyFrameOverAnyOtherLeavesTheScreenEqualToTheGridWhereTheTerminalErases() {
        let erasures = paintRandomFrames(size: Size(width: 40, height: 5), erases: true, seed: 16)
        #expect(erasures > 50, "the frames should have had stretches worth erasing")
    }

    /// Paints 300 random frames; returns how many erase sequences went out.
    @discardableResult
    private func paintRandomFrames(size: Size, erases: Bool, seed: UInt64) -> Int {
        var random = SeededRandom(seed: seed)
        var painter = painter(size.width, size.height)
        painter.surface.erases = erases
        let texts = ["a", "b", " ", "é", "e\u{301}", "─"]
        let wideTexts = ["漢", "字", "😀", "🎉"]
        let styles = [Style.plain, Style(.accent, .bold), Style(.selection, .reverse), Style(.muted, [.dim, .italic])]
        var previous = Grid(size: size)
        for frame in 0..<300 {
            // Most frames change a few cells of the one before, as keys do; some start afresh.
            var next = frame % 25 == 0 ? Grid(size: size) : previous
            for _ in 0..<(1 + random.next(6)) {
                let x = random.next(size.width), y = random.next(size.height)
                let style = styles[random.next(styles.count)]
                switch random.next(4) {
                case 0: Self.place(wide(wideTexts[random.next(wideTexts.count)], style: style), in: &next, x: x, y: y)
                case 1:
                    // A stretch of spaces, as a shorter text leaves.
                    for column in x..<min(size.width, x + random.next(size.width)) {
                        Self.place(narrow(" ", style: style), in: &next, x: column, y: y)
                    }
                default: Self.place(narrow(texts[random.next(texts.count)], style: style), in: &next, x: x, y: y)
                }
            }
            painter.paint(next, screen: size)
            #expect(painter.surface.cells == FakeSurface.expected(next), "frame \(frame)")
            previous = next
        }
        return painter.surface.frames.reduce(0) { count, frame in
            count + String(decoding: frame, as: UTF8.self).split(separator: "X", omittingEmptySubsequences: false).count - 1
        }
    }

    /// Sets a cell as the canvas does: never half a wide character.
    private static func place(_ cell: Cell, in grid: inout Grid, x: Int, y: Int) {
        let width = Int(cell.width)
        guard x + width <= grid.size.width else { return }
        if grid[x, y].isContinuation { grid.set(Cell(text: " ", width: 1, style: grid[x - 1, y].style), x: x - 1, y: y) }
        let end = x + width - 1
        if grid[end, y].width == 2, end + 1 < grid.size.width {
            grid.set(Cell(text: " ", width: 1, style: grid[end, y].style), x: end + 1, y: y)
        }
        grid.set(cell, x: x, y: y)
        if width == 2 { grid.set(Cell(text: "", width: 0, style: cell.style), x: x + 1, y: y) }
    }
}

/// A small deterministic generator (SplitMix64), so a failing frame is the same on every run.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
