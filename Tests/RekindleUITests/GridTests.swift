import Testing
@testable import RekindleUI

/// A new grid, filled a buffer at a time rather than a cell at a time.
@Suite struct GridTests {
    @Test(arguments: [Size(width: 120, height: 40), Size(width: 1, height: 1), Size(width: 7, height: 3)])
    func aNewGridIsBlankEverywhere(size: Size) {
        let grid = Grid(size: size)
        #expect(grid.cells.count == size.width * size.height)
        #expect(grid.cells.allSatisfy { $0 == .blank })
        #expect(grid.cursor == nil)
    }

    @Test func aSizeBelowZeroMakesAnEmptyGrid() {
        let grid = Grid(size: Size(width: -3, height: 5))
        #expect(grid.size == Size(width: 0, height: 5))
        #expect(grid.cells.isEmpty)
    }
}
