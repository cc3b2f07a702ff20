import CNcurses
import RekindleUI

/// Turns what `wget_wch` returns into `Key`s.
enum KeyTranslation {
    /// A curses function-key code (KEY_CODE_YES), or nil for keys rekindle does not use.
    static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_SR: return .shiftUp // "scroll reverse" is what terminfo calls Shift-Up
        case KEY_SF: return .shiftDown
        case KEY_SLEFT: return .shiftLeft
        case KEY_SRIGHT: return .shiftRight
        case Int32(RK_KEY_CTRL_LEFT): return .ctrlLeft
        case Int32(RK_KEY_CTRL_RIGHT): return .ctrlRight
        // Keypad corners and Find/Select are what some terminals send for Home/End/PgUp/PgDn.
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// A control character (below space, or DEL), or nil for ones with no meaning here
    /// (NUL, Ctrl-\, Ctrl-], Ctrl-^, Ctrl-_). ESC is handled by the reader, which looks ahead.
    static func key(forControl code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter // raw + nonl: Enter is \r; Ctrl-J is \n
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(code - 1))))
        default: return nil
        }
    }

    static func isControl(_ code: UInt32) -> Bool { code < 0x20 || (0x7F...0x9F).contains(code) }
}
