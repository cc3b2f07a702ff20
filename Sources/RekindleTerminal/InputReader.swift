import CNcurses
import RekindleUI

/// Reads ncurses input and assembles it into `InputEvent`s: Esc versus Alt-x, bracketed paste,
/// merged resizes, mouse, and combining marks that arrive after their base character.
struct InputReader {
    /// One unit from `wget_wch`.
    private enum Raw: Equatable {
        case scalar(UInt32)
        case keyCode(Int32)
    }

    /// Pastes longer than this (in Unicode scalars) are cut; the rest is read and dropped.
    static let pasteLimit = 256 * 1024
    /// A paste whose end marker does not arrive within this gap is delivered as it is.
    static let pasteGapMilliseconds: Int32 = 500

    private var lookahead: [Raw] = []

    /// The next event, or nil if nothing arrived within `timeoutMilliseconds`, a signal
    /// interrupted the wait, or the input was something rekindle ignores.
    mutating func next(timeoutMilliseconds: Int32) -> InputEvent? {
        guard let raw = read(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
        switch raw {
        case .keyCode(KEY_RESIZE):
            drain(.keyCode(KEY_RESIZE))
            return .resize(currentScreenSize())
        case .keyCode(KEY_MOUSE):
            return mouseEvent()
        case .keyCode(Int32(RK_KEY_PASTE_BEGIN)):
            return .paste(readPaste())
        case .keyCode(let code):
            return KeyTranslation.key(forKeyCode: code).map(InputEvent.key)
        case .scalar(27):
            return escapeOrAlt()
        case .scalar(let code) where KeyTranslation.isControl(code):
            return KeyTranslation.key(forControl: code).map(InputEvent.key)
        case .scalar(let code):
            return character(startingWith: code).map { .key(.char($0)) }
        }
    }

    /// True when more input is already waiting (so drawing can wait until a burst is handled).
    mutating func hasPendingInput() -> Bool {
        if !lookahead.isEmpty { return true }
        guard let raw = read(timeoutMilliseconds: 0) else { return false }
        lookahead.append(raw)
        return true
    }

    private mutating func read(timeoutMilliseconds: Int32) -> Raw? {
        if !lookahead.isEmpty { return lookahead.removeFirst() }
        var value: UInt32 = 0
        switch Int(rk_read(timeoutMilliseconds, &value)) {
        case RK_READ_CHAR: return .scalar(value)
        case RK_READ_KEYCODE: return .keyCode(Int32(bitPattern: value))
        default: return nil
        }
    }

    /// Reads what is already waiting, without blocking; puts it back unless `accept` takes it.
    private mutating func readNow(where accept: (Raw) -> Bool) -> Raw? {
        guard let raw = read(timeoutMilliseconds: 0) else { return nil }
        if accept(raw) { return raw }
        lookahead.insert(raw, at: 0)
        return nil
    }

    private mutating func drain(_ repeated: Raw) {
        while readNow(where: { $0 == repeated }) != nil {}
    }

    /// ncurses hands over a lone Esc only after ESCDELAY; if a printable character is already
    /// waiting behind it, the two came together: Alt plus that character. Esc-[ or Esc-O with more
    /// behind it is an escape sequence curses did not recognise (Ctrl-Up without a terminfo entry,
    /// focus reports): it is dropped whole, so it never types "1;5A" into a note.
    private mutating func escapeOrAlt() -> InputEvent? {
        guard case .scalar(let code) = readNow(where: Self.isPrintable), let scalar = Unicode.Scalar(code)
        else { return .key(.escape) }
        if scalar == "[" || scalar == "O", skipEscapeSequence(controlSequence: scalar == "[") {
            return nil
        }
        return .key(.alt(Character(scalar)))
    }

    /// Consumes the rest of an escape sequence that is already waiting; false if nothing was.
    /// A control sequence (ESC [) is parameter and intermediate bytes, then one final byte;
    /// ESC O is followed by exactly one final byte.
    private mutating func skipEscapeSequence(controlSequence: Bool) -> Bool {
        var consumed = false
        if controlSequence {
            while readNow(where: { Self.isScalar($0, in: 0x20...0x3F) }) != nil { consumed = true }
        }
        if readNow(where: { Self.isScalar($0, in: 0x40...0x7E) }) != nil { consumed = true }
        return consumed
    }

    private static func isScalar(_ raw: Raw, in range: ClosedRange<UInt32>) -> Bool {
        if case .scalar(let code) = raw { return range.contains(code) }
        return false
    }

    private static func isPrintable(_ raw: Raw) -> Bool {
        if case .scalar(let code) = raw { return !KeyTranslation.isControl(code) }
        return false
    }

    /// A printable character, extended by whatever is already waiting that joins it into one
    /// grapheme (combining accents, variation selectors, ZWJ emoji sequences, flags).
    private mutating func character(startingWith code: UInt32) -> Character? {
        guard let first = Unicode.Scalar(code) else { return nil }
        var text = String(first)
        while let raw = readNow(where: { raw in
            guard Self.isPrintable(raw), case .scalar(let code) = raw, let scalar = Unicode.Scalar(code)
            else { return false }
            return (text + String(scalar)).count == 1
        }) {
            if case .scalar(let code) = raw, let scalar = Unicode.Scalar(code) {
                text.unicodeScalars.append(scalar)
            }
        }
        return text.first
    }

    /// Text up to the paste end marker. Newlines arrive as \r (or \r\n) and become \n; tabs stay;
    /// other control characters and any keys the terminal decoded inside the paste are dropped.
    private mutating func readPaste() -> String {
        var text = String.UnicodeScalarView()
        var count = 0
        var previous: UInt32 = 0
        while rk_pending_signal() == 0,
            let raw = read(timeoutMilliseconds: Self.pasteGapMilliseconds),
            raw != .keyCode(Int32(RK_KEY_PASTE_END))
        {
            guard case .scalar(let code) = raw else { continue }
            defer { previous = code }
            let kept: Unicode.Scalar?
            switch code {
            case 13: kept = "\n"
            case 10: kept = previous == 13 ? nil : "\n"
            case 9: kept = "\t"
            case _ where KeyTranslation.isControl(code): kept = nil
            default: kept = Unicode.Scalar(code)
            }
            guard let kept, count < Self.pasteLimit else { continue }
            text.append(kept)
            count += 1
        }
        return String(text)
    }

    private func mouseEvent() -> InputEvent? {
        var y: Int32 = 0
        var x: Int32 = 0
        let button: MouseButton
        switch Int(rk_read_mouse(&y, &x)) {
        case RK_MOUSE_LEFT: button = .left
        case RK_MOUSE_WHEEL_UP: button = .wheelUp
        case RK_MOUSE_WHEEL_DOWN: button = .wheelDown
        default: return nil
        }
        return .mouse(MouseEvent(button: button, position: Point(x: Int(x), y: Int(y))))
    }
}

/// The terminal size as curses currently sees it.
func currentScreenSize() -> Size {
    var rows: Int32 = 0
    var cols: Int32 = 0
    rk_screen_size(&rows, &cols)
    return Size(width: Int(max(0, cols)), height: Int(max(0, rows)))
}
