import CNcurses
import RekindleUI

/// The terminal curses set up, as a `PaintSurface`: curses clears it and keeps its modes, the
/// painter's bytes go straight to it, and terminfo gives the sequences (styles through the palette,
/// each looked up once).
struct CursesSurface: PaintSurface {
    let palette: Palette
    /// Each style's sequence once it has been used, by `Style.index`.
    private var styles: [[UInt8]?] = Array(repeating: nil, count: Style.indexCount)
    let canWriteLastCell = rk_can_write_last_cell()
    /// Whether terminfo moves the cursor with ECMA-48's CUP (every terminal in use does): the
    /// sequence is then written here rather than built by tiparm for each move.
    private let movesWithCUP = rk_cursor_address(1, 2).map { String(cString: $0) == "\u{1B}[2;3H" } ?? false
    /// Whether terminfo erases cells with ECMA-48's ECH (xterm and the Linux console; tmux and
    /// screen entries have no ech, and there blanks are written as spaces).
    private let erasesWithECH = Palette.capability("ech", 12) == "\u{1B}[12X"
    /// Each style's answer to `canErase`, by `Style.index`.
    private var erasable: [Bool?] = Array(repeating: nil, count: Style.indexCount)

    init(palette: Palette) {
        self.palette = palette
    }

    func clear() { rk_clear_screen() }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { rk_write_bytes($0.baseAddress, Int32($0.count)) }
    }

    func showCursor(_ visible: Bool) { rk_show_cursor(visible) }

    func appendMove(x: Int, y: Int, to output: inout [UInt8]) {
        if movesWithCUP {
            output.append(0x1B)
            output.append(UInt8(ascii: "["))
            appendDecimal(y + 1, to: &output)
            output.append(UInt8(ascii: ";"))
            appendDecimal(x + 1, to: &output)
            output.append(UInt8(ascii: "H"))
            return
        }
        guard let sequence = rk_cursor_address(Int32(y), Int32(x)) else { return }
        var byte = sequence
        while byte.pointee != 0 {
            output.append(UInt8(bitPattern: byte.pointee))
            byte += 1
        }
    }

    mutating func canErase(in style: Style) -> Bool {
        guard erasesWithECH else { return false }
        let index = style.index
        if erasable[index] == nil { erasable[index] = palette.erasesLikeSpace(style) }
        return erasable[index]!
    }

    func appendErase(_ count: Int, to output: inout [UInt8]) {
        output.append(0x1B)
        output.append(UInt8(ascii: "["))
        appendDecimal(count, to: &output)
        output.append(UInt8(ascii: "X"))
    }

    private func appendDecimal(_ value: Int, to output: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &output) }
        output.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    mutating func appendStyle(_ style: Style, to output: inout [UInt8]) {
        let index = style.index
        if styles[index] == nil { styles[index] = palette.sequence(for: style) }
        output.append(contentsOf: styles[index]!)
    }

    func columns(of scalar: Unicode.Scalar) -> Int? {
        let columns = rk_scalar_columns(wchar_t(bitPattern: scalar.value))
        return columns < 0 ? nil : Int(columns)
    }
}

extension Style {
    /// Every style's place in a table: role by attribute set.
    static let indexCount = ColorRole.allCases.count * 32

    var index: Int { Int(role.rawValue) * 32 + Int(attributes.rawValue & 31) }
}
