import CNcurses
import RekindleUI

/// curses' stdscr as a `PaintSurface`: styles become attributes and colour pairs through the palette.
struct CursesSurface: PaintSurface {
    let palette: Palette
    /// A base character plus combining marks, NUL-terminated, reused for every cell.
    private var buffer = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)

    init(palette: Palette) {
        self.palette = palette
    }

    func erase() { rk_erase() }

    func clearRow(_ y: Int) { rk_clear_row(Int32(y)) }

    mutating func put(_ scalars: [Unicode.Scalar], width: Int, x: Int, y: Int, style: Style) -> Bool {
        let (attributes, pair) = palette.curses(for: style)
        var count = 0
        for scalar in scalars.prefix(buffer.count - 1) {
            buffer[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        buffer[count] = 0
        return rk_put_cell(Int32(y), Int32(x), buffer, Int32(width), attributes, pair) != ERR
    }

    func placeCursor(_ position: Point?) {
        rk_place_cursor(position != nil, Int32(position?.y ?? 0), Int32(position?.x ?? 0))
    }

    func present() { rk_present() }
}
