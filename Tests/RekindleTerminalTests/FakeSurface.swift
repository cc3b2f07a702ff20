@testable import RekindleTerminal
import RekindleUI

/// A screen in memory that records what the painter asks of it (as ratatui's TestBackend does),
/// refusing what curses refuses: controls, and a base wider than its room.
struct FakeSurface: PaintSurface {
    struct Drawn: Equatable {
        var text: String
        var style: Style
    }

    let size: Size
    private(set) var cells: [[Drawn?]]
    private(set) var cursor: Point?
    private(set) var calls: [String] = []
    /// Cells written since the last `present`, as "x,y".
    private(set) var puts: [String] = []
    private(set) var presented = 0

    init(_ width: Int, _ height: Int) {
        size = Size(width: width, height: height)
        cells = Array(repeating: Array(repeating: nil, count: width), count: height)
    }

    mutating func erase() {
        calls.append("erase")
        cells = Array(repeating: Array(repeating: nil, count: size.width), count: size.height)
    }

    mutating func clearRow(_ y: Int) {
        calls.append("clearRow \(y)")
        cells[y] = Array(repeating: nil, count: size.width)
    }

    mutating func put(_ scalars: [Unicode.Scalar], width: Int, x: Int, y: Int, style: Style) -> Bool {
        let text = String(String.UnicodeScalarView(scalars))
        let base = scalars[0]
        let baseWidth = base.properties.isEmojiPresentation || (0x4E00...0x9FFF).contains(base.value) ? 2 : 1
        guard !scalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }), baseWidth <= width,
              x + width <= size.width, y < size.height
        else { return false }
        cells[y][x] = Drawn(text: text, style: style)
        for covered in x + 1..<x + width { cells[y][covered] = Drawn(text: "", style: style) }
        puts.append("\(x),\(y)")
        return true
    }

    mutating func placeCursor(_ position: Point?) { cursor = position }

    mutating func present() {
        presented += 1
        calls.append("present")
    }

    mutating func forgetCalls() {
        calls = []
        puts = []
    }

    /// The rows as text, unwritten cells as "·" so a skipped cell shows.
    var lines: [String] {
        cells.map { row in row.map { $0?.text ?? "·" }.joined() }
    }
}
