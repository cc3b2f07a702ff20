import Testing
@testable import RekindleUI
@Test func blankGridLines() {
    #expect(Grid(size: Size(width: 3, height: 2)).lines == ["   ", "   "])
}
