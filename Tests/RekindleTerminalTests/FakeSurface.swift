@testable import RekindleTerminal
import RekindleUI

/// A terminal in memory that the painter writes to (as ratatui's TestBackend): it interprets the
/// bytes it is sent as a terminal would, with its own idea of character widths, so tests compare
/// the screen that results with the grid the painter was given.
///
/// Like xterm: a wide character covers two cells, and writing over either half of one blanks the
/// other half; a combining mark joins the cell before it; writing in the last column leaves the
/// cursor waiting to wrap, and the next character wraps (scrolling at the bottom). Sequences are
/// `ESC [ row ; column H`, `ESC [ 0 ; attributes ; 38 ; 5 ; role m` and, where `erases` is set,
/// `ESC [ count X` (ECH: blanks cells in the pen, the cursor stays).
struct FakeSurface: PaintSurface {
    struct Drawn: Equatable {
        var text: String
        var style: Style
    }

    private(set) var size: Size
    private(set) var cells: [[Drawn]]
    private(set) var cursor = Point(x: 0, y: 0)
    private(set) var cursorVisible = true
    /// Times the screen was cleared, and the bytes of every frame written.
    private(set) var clears = 0
    private(set) var frames: [[UInt8]] = []
    var canWriteLastCell = true
    /// Whether the terminal erases cells (ECH); an erased cell in reverse or underline would not
    /// look as a space written in that pen, as on xterm.
    var erases = false
    /// Scalars this terminal draws in other widths than `columns(of:)` (the C library) says, as
    /// tmux draws a lone ❤ or a regional indicator.
    var ownWidths: [Unicode.Scalar: Int] = [:]
    private var pen = Style.plain
    private var pendingWrap = false

    init(_ width: Int, _ height: Int) {
        size = Size(width: width, height: height)
        cells = Self.blankRows(size)
    }

    private static func blankRows(_ size: Size) -> [[Drawn]] {
        Array(repeating: Array(repeating: Drawn(text: " ", style: .plain), count: size.width), count: size.height)
    }

    /// The terminal is resized (its contents are cleared, as curses would before repainting).
    mutating func resize(_ width: Int, _ height: Int) {
        size = Size(width: width, height: height)
        cells = Self.blankRows(size)
    }

    // MARK: PaintSurface

    mutating func clear() {
        clears += 1
        cells = Self.blankRows(size)
        cursor = Point(x: 0, y: 0)
        pen = .plain
        pendingWrap = false
    }

    mutating func write(_ bytes: [UInt8]) {
        frames.append(bytes)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x1B {
                index = escape(bytes, from: index)
                continue
            }
            let length = Self.sequenceLength(bytes[index])
            let scalarBytes = bytes[index..<min(bytes.count, index + length)]
            index += length
            guard let scalar = String(decoding: scalarBytes, as: UTF8.self).unicodeScalars.first else { continue }
            put(scalar)
        }
    }

    mutating func showCursor(_ visible: Bool) { cursorVisible = visible }

    func appendMove(x: Int, y: Int, to output: inout [UInt8]) {
        output += Array("\u{1B}[\(y + 1);\(x + 1)H".utf8)
    }

    func appendStyle(_ style: Style, to output: inout [UInt8]) {
        let flags: [(Attributes, Int)] = [(.bold, 1), (.dim, 2), (.italic, 3), (.underline, 4), (.reverse, 7)]
        let attributes = flags.filter { style.attributes.contains($0.0) }.map { ";\($0.1)" }.joined()
        output += Array("\u{1B}[0\(attributes);38;5;\(style.role.rawValue)m".utf8)
    }

    func canErase(in style: Style) -> Bool {
        erases && style.attributes.isDisjoint(with: [.reverse, .underline])
    }

    func appendErase(_ count: Int, to output: inout [UInt8]) {
        output += Array("\u{1B}[\(count)X".utf8)
    }

    func columns(of scalar: Unicode.Scalar) -> Int? {
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return nil }
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark { return 0 }
        return scalar.properties.isEmojiPresentation || (0x4E00...0x9FFF).contains(scalar.value) ? 2 : 1
    }

    // MARK: The terminal

    /// The rows as text, the second half of a wide character left out.
    var lines: [String] {
        cells.map { row in row.map(\.text).joined() }
    }

    /// What the grid says the terminal should show, in the same form as `cells`.
    static func expected(_ grid: Grid) -> [[Drawn]] {
        (0..<grid.size.height).map { y in
            (0..<grid.size.width).map { x in
                let cell = grid[x, y]
                return Drawn(text: cell.text, style: cell.style)
            }
        }
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    /// Interprets `ESC [ parameters final`; returns the index after it.
    private mutating func escape(_ bytes: [UInt8], from start: Int) -> Int {
        precondition(bytes[start + 1] == UInt8(ascii: "["), "only CSI sequences are expected")
        var end = start + 2
        while !(0x40...0x7E).contains(bytes[end]) { end += 1 }
        let parameters = String(decoding: bytes[start + 2..<end], as: UTF8.self).split(separator: ";").map { Int($0)! }
        switch bytes[end] {
        case UInt8(ascii: "H"):
            cursor = Point(x: parameters[1] - 1, y: parameters[0] - 1)
            pendingWrap = false
        case UInt8(ascii: "m"):
            var style = Style.plain
            var rest = parameters[...]
            while let parameter = rest.popFirst() {
                switch parameter {
                case 1: style.attributes.insert(.bold)
                case 2: style.attributes.insert(.dim)
                case 3: style.attributes.insert(.italic)
                case 4: style.attributes.insert(.underline)
                case 7: style.attributes.insert(.reverse)
                case 38: style.role = ColorRole(rawValue: UInt8(rest.dropFirst().first!))!; rest = rest.dropFirst(2)
                default: break
                }
            }
            pen = style
        case UInt8(ascii: "X"):
            precondition(erases, "an erase sent to a terminal without ECH")
            erase(parameters[0])
        default:
            preconditionFailure("unexpected sequence")
        }
        return end + 1
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let width = ownWidths[scalar] ?? columns(of: scalar) ?? 1
        if width == 0 {
            // A combining mark joins the character before the cursor.
            let x = pendingWrap ? cursor.x : cursor.x - 1
            if x >= 0 { cells[cursor.y][x].text.unicodeScalars.append(scalar) }
            return
        }
        if pendingWrap || cursor.x + width > size.width { wrap() }
        blankHalves(at: cursor.x, width: width)
        cells[cursor.y][cursor.x] = Drawn(text: String(scalar), style: pen)
        if width == 2 { cells[cursor.y][cursor.x + 1] = Drawn(text: "", style: pen) }
        if cursor.x + width == size.width {
            cursor.x = size.width - 1
            pendingWrap = true
        } else {
            cursor.x += width
        }
    }

    /// ECH: `count` cells from the cursor become spaces in the pen (a wide character half in
    /// the span is blanked whole); the cursor stays.
    private mutating func erase(_ count: Int) {
        let end = min(size.width, cursor.x + count)
        guard cursor.x < end else { return }
        blankHalves(at: cursor.x, width: end - cursor.x)
        for x in cursor.x..<end { cells[cursor.y][x] = Drawn(text: " ", style: pen) }
        pendingWrap = false
    }

    /// Writing over half of a wide character blanks its other half.
    private mutating func blankHalves(at x: Int, width: Int) {
        let y = cursor.y
        if cells[y][x].text.isEmpty, x > 0 { cells[y][x - 1] = Drawn(text: " ", style: cells[y][x - 1].style) }
        let end = x + width - 1
        if end + 1 < size.width, cells[y][end + 1].text.isEmpty { cells[y][end + 1] = Drawn(text: " ", style: cells[y][end + 1].style) }
    }

    private mutating func wrap() {
        pendingWrap = false
        cursor.x = 0
        if cursor.y + 1 < size.height {
            cursor.y += 1
        } else {
            cells.removeFirst()
            cells.append(Array(repeating: Drawn(text: " ", style: pen), count: size.width))
        }
    }
}
