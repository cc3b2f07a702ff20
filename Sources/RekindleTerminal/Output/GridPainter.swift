import RekindleUI

/// What `GridPainter` draws on: curses' stdscr (`CursesSurface`), or a recording fake in tests.
protocol PaintSurface {
    /// Blanks every cell (in memory; `present` sends the difference).
    mutating func erase()
    /// Blanks one row before it is repainted.
    mutating func clearRow(_ y: Int)
    /// Draws a base character and its combining marks in the `width` columns at (x, y); false,
    /// drawing nothing, when the surface cannot draw them in that room.
    mutating func put(_ scalars: [Unicode.Scalar], width: Int, x: Int, y: Int, style: Style) -> Bool
    /// Shows the cursor there, or hides it for nil.
    mutating func placeCursor(_ position: Point?)
    /// Sends what changed to the terminal.
    mutating func present()
}

/// Writes a `Grid` onto a surface cell by cell at exact positions, so a width disagreement between
/// the grid and the C library's wcwidth cannot shift the rest of a row, then lets the surface send
/// only what changed.
struct GridPainter<Surface: PaintSurface> {
    var surface: Surface

    /// Paints `grid`; with the `previous` grid of the same size still on the surface, only the rows
    /// that differ (a key changes a few rows; painting all 4,800 cells of 120x40 cost more than the
    /// render itself).
    mutating func paint(_ grid: Grid, previous: Grid?, screen: Size) {
        let height = min(grid.size.height, screen.height)
        let width = min(grid.size.width, screen.width)
        let incremental = previous?.size == grid.size
        // Erasing first blanks any column the grid skips (continuations ncurses sees as narrow);
        // a repainted row is blanked the same way.
        if !incremental { surface.erase() }
        for y in 0..<height {
            if incremental, let previous {
                let row = y * grid.size.width..<(y + 1) * grid.size.width
                if grid.cells[row] == previous.cells[row] { continue }
                surface.clearRow(y)
            }
            for x in 0..<width where !grid[x, y].isContinuation {
                put(grid[x, y], x: x, y: y, fitsWide: x + 1 < width)
            }
        }
        if let cursor = grid.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < width, cursor.y < height {
            surface.placeCursor(cursor)
        } else {
            surface.placeCursor(nil)
        }
        surface.present()
    }

    private mutating func put(_ cell: Cell, x: Int, y: Int, fitsWide: Bool) {
        // A wide character never starts in the last column; the grid promises it, we make sure.
        let (text, width) = cell.width > 1 && !fitsWide ? (" ", 1) : (cell.text, Int(cell.width))
        var scalars = Self.terminalSafe(text)
        if scalars.isEmpty { scalars = [" "] }
        if !surface.put(scalars, width: width, x: x, y: y, style: cell.style) {
            // Control characters, ESC, unprintable or wider than planned: a harmless stand-in.
            _ = surface.put(["?"], width: 1, x: x, y: y, style: cell.style)
        }
    }

    /// The scalars of a cluster that every terminal draws in the same columns: the base and its
    /// combining marks. Terminals disagree about emoji ZWJ sequences (👩‍❤️‍👨 takes 2 columns in
    /// kitty, 5 in tmux 3.3 and xterm), variation selectors (❤️: 1 or 2) and skin-tone modifiers,
    /// and when the terminal's idea of a row differs from ncurses', the rest of the row is drawn
    /// in the wrong place (found by Tests/slow/crash_loop.py: stray characters in the guide pane).
    /// So a sequence shows as its first emoji; the text itself is stored untouched.
    static func terminalSafe(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalars.isEmpty {
                scalars.append(scalar)
                continue
            }
            if scalar.value == 0x200D { break }  // a ZWJ joins another whole emoji: stop here
            let isSelector = (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
            let category = scalar.properties.generalCategory
            if (category == .nonspacingMark || category == .enclosingMark) && !isSelector { scalars.append(scalar) }
        }
        return scalars
    }
}
