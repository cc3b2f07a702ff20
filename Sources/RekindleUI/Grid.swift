import Glibc

/// Visual attributes that do not depend on colour, so focus and selection stay visible with NO_COLOR.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let reverse = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)
    public static let italic = Attributes(rawValue: 1 << 4)
}

/// What a piece of text is, not what colour it has: the terminal layer maps roles to colours
/// (or to nothing under NO_COLOR), so the pure layers never decide colours.
public enum ColorRole: UInt8, Hashable, Sendable, CaseIterable {
    case normal, accent, muted, done, warning, selection, match, title, border
}

public struct Style: Hashable, Sendable {
    public var role: ColorRole
    public var attributes: Attributes
    public init(_ role: ColorRole = .normal, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }
    public static let plain = Style()
}

/// One terminal cell. A wide character occupies its cell (width 2) and the next one, which is a
/// continuation cell (no text, width 0) that the terminal layer skips. Plain memory (`Glyph`).
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, already sanitised; no text for a continuation cell.
    public var glyph: Glyph
    public var width: UInt8
    public var style: Style
    /// Fills the eighth byte, so every byte of a cell is set and a cell compares as one word.
    private var spare: UInt8 = 0

    init(glyph: Glyph, width: UInt8, style: Style) {
        self.glyph = glyph
        self.width = width
        self.style = style
    }

    public init(text: String, width: UInt8, style: Style) {
        self.init(glyph: Glyph(text), width: width, style: style)
    }

    /// A blank in `style`.
    static func space(_ style: Style) -> Cell { Cell(glyph: .space, width: 1, style: style) }

    public static let blank = Cell.space(.plain)
    public var text: String { glyph.text }
    public var isContinuation: Bool { width == 0 }

    /// One comparison of the eight bytes, rather than one per field (the painter compares a
    /// frame's cells with what the terminal shows).
    @inlinable public static func == (lhs: Cell, rhs: Cell) -> Bool {
        unsafeBitCast(lhs, to: UInt64.self) == unsafeBitCast(rhs, to: UInt64.self)
    }
}

public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

public struct Point: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A screen's worth of cells: what `render` produces and the terminal layer draws.
public struct Grid: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (while editing), or nil to hide it.
    public var cursor: Point?

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        let count = self.size.width * self.size.height
        // Filled as a buffer, not element by element: Array(repeating:) took six instructions a
        // cell, which every frame pays for its 4,800 cells.
        self.cells = Array(unsafeUninitializedCapacity: count) { cells, initialized in
            cells.initialize(repeating: .blank)
            initialized = count
        }
        self.cursor = nil
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
    }

    /// Sets one cell; writes outside the grid are ignored so callers can clip by construction.
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        cells[y * size.width + x] = cell
    }

    /// Sets a cell (and the continuation of a wide one), repairing any wide character it cuts in
    /// half: the other half becomes a blank in its style. Reads and writes the cells in place (the
    /// canvas puts every cell of a frame through here).
    mutating func put(_ cell: Cell, x: Int, y: Int) {
        let width = Int(cell.width)
        guard x >= 0, y >= 0, x + width <= size.width, y < size.height else { return }
        let index = y * size.width + x
        // Overwriting a continuation orphans the wide character to its left.
        if x > 0, cells[index].width == 0 { cells[index - 1] = .space(cells[index - 1].style) }
        // Overwriting the first half of a wide character orphans its continuation to the right.
        let end = index + width - 1
        if x + width < size.width, cells[end].width == 2 { cells[end + 1] = .space(cells[end + 1].style) }
        cells[index] = cell
        if width == 2 { cells[index + 1] = Cell(glyph: .none, width: 0, style: cell.style) }
    }

    /// Runs `body` on row `y`'s cells in place (one uniqueness check for a whole run of cells);
    /// `body` gets a row of no cells when `y` is outside the grid.
    mutating func withRow<R>(_ y: Int, _ body: (inout GridRow) -> R) -> R {
        let width = size.width
        let inside = y >= 0 && y < size.height
        return cells.withUnsafeMutableBufferPointer { all in
            var row = GridRow(cells: inside ? UnsafeMutableBufferPointer(rebasing: all[y * width..<(y + 1) * width])
                                            : UnsafeMutableBufferPointer(start: nil, count: 0))
            return body(&row)
        }
    }

    /// Copies the cells of `rect` (inside the grid) from `earlier`, a grid of the same size: a pane
    /// the last frame drew from the same inputs.
    mutating func copy(_ rect: Rect, from earlier: Grid) {
        precondition(earlier.size == size && rect.intersection(Rect(x: 0, y: 0, width: size.width, height: size.height)) == rect)
        let width = size.width
        cells.withUnsafeMutableBufferPointer { cells in
            earlier.cells.withUnsafeBufferPointer { earlier in
                for row in rect.y..<rect.maxY {
                    let start = row * width + rect.x
                    _ = UnsafeMutableBufferPointer(rebasing: cells[start..<start + rect.width])
                        .update(fromContentsOf: earlier[start..<start + rect.width])
                }
            }
        }
    }

    /// Calls `body` with each run of neighbouring cells in a row of the top-left `width` x `height`
    /// that differ from the same cells of `before` (a grid of the same size): the painter's diff.
    /// Compared here, where comparing cells is inlined, and a run at a time, not a call a cell.
    ///
    /// A run takes in a gap of up to `joiningGaps` unchanged cells before another changed one when
    /// the gap and the cell before it are printable ASCII in one style: the painter writes such a
    /// gap again rather than moving over it, and two texts swapped on a section switch agree on
    /// single letters here and there (a run of four cells on average, each run a call, without it).
    public func forEachChangedRun(from before: Grid, width: Int, height: Int, joiningGaps: Int = 0,
                                  _ body: (_ x: Int, _ y: Int, _ run: UnsafeBufferPointer<Cell>) -> Void) {
        precondition(before.size == size && width <= size.width && height <= size.height)
        precondition(MemoryLayout<Cell>.size == MemoryLayout<UInt64>.size && MemoryLayout<Cell>.stride == 8)
        cells.withUnsafeBufferPointer { cells in
            before.cells.withUnsafeBufferPointer { before in
                guard let now = cells.baseAddress, let then = before.baseAddress else { return }
                // A cell is eight bytes, all of them set: equal cells are equal words.
                let nowBytes = UnsafeRawPointer(now), thenBytes = UnsafeRawPointer(then)
                func differs(_ index: Int) -> Bool {
                    nowBytes.load(fromByteOffset: index * 8, as: UInt64.self) != thenBytes.load(fromByteOffset: index * 8, as: UInt64.self)
                }
                // How many unchanged cells from `column` a run ending there may take in: those up
                // to a changed cell in reach.
                func joinableGap(row: Int, after column: Int) -> Int? {
                    let last = cells[row + column - 1]
                    guard last.width == 1, last.glyph.printableASCII != nil else { return nil }
                    var gap = 0
                    while column + gap < width, gap <= joiningGaps {
                        let index = row + column + gap
                        if differs(index) { return gap }
                        guard cells[index].width == 1, cells[index].style == last.style,
                              cells[index].glyph.printableASCII != nil else { return nil }
                        gap += 1
                    }
                    return nil
                }
                for y in 0..<height {
                    let row = y * size.width
                    // Most rows of a frame are as they were: one comparison of the whole row.
                    if memcmp(nowBytes + row * 8, thenBytes + row * 8, width * 8) == 0 { continue }
                    var x = 0
                    while x < width {
                        guard differs(row + x) else {
                            x += 1
                            continue
                        }
                        var end = x + 1
                        while true {
                            while end < width, differs(row + end) { end += 1 }
                            guard joiningGaps > 0, end < width, let gap = joinableGap(row: row, after: end) else { break }
                            end += gap + 1
                        }
                        body(x, y, UnsafeBufferPointer(rebasing: cells[row + x..<row + end]))
                        x = end
                    }
                }
            }
        }
    }

    /// Each row as plain text (continuation cells dropped), for golden-screen tests.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x, y].isContinuation { line += self[x, y].text }
            return line
        }
    }
}

/// One row of a grid's cells, changed in place (`Grid.withRow`).
struct GridRow {
    let cells: UnsafeMutableBufferPointer<Cell>

    /// Sets every column from `start` up to `end` (inside the row) to a narrow `cell`, as `Grid.put`
    /// would one at a time.
    func fill(_ cell: Cell, from start: Int, to end: Int) {
        guard start < end else { return }
        clearCutHalves(from: start, to: end)
        for x in start..<end { cells[x] = cell }
    }

    /// Readies columns `start..<end` (inside the row) to be overwritten with narrow cells: only the
    /// two ends of a run can cut a wide character in half, and its other half becomes a blank.
    func clearCutHalves(from start: Int, to end: Int) {
        if start > 0, cells[start].width == 0 { cells[start - 1] = .space(cells[start - 1].style) }
        if end < cells.count, cells[end - 1].width == 2 { cells[end] = .space(cells[end].style) }
    }
}
