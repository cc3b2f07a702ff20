import Testing
@testable import RekindleUI

/// Panes copied from the last frame (`PaneDrawings`) never show anything but what drawing afresh shows.
@Suite struct PaneDrawingsTests {
    private let frame = Rect(x: 0, y: 0, width: 3, height: 1)
    private let cells = [Cell(text: "a", width: 1, style: .plain), Cell(text: "b", width: 1, style: .plain), .blank]

    @Test func aDrawingIsGivenBackOnlyForTheSameInputsAndFrame() {
        let drawings = PaneDrawings()
        drawings.keep(cells, of: .guide, in: frame, inputs: "scroll 3")
        #expect(drawings.cells(of: .guide, in: frame, inputs: "scroll 3") == cells)
        #expect(drawings.cells(of: .guide, in: frame, inputs: "scroll 4") == nil)
        #expect(drawings.cells(of: .guide, in: Rect(x: 1, y: 0, width: 3, height: 1), inputs: "scroll 3") == nil)
        // Inputs of another type are never equal, even when they print alike.
        #expect(drawings.cells(of: .guide, in: frame, inputs: Substring("scroll 3")) == nil)
        #expect(drawings.cells(of: .steps, in: frame, inputs: "scroll 3") == nil)
        drawings.forget(.guide)
        #expect(drawings.cells(of: .guide, in: frame, inputs: "scroll 3") == nil)
    }

    /// Inputs equal to the kept ones replace them: a workbook read again holds its items anew, and
    /// the first copy must not stay alive in here (issue 15: 2 MB of a year's items).
    @Test func equalInputsReplaceTheKeptOnesSoTheOldCopyIsReleased() {
        let drawings = PaneDrawings()
        weak var firstCopy: Values?
        do {
            let first = Values([1, 2, 3])
            firstCopy = first
            drawings.keep(cells, of: .steps, in: frame, inputs: first)
        }
        #expect(firstCopy != nil)
        let second = Values([1, 2, 3])
        #expect(drawings.cells(of: .steps, in: frame, inputs: second) == cells)
        #expect(firstCopy == nil)
        // The kept inputs are the second copy now: still a hit, and a change is still seen.
        #expect(drawings.cells(of: .steps, in: frame, inputs: Values([1, 2, 3])) == cells)
        #expect(drawings.cells(of: .steps, in: frame, inputs: Values([1, 2, 4])) == nil)
    }

    /// Values with an identity, to see whether a copy is still alive.
    private final class Values: Equatable, Sendable {
        let numbers: [Int]
        init(_ numbers: [Int]) { self.numbers = numbers }
        static func == (left: Values, right: Values) -> Bool { left.numbers == right.numbers }
    }

    @Test func cellsTakenFromAGridPasteBackInPlace() {
        var grid = Grid(size: Size(width: 5, height: 3))
        let rect = Rect(x: 1, y: 1, width: 3, height: 2)
        grid.set(Cell(text: "❤", width: 1, style: Style(.accent)), x: 2, y: 2)
        let taken = grid.cells(in: rect)
        var other = Grid(size: grid.size)
        other.paste(taken, in: rect)
        #expect(other == grid)
    }

    /// Every kind of change a pane's inputs must notice, through the controller (which reuses
    /// panes), each frame compared with the frame drawn afresh from the same state.
    @Test func everyFrameOfASittingEqualsTheFrameDrawnAfresh() {
        var size = Size(width: 100, height: 30)
        let app = AppController(workbook: sampleWorkbook(), store: FakeStore(), size: size)
        let script: [InputEvent] = [
            .key(.char("j")), .key(.char("j")), .key(.char("k")), .key(.char("l")), // step 1, its guide pane
            .key(.char(" ")), .key(.char("j")), .key(.char(" ")),            // ticks: the steps pane's counts
            .key(.char("u")),                                                // undo
            .key(.tab), .key(.char("i")), .key(.char("w")), .key(.char("é")), // typing in the notes
            .key(.escape), .key(.char("h")), .key(.char("h")),
            .key(.char("/")), .key(.char("s")), .key(.enter),                // a search highlight
            .resize(Size(width: 60, height: 20)), .key(.char("j")),
            .key(.char("?")), .key(.escape),                                 // an overlay over the panes
            .key(.char("l")), .key(.char("a")), .key(.char("x")), .key(.escape), // the inline item editor
        ]
        for event in script {
            if case .resize(let new) = event { size = new }
            _ = app.handle(event, now: t0)
            #expect(app.render(size: size) == render(app.state, size: size), "after \(event)")
        }
    }
}
