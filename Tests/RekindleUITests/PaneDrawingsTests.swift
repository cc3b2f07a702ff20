import Testing
@testable import RekindleUI

/// Panes copied from the last frame (`PaneDrawings`) never show anything but what drawing afresh shows.
@Suite struct PaneDrawingsTests {
    private let frame = Rect(x: 0, y: 0, width: 3, height: 1)
    private let size = Size(width: 4, height: 2)

    /// A grid of `size` with `text` from the top-left corner.
    private func grid(_ text: String) -> Grid {
        var canvas = Canvas(size: size)
        canvas.write(text, x: 0, y: 0, style: .plain, clip: canvas.bounds)
        return canvas.grid
    }

    /// `pane` pasted from `drawings` onto a blank canvas, when they give it back.
    private func pasted(_ pane: Pane, in frame: Rect, inputs: any Equatable & Sendable, from drawings: PaneDrawings) -> Grid? {
        var canvas = Canvas(size: size)
        return drawings.paste(pane, PaneDrawings.Drawing(inputs: inputs, frame: frame), on: &canvas) ? canvas.grid : nil
    }

    @Test func aDrawingIsGivenBackOnlyForTheSameInputsAndFrame() {
        let drawings = PaneDrawings()
        drawings.keep(grid("ab❤x"), panes: [.guide: PaneDrawings.Drawing(inputs: "scroll 3", frame: frame)])
        // Only the pane's own frame is copied: the fourth column stays blank.
        #expect(pasted(.guide, in: frame, inputs: "scroll 3", from: drawings) == grid("ab❤"))
        #expect(pasted(.guide, in: frame, inputs: "scroll 4", from: drawings) == nil)
        #expect(pasted(.guide, in: Rect(x: 1, y: 0, width: 3, height: 1), inputs: "scroll 3", from: drawings) == nil)
        // Inputs of another type are never equal, even when they print alike.
        #expect(pasted(.guide, in: frame, inputs: Substring("scroll 3"), from: drawings) == nil)
        #expect(pasted(.steps, in: frame, inputs: "scroll 3", from: drawings) == nil)
        // A frame without the pane forgets it.
        drawings.keep(grid("cd"), panes: [.steps: PaneDrawings.Drawing(inputs: "scroll 3", frame: frame)])
        #expect(pasted(.guide, in: frame, inputs: "scroll 3", from: drawings) == nil)
        #expect(pasted(.steps, in: frame, inputs: "scroll 3", from: drawings) == grid("cd"))
    }

    /// After a resize that leaves a pane where it was (the steps pane as a window grows wider), the
    /// pane is drawn afresh: the last frame is a grid of the old size, and copying from it stopped
    /// the app (the key storm, seed 816028927, at 200x100).
    @Test func aPaneIsNotCopiedFromAFrameOfAnotherSize() {
        let drawings = PaneDrawings()
        var wider = Canvas(size: Size(width: size.width + 2, height: size.height))
        wider.write("abc", x: 0, y: 0, style: .plain, clip: wider.bounds)
        drawings.keep(wider.grid, panes: [.steps: PaneDrawings.Drawing(inputs: "scroll 3", frame: frame)])
        #expect(pasted(.steps, in: frame, inputs: "scroll 3", from: drawings) == nil)
    }

    /// The next frame's inputs replace the kept ones: a workbook read again holds its items anew,
    /// and the first copy must not stay alive in here (issue 15: 2 MB of a year's items).
    @Test func theNextFramesInputsReplaceTheKeptOnesSoTheOldCopyIsReleased() {
        let drawings = PaneDrawings()
        weak var firstCopy: Values?
        do {
            let first = Values([1, 2, 3])
            firstCopy = first
            drawings.keep(grid("abc"), panes: [.steps: PaneDrawings.Drawing(inputs: first, frame: frame)])
        }
        #expect(firstCopy != nil)
        let second = Values([1, 2, 3])
        #expect(pasted(.steps, in: frame, inputs: second, from: drawings) == grid("abc"))
        drawings.keep(grid("abc"), panes: [.steps: PaneDrawings.Drawing(inputs: second, frame: frame)])
        #expect(firstCopy == nil)
        #expect(pasted(.steps, in: frame, inputs: Values([1, 2, 3]), from: drawings) == grid("abc"))
        #expect(pasted(.steps, in: frame, inputs: Values([1, 2, 4]), from: drawings) == nil)
    }

    /// Values with an identity, to see whether a copy is still alive.
    private final class Values: Equatable, Sendable {
        let numbers: [Int]
        init(_ numbers: [Int]) { self.numbers = numbers }
        static func == (left: Values, right: Values) -> Bool { left.numbers == right.numbers }
    }

    @Test func aRectangleCopiedFromAnEarlierGridLeavesTheRestAsItWas() {
        var earlier = Grid(size: Size(width: 5, height: 3))
        let rect = Rect(x: 1, y: 1, width: 3, height: 2)
        earlier.set(Cell(text: "❤", width: 1, style: Style(.accent)), x: 2, y: 2)
        earlier.set(Cell(text: "o", width: 1, style: .plain), x: 0, y: 0)
        var grid = Grid(size: earlier.size)
        grid.copy(rect, from: earlier)
        #expect(grid[2, 2] == earlier[2, 2])
        #expect(grid[0, 0] == .blank)
        earlier.set(.blank, x: 0, y: 0)
        #expect(grid == earlier)
    }

    /// Every kind of change a pane's inputs must notice, through the controller (which reuses
    /// panes), each frame compared with the frame drawn afresh from the same state.
    @Test func everyFrameOfASittingEqualsTheFrameDrawnAfresh() {
        var size = Size(width: 100, height: 30)
        let app = AppController(workbook: sampleWorkbook(), store: FakeStore(), size: size)
        let script: [InputEvent] = [
            .key(.char("?")), .key(.char("j")), .key(.escape),               // an overlay over the steps pane, gone
            .key(.char("j")), .key(.char("j")), .key(.char("k")), .key(.char("l")), // step 1, its guide pane
            .key(.char(" ")), .key(.char("j")), .key(.char(" ")),            // ticks: the steps pane's counts
            .key(.char("u")),                                                // undo
            .key(.tab), .key(.char("i")), .key(.char("w")), .key(.char("é")), // typing in the notes
            .key(.escape), .key(.char("h")), .key(.char("h")),
            .key(.char("/")), .key(.char("s")), .key(.enter),                // a search highlight
            .resize(Size(width: 60, height: 20)), .key(.char("j")),
            .key(.char("?")), .key(.char("j")), .key(.escape),               // an overlay over the panes, scrolled
            .key(.char("l")), .key(.char("a")), .key(.char("x")), .key(.escape), // the inline item editor
            .resize(Size(width: 200, height: 40)), .key(.char("h")),
            .resize(Size(width: 230, height: 40)),                           // wider: the steps pane stays put
        ]
        for event in script {
            if case .resize(let new) = event { size = new }
            _ = app.handle(event, now: t0)
            #expect(app.render(size: size) == render(app.state, size: size), "after \(event)")
        }
    }
}
