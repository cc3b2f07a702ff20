import RekindleKit

/// The one way text reaches the grid. It sanitises, measures each grapheme's display width, clips
/// to a rectangle, and never leaves half of a wide character: a wide character that does not fit
/// before the edge becomes a space, and overwriting half of one blanks the other half.
struct Canvas {
    private(set) var grid: Grid
    /// The characters the app's own frame and marks are drawn with.
    let glyphs: GlyphSet

    init(size: Size, glyphs: GlyphSet = .unicode) {
        grid = Grid(size: size)
        self.glyphs = glyphs
    }

    var bounds: Rect { Rect(x: 0, y: 0, width: grid.size.width, height: grid.size.height) }

    /// Writes `text` from (x, y) within `clip`; returns the column after the last cell written.
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, style: Style, clip: Rect) -> Int {
        let area = clip.intersection(bounds)
        guard y >= area.y, y < area.maxY else { return x }
        var bytes = text
        let written = bytes.withUTF8 { bytes -> Int? in
            // Printable ASCII, most rows of notes: each byte is its cell.
            if DisplayText.printableASCIIPrefixCount(bytes) == bytes.count {
                return writePlain(bytes.lazy.map(UInt32.init), count: bytes.count, x: x, y: y, style: style, area: area)
            }
            return DisplayText.plainScalarCount(bytes).map { count in
                writePlain(UTF8Scalars(bytes), count: count, x: x, y: y, style: style, area: area)
            }
        }
        if let written { return written }
        var column = x
        for character in DisplayText.sanitize(text) {
            guard column < area.maxX else { break }
            // Tabs and stray line breaks are layout's business; on a single row they are one space.
            let grapheme = character.isNewline || character == "\t" ? " " : character
            let width = min(2, DisplayText.width(of: grapheme))
            if width == 0 { continue }
            if column + width > area.maxX {
                if column >= area.x { grid.put(.space(style), x: column, y: y) }
                column = area.maxX
                break
            }
            if column >= area.x {
                grid.put(Cell(glyph: Glyph(grapheme), width: UInt8(width), style: style), x: column, y: y)
            }
            column += width
        }
        return column
    }

    /// `write` for text of plain scalars only (`DisplayText.isPlainScalar`, most of what is drawn),
    /// given as their values: a cell per scalar, without segmenting graphemes or measuring them.
    private mutating func writePlain(_ scalars: some Sequence<UInt32>, count: Int, x: Int, y: Int, style: Style,
                                     area: Rect) -> Int {
        let end = min(x + count, area.maxX)
        guard end > x else { return x }
        grid.withRow(y) { row in
            let start = max(x, area.x)
            guard start < end, end <= row.cells.count else { return }
            row.clearCutHalves(from: start, to: end)
            var column = x
            var next = scalars.makeIterator()
            while column < start, next.next() != nil { column += 1 }
            while column < end, let scalar = next.next() {
                row.cells[column] = Cell(glyph: Glyph(raw: scalar), width: 1, style: style)
                column += 1
            }
        }
        return end
    }

    /// Writes one plain scalar `count` times from (x, y) within `clip`, as `write` would write the
    /// repeated text (a frame's top and bottom edges, without building the string).
    mutating func writeRepeated(_ text: String, count: Int, x: Int, y: Int, style: Style, clip: Rect) {
        guard DisplayText.plainScalarCount(text) == 1, let scalar = text.unicodeScalars.first else {
            write(String(repeating: text, count: max(0, count)), x: x, y: y, style: style, clip: clip)
            return
        }
        let area = clip.intersection(bounds)
        guard y >= area.y, y < area.maxY else { return }
        let count = max(0, count)
        _ = writePlain(repeatElement(scalar.value, count: count), count: count, x: x, y: y, style: style, area: area)
    }

    /// Writes `text` at column `x` of every row of `clip`, as `write` would on each (a frame's sides:
    /// the one grapheme is measured once, not on every row).
    mutating func writeColumn(_ text: String, x: Int, style: Style, clip: Rect) {
        let area = clip.intersection(bounds)
        guard area.height > 0, DisplayText.plainScalarCount(text) == 1 else {
            for y in area.y..<max(area.y, area.maxY) { write(text, x: x, y: y, style: style, clip: clip) }
            return
        }
        guard x >= area.x, x < area.maxX else { return }
        let cell = Cell(text: text, width: 1, style: style)
        for y in area.y..<area.maxY { grid.put(cell, x: x, y: y) }
    }

    /// Writes spans one after another on a row; returns the column after the last one.
    @discardableResult
    mutating func write(_ line: StyledLine, x: Int, y: Int, clip: Rect) -> Int {
        line.reduce(x) { column, span in
            write(span.isAppWording ? glyphs.plain(span.text) : span.text, x: column, y: y, style: span.style, clip: clip)
        }
    }

    /// Blanks a rectangle in one style (a pane's background, a selected row).
    mutating func fill(_ rect: Rect, style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard area.width > 0 else { return }
        for y in area.y..<area.maxY {
            grid.withRow(y) { $0.fill(.space(style), from: area.x, to: area.maxX) }
        }
    }

    /// Adds attributes to every cell of a rectangle, keeping the text (selection shows as reverse).
    /// A search match keeps its own look, underlined instead of reversed, so it still stands out
    /// in a reversed row with or without colour.
    mutating func addAttributes(_ attributes: Attributes, role: ColorRole? = nil, in rect: Rect) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                var cell = grid[x, y]
                if cell.style.role == .match {
                    cell.style.attributes.formUnion(attributes.subtracting(.reverse).union(.underline))
                    grid.set(cell, x: x, y: y)
                    continue
                }
                cell.style.attributes.formUnion(attributes)
                if let role { cell.style.role = role }
                grid.set(cell, x: x, y: y)
            }
        }
    }

    /// Copies the cells of `rect` from an earlier frame of the same size.
    mutating func copy(_ rect: Rect, from earlier: Grid) { grid.copy(rect, from: earlier) }

    mutating func setCursor(_ point: Point?) {
        grid.cursor = point.flatMap { bounds.contains($0) ? $0 : nil }
    }
}
