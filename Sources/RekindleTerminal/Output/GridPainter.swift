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
    /// Whether `appendErase` leaves cells that look as spaces written in `style`'s pen.
    mutating func canErase(in style: Style) -> Bool
    /// The sequence that blanks `count` cells from the cursor in the current pen; the cursor stays.
    mutating func appendErase(_ count: Int, to output: inout [UInt8])
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
        // Cells of row `erased.y` left of `erased.x` were blanked by an erase this frame.
        var erased = Self.nowhere
        grid.forEachChangedRun(from: shown, width: width, height: height, joiningGaps: Self.longestGapWritten) { start, y, run in
            // A run may begin inside the spaces an erase before it blanked; the bottom-right cell
            // that cannot be written ends its row's run.
            var offset = y == erased.y ? max(0, erased.x - start) : 0
            let rowEnd = y == skipped.y ? skipped.x : width
            let end = min(run.count, rowEnd - start)
            while offset < end {
                let x = start + offset, cell = run[offset]
                if cell.isContinuation {
                    offset += 1
                    continue
                }
                // Spaces are worth an erase only from the first of a stretch.
                if cell.glyph.printableASCII == UInt8(ascii: " "), offset == 0 || run[offset - 1] != cell,
                   let count = erase(cell, from: x, y: y, upTo: rowEnd, in: grid, over: shown, screenWidth: screen.width) {
                    erased = Point(x: x + count, y: y)
                    offset += count
                    continue
                }
                let written = writeOn(run[offset..<end], x: x, y: y, screenWidth: screen.width)
                if written == 0 { draw(cell, x: x, y: y, fitsWide: x + 1 < width, screenWidth: screen.width) }
                offset += max(written, 1)
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

    /// The most unchanged cells between two changed ones that a run takes in and writes again
    /// (plain ASCII in the pen already set): never more bytes than the shortest move over them.
    /// Two texts swapped on a section switch agree here and there by chance; each such cell cost a
    /// move, 145 of them and a third of the frame's 3 KB.
    private static var longestGapWritten: Int { 5 }

    /// Blanks `blank`, at (x, y), and the spaces after it in one erase, when that is shorter than
    /// writing them and moving on after (the erase leaves the cursor where it was); returns how
    /// many, or nil. The stretch may take in spaces that were already there (a few at a time), up
    /// to the last one that changed: a guide pane giving way to a shorter text is mostly spaces, a
    /// sixth of a switch's bytes.
    private mutating func erase(_ blank: Cell, from x: Int, y: Int, upTo limit: Int, in grid: Grid, over shown: Grid,
                                screenWidth: Int) -> Int? {
        guard blank.width == 1, surface.canErase(in: blank.style) else { return nil }
        var end = x, changedEnd = x
        while end < limit, end - changedEnd <= Self.longestUnchangedErased, grid[end, y] == blank {
            if shown[end, y] != blank { changedEnd = end + 1 }
            end += 1
        }
        let count = changedEnd - x
        let moveOn = x + count < screenWidth ? Self.moveLength(x: x + count, y: y) : 0
        guard 3 + Self.digits(count) + moveOn < count else { return nil }
        moveTo(x, y)
        if pen != blank.style {
            surface.appendStyle(blank.style, to: &output)
            pen = blank.style
        }
        surface.appendErase(count, to: &output)
        return count
    }

    /// The most unchanged spaces in a row an erase takes in: it saves a move over them, and the
    /// look for more changes ahead stays short.
    private static var longestUnchangedErased: Int { 16 }

    /// The bytes of ECMA-48's cursor move to (x, y), "⎋[y;xH": what most terminals take.
    private static func moveLength(x: Int, y: Int) -> Int { 4 + digits(y + 1) + digits(x + 1) }

    private static func digits(_ value: Int) -> Int { value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : 4 }

    /// Most cells of a run: printable ASCII in the pen already set, from where the cursor is. Writes
    /// those that `cells` starts with, up to a stretch of spaces that might be erased, in one go;
    /// returns how many (0 when the first is not such a cell).
    private mutating func writeOn(_ cells: Slice<UnsafeBufferPointer<Cell>>, x: Int, y: Int, screenWidth: Int) -> Int {
        guard at.x == x, at.y == y else { return 0 }
        let stopAtSpaces = surface.canErase(in: pen)
        let cells = cells.prefix(placeholderBytes.count)
        let first = output.count
        // Room for the bytes (one copy), then written in place: no check of the array per byte.
        output.append(contentsOf: placeholderBytes[..<cells.count])
        let written = output.withUnsafeMutableBufferPointer { bytes in
            var index = cells.startIndex
            while index < cells.endIndex {
                let cell = cells[index]
                guard let byte = cell.glyph.printableASCII, cell.width == 1, cell.style == pen else { break }
                if byte == UInt8(ascii: " "), stopAtSpaces, index > cells.startIndex, index + 1 < cells.endIndex,
                   cells[index - 1] != cell, cells[index + 1] == cell { break }
                bytes[first + index - cells.startIndex] = byte
                index += 1
            }
            return index - cells.startIndex
        }
        output.removeLast(cells.count - written)
        if written > 0 { at = x + written < screenWidth ? Point(x: x + written, y: y) : Self.nowhere }
        return written
    }

    private mutating func draw(_ cell: Cell, x: Int, y: Int, fitsWide: Bool, screenWidth: Int) {
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

/// What `GridPainter.writeOn` makes room with: a row's worth of bytes and more.
private let placeholderBytes = [UInt8](repeating: 0, count: 1024)
