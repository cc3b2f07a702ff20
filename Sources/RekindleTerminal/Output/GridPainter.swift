import RekindleUI

/// What `GridPainter` draws on: the terminal curses set up (`CursesSurface`), or a terminal model
/// in tests.
protocol PaintSurface {
    /// Blanks the terminal in its default pen (and enters full-screen mode, on the first frame).
    mutating func clear()
    /// Sends one frame's bytes.
    mutating func write(_ bytes: [UInt8])
    /// Shows or hides the cursor.
    mutating func showCursor(_ visible: Bool)
    /// The sequence that moves the cursor to (x, y).
    mutating func appendMove(x: Int, y: Int, to output: inout [UInt8])
    /// The sequence that sets the pen for `style`, whatever it was before.
    mutating func appendStyle(_ style: Style, to output: inout [UInt8])
    /// Columns the terminal gives a scalar (the C library's wcwidth), or nil when it cannot draw it.
    func columns(of scalar: Unicode.Scalar) -> Int?
    /// False when a character in the bottom-right cell would scroll the screen.
    var canWriteLastCell: Bool { get }
}

/// Sends a `Grid` to the terminal: only the cells that differ from what it shows, in one write
/// per frame. Each cell is drawn at its exact position: after any cell whose width the terminal
/// counts differently from the grid, the cursor is placed again, so a width disagreement cannot
/// shift the rest of a row. (Re-sending every cell of each changed row through curses was 72% of
/// the instructions of a section switch.)
struct GridPainter<Surface: PaintSurface> {
    var surface: Surface
    /// What the terminal shows, cell by cell; nil until the first frame and after `invalidate`.
    private var onScreen: Grid?
    /// Where the terminal's cursor is, when known, and the pen it writes with (plain at the start).
    private var at = Self.nowhere
    private var pen = Style.plain
    private var cursorShown: Bool?
    private var output: [UInt8] = []
    /// `at` when the cursor's place is not known (no cell is ever there).
    private static var nowhere: Point { Point(x: -1, y: -1) }
    /// The last scalar measured and the terminal's width of it (frames and bars repeat theirs).
    private var measured: (scalar: Unicode.Scalar, columns: Int?) = ("\u{0}", nil)

    init(surface: Surface) {
        self.surface = surface
    }

    /// The next frame starts from a cleared terminal (Ctrl-L, a resize, coming back from a suspend).
    mutating func invalidate() {
        onScreen = nil
    }

    /// Paints `grid`, clipped to a terminal of `screen` size.
    mutating func paint(_ grid: Grid, screen: Size) {
        output.removeAll(keepingCapacity: true)
        if onScreen?.size != grid.size {
            resetPen()
            flush()
            surface.clear()
            at = Self.nowhere
            pen = .plain
            onScreen = Grid(size: grid.size)
        }
        let shown = onScreen!
        let width = min(grid.size.width, screen.width)
        let height = min(grid.size.height, screen.height)
        let lastCell = surface.canWriteLastCell || width < screen.width || height < screen.height
            ? nil : Point(x: width - 1, y: height - 1)
        let skipped = lastCell ?? Self.nowhere
        grid.forEachChangedRun(from: shown, width: width, height: height) { start, y, run in
            for (offset, cell) in run.enumerated() {
                let x = start + offset
                guard !cell.isContinuation, x != skipped.x || y != skipped.y else { continue }
                if offset == 0 { bridge(to: x, y: y, in: grid) }
                draw(cell, x: x, y: y, fitsWide: x + 1 < width, screenWidth: screen.width)
            }
        }
        onScreen = grid
        // The bottom-right cell that could not be written still shows what it showed.
        if let lastCell { onScreen!.set(shown[lastCell.x, lastCell.y], x: lastCell.x, y: lastCell.y) }
        placeCursor(grid.cursor, width: width, height: height)
    }

    /// Puts the terminal's pen back to plain before curses takes over (leaving, suspending).
    mutating func release() {
        output.removeAll(keepingCapacity: true)
        resetPen()
        flush()
    }

    private mutating func resetPen() {
        if pen != .plain {
            surface.appendStyle(.plain, to: &output)
            pen = .plain
        }
    }

    private mutating func flush() {
        if !output.isEmpty { surface.write(output) }
        output.removeAll(keepingCapacity: true)
    }

    private mutating func placeCursor(_ cursor: Point?, width: Int, height: Int) {
        let visible = cursor.map { $0.x >= 0 && $0.y >= 0 && $0.x < width && $0.y < height } ?? false
        if visible, let cursor { moveTo(cursor.x, cursor.y) }
        flush()
        if cursorShown != visible {
            surface.showCursor(visible)
            cursorShown = visible
        }
    }

    private mutating func moveTo(_ x: Int, _ y: Int) {
        guard at.x != x || at.y != y else { return }
        surface.appendMove(x: x, y: y, to: &output)
        at = Point(x: x, y: y)
    }

    /// The unchanged cells a run is apart from the cursor on its row, written again when that is
    /// shorter than moving over them (a move takes 6 to 8 bytes): a few plain ASCII cells in the
    /// pen already set. Two texts swapped on a section switch agree here and there by chance; each
    /// such cell cost a move, 145 of them and a third of the frame's 3 KB.
    private mutating func bridge(to x: Int, y: Int, in grid: Grid) {
        guard at.y == y, at.x < x, x - at.x <= Self.longestBridge else { return }
        for column in at.x..<x {
            let cell = grid[column, y]
            guard cell.width == 1, cell.style == pen, let scalar = cell.glyph.scalar,
                  scalar.value >= 0x20, scalar.value < 0x7F else { return }
        }
        for column in at.x..<x { output.append(UInt8(grid[column, y].glyph.scalar!.value)) }
        at = Point(x: x, y: y)
    }

    /// The most cells `bridge` writes again: never more bytes than the shortest move.
    private static var longestBridge: Int { 5 }

    private mutating func draw(_ cell: Cell, x: Int, y: Int, fitsWide: Bool, screenWidth: Int) {
        // Most cells of a run: printable ASCII, in the pen of the cell before, where the cursor is.
        if cell.width == 1, at.x == x, at.y == y, pen == cell.style, let scalar = cell.glyph.scalar,
           scalar.value >= 0x20, scalar.value < 0x7F {
            output.append(UInt8(scalar.value))
            at = x + 1 < screenWidth ? Point(x: x + 1, y: y) : Self.nowhere
            return
        }
        moveTo(x, y)
        if pen != cell.style {
            surface.appendStyle(cell.style, to: &output)
            pen = cell.style
        }
        // A wide character never starts in the last column; the grid promises it, we make sure.
        let room = cell.width > 1 && !fitsWide ? 1 : Int(cell.width)
        let drawn = room == Int(cell.width) ? append(cell.glyph, room: room) : nil
        if drawn == nil { output.append(room == Int(cell.width) ? UInt8(ascii: "?") : UInt8(ascii: " ")) }
        var used = drawn ?? 1
        // A base the terminal draws narrower than the grid planned: the rest of its room is blank.
        while used < room {
            output.append(UInt8(ascii: " "))
            used += 1
        }
        // At the right edge the terminal waits to wrap; elsewhere the cursor is where it should be,
        // unless the terminal may count the glyph's width its own way.
        at = x + room < screenWidth && !Self.terminalsDisagree(on: cell.glyph) ? Point(x: x + room, y: y) : Self.nowhere
    }

    /// Appends what the terminal draws of a cell's glyph in `room` columns; returns the columns it
    /// takes, or nil (appending nothing) for a control, an unprintable base or one wider than the room.
    private mutating func append(_ glyph: Glyph, room: Int) -> Int? {
        guard let only = glyph.scalar else { return append(cluster: glyph.text, room: room) }
        if only.isASCII {
            // The common case: one ASCII character.
            guard only.value >= 0x20, only.value < 0x7F else { return nil }
            output.append(UInt8(only.value))
            return 1
        }
        // One scalar (frame lines, marks, most letters): no cluster to take apart.
        if only != measured.scalar { measured = (only, surface.columns(of: only)) }
        guard let columns = measured.columns, columns >= 1, columns <= room else { return nil }
        appendUTF8(only)
        return columns
    }

    private mutating func append(cluster text: String, room: Int) -> Int? {
        let safe = Self.terminalSafe(text)
        guard let base = safe.first, let columns = surface.columns(of: base), columns >= 1, columns <= room,
              safe.dropFirst().allSatisfy({ surface.columns(of: $0) != nil }) else { return nil }
        for scalar in safe { appendUTF8(scalar) }
        return columns
    }

    private mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { output.append($0) }
    }

    /// Whether terminals count this glyph's columns differently from the C library's table (and
    /// from each other): emoji, regional indicators and every cluster. tmux drew a lone ❤ (no
    /// variation selector) or a regional indicator one column wider than wcwidth says, and the
    /// rest of the row came out one cell to the right (found by Tests/slow/key_storm.py); so the
    /// cell after such a glyph is always reached by moving the cursor, never by writing on.
    static func terminalsDisagree(on glyph: Glyph) -> Bool {
        guard let scalar = glyph.scalar else { return true }
        return scalar.value >= 0x2000 && scalar.properties.isEmoji
    }

    /// The scalars of a cluster that every terminal draws in the same columns: the base and at most
    /// four combining marks. Terminals disagree about emoji ZWJ sequences (👩‍❤️‍👨 takes 2 columns in
    /// kitty, 5 in tmux 3.3 and xterm), variation selectors (❤️: 1 or 2) and skin-tone modifiers,
    /// and when the terminal's idea of a row differs from ours, the rest of the row is drawn
    /// in the wrong place (found by Tests/slow/crash_loop.py: stray characters in the guide pane).
    /// So a sequence shows as its first emoji; the text itself is stored untouched.
    static func terminalSafe(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalars.isEmpty {
                scalars.append(scalar)
                continue
            }
            if scalar.value == 0x200D || scalars.count == 5 { break }  // a ZWJ joins another whole emoji: stop here
            let isSelector = (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
            let category = scalar.properties.generalCategory
            if (category == .nonspacingMark || category == .enclosingMark) && !isSelector { scalars.append(scalar) }
        }
        return scalars
    }
}
