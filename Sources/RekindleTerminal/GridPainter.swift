import CNcurses
import RekindleUI

/// Writes a `Grid` into stdscr cell by cell at exact positions, so a width disagreement between
/// the grid and the C library's wcwidth cannot shift the rest of a row, then lets ncurses send
/// only what changed.
struct GridPainter {
    let palette: Palette
    /// A base character plus combining marks, NUL-terminated, reused for every cell.
    private var buffer = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)

    init(palette: Palette) {
        self.palette = palette
    }

    /// Paints `grid`; with the `previous` grid of the same size still on stdscr, only the rows that
    /// differ (a key changes a few rows; painting all 4,800 cells of 120x40 cost more than the
    /// render itself).
    mutating func paint(_ grid: Grid, previous: Grid?, screen: Size) {
        let height = min(grid.size.height, screen.height)
        let width = min(grid.size.width, screen.width)
        let incremental = previous?.size == grid.size
        // Erasing first blanks any column the grid skips (continuations ncurses sees as narrow);
        // a repainted row is blanked the same way.
        if !incremental { rk_erase() }
        for y in 0..<height {
            if incremental, let previous {
                let row = y * grid.size.width..<(y + 1) * grid.size.width
                if grid.cells[row] == previous.cells[row] { continue }
                rk_clear_row(Int32(y))
            }
            for x in 0..<width where !grid[x, y].isContinuation {
                put(grid[x, y], x: x, y: y, fitsWide: x + 1 < width)
            }
        }
        if let cursor = grid.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < width, cursor.y < height {
            rk_place_cursor(true, Int32(cursor.y), Int32(cursor.x))
        } else {
            rk_place_cursor(false, 0, 0)
        }
        rk_present()
    }

    private mutating func put(_ cell: Cell, x: Int, y: Int, fitsWide: Bool) {
        let (attributes, pair) = palette.curses(for: cell.style)
        // A wide character never starts in the last column; the grid promises it, we make sure.
        let (text, width) = cell.width > 1 && !fitsWide ? (" ", 1) : (cell.text, Int(cell.width))
        if put(text, width: width, x: x, y: y, attributes: attributes, pair: pair) == ERR {
            // Control characters, ESC, unprintable or wider than planned: a harmless stand-in.
            _ = put("?", width: 1, x: x, y: y, attributes: attributes, pair: pair)
        }
    }

    private mutating func put(_ text: String, width: Int, x: Int, y: Int, attributes: attr_t, pair: Int16) -> Int32 {
        var count = 0
        for scalar in Self.terminalSafe(text).prefix(buffer.count - 1) {
            buffer[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        if count == 0 {
            buffer[0] = wchar_t(UInt8(ascii: " "))
            count = 1
        }
        buffer[count] = 0
        return rk_put_cell(Int32(y), Int32(x), buffer, Int32(width), attributes, pair)
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
