import Testing
@testable import RekindleUI

/// The painter's diff: runs of changed cells, and the short gaps of unchanged plain text it joins.
@Suite struct ChangedRunTests {
    private func row(_ text: String, style: Style = .plain) -> Grid {
        var grid = Grid(size: Size(width: text.count, height: 1))
        for (x, character) in text.enumerated() {
            grid.set(Cell(text: String(character), width: 1, style: style), x: x, y: 0)
        }
        return grid
    }

    private func runs(_ after: Grid, over before: Grid, joiningGaps: Int) -> [String] {
        var found: [String] = []
        after.forEachChangedRun(from: before, width: after.size.width, height: after.size.height,
                                joiningGaps: joiningGaps) { x, _, run in
            found.append("\(x):" + run.map(\.text).joined())
        }
        return found
    }

    @Test func runsAreTheChangedCellsAndGapsUpToTheLimitAreTakenIn() {
        let before = row("abcdefghijklmnop"), after = row("aBCdeFghijkLmnoP")
        #expect(runs(after, over: before, joiningGaps: 0) == ["1:BC", "5:F", "11:L", "15:P"])
        // "de" (2 cells) is taken in with a limit of 2; "ghijk" (5) and "mno" (3) are not.
        #expect(runs(after, over: before, joiningGaps: 2) == ["1:BCdeF", "11:L", "15:P"])
        #expect(runs(after, over: before, joiningGaps: 5) == ["1:BCdeFghijkLmnoP"])
    }

    @Test func aGapInAnotherStyleOrOfOtherTextIsNotTakenIn() {
        let before = row("abcdefgh")
        var styled = row("aBCdeFgh")
        styled.set(Cell(text: "d", width: 1, style: Style(.accent, .bold)), x: 3, y: 0)
        var restyledBefore = before
        restyledBefore.set(Cell(text: "d", width: 1, style: Style(.accent, .bold)), x: 3, y: 0)
        #expect(runs(styled, over: restyledBefore, joiningGaps: 5) == ["1:BC", "5:F"])

        let wideBefore = Self.withWide(row("ab    gh")), wideAfter = Self.withWide(row("aB    gH"))
        #expect(runs(wideAfter, over: wideBefore, joiningGaps: 5) == ["1:B", "7:H"])
    }

    @Test func aGapThatReachesTheEdgeIsNotTakenIn() {
        #expect(runs(row("aBcd"), over: row("abcd"), joiningGaps: 5) == ["1:B"])
    }

    private static func withWide(_ grid: Grid) -> Grid {
        var grid = grid
        grid.set(Cell(text: "漢", width: 2, style: .plain), x: 3, y: 0)
        grid.set(Cell(text: "", width: 0, style: .plain), x: 4, y: 0)
        return grid
    }
}
