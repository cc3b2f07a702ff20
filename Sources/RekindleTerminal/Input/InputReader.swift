import RekindleUI

/// Turns the terminal's raw input into `InputEvent`s: UTF-8 text (combining marks joined to their
/// base), control keys, every common spelling of the editing and movement keys whatever terminfo
/// says (`EscapeSequence`), Esc versus Alt, bracketed paste, SGR mouse reports and merged resizes.
struct InputReader {
    /// One decoded unit of input.
    enum Unit: Equatable {
        case scalar(UInt32)
        case resize(Size)
    }

    /// How long after an Esc the rest of a key may still arrive: Esc then DEL within this is
    /// Alt-Backspace, Esc then "b" Alt-b; a lone Esc is delivered after it.
    static let escapeDelayMilliseconds: Int32 = 25
    /// A paste whose end marker does not arrive within this gap is delivered as it is.
    static let pasteGapMilliseconds: Int32 = 500

    private var source: any ByteSource
    /// Whether a Ctrl-H byte is the terminal's Backspace (terminfo kbs=^H) rather than Ctrl-Backspace.
    private let backspaceIsCtrlH: Bool
    private var bytes: [UInt8] = []
    private var head = 0
    /// Units read ahead and given back, the next one last.
    private var pushedBack: [Unit] = []

    init(source: some ByteSource, backspaceIsCtrlH: Bool = false) {
        self.source = source
        self.backspaceIsCtrlH = backspaceIsCtrlH
    }

    /// The next event, or nil if nothing arrived within `timeoutMilliseconds`, a signal
    /// interrupted the wait, or the input was something rekindle ignores.
    mutating func next(timeoutMilliseconds: Int32) -> InputEvent? {
        guard let first = unit(within: timeoutMilliseconds) else { return nil }
        switch first {
        case .resize(let size): return .resize(latestSize(after: size))
        case .scalar(27): return escape()
        case .scalar(let code) where EscapeSequence.isControl(code):
            return EscapeSequence.key(forControl: code, backspaceIsCtrlH: backspaceIsCtrlH).map(InputEvent.key)
        case .scalar(let code): return character(startingWith: code).map { .key(.char($0)) }
        }
    }

    /// True when more input is already waiting (so drawing can wait until a burst is handled).
    mutating func hasPendingInput() -> Bool {
        guard pushedBack.isEmpty, head == bytes.count else { return true }
        guard let unit = unit(within: 0) else { return false }
        pushBack(unit)
        return true
    }

    // MARK: Units

    private mutating func unit(within timeout: Int32) -> Unit? {
        if let unit = pushedBack.popLast() { return unit }
        if head == bytes.count {
            switch source.read(timeoutMilliseconds: timeout) {
            case .nothing, .bytes([]): return nil
            case .resize(let size): return .resize(size)
            case .bytes(let arrived): (bytes, head) = (arrived, 0)
            }
        }
        return .scalar(decodeScalar())
    }

    private mutating func pushBack(_ unit: Unit) { pushedBack.append(unit) }

    /// Reads what is already waiting, without blocking; gives it back unless `accept` takes it.
    private mutating func unitNow(where accept: (Unit) -> Bool) -> Unit? {
        guard let unit = unit(within: 0) else { return nil }
        if accept(unit) { return unit }
        pushBack(unit)
        return nil
    }

    /// One UTF-8 scalar from `bytes` (whose first byte is there), waiting briefly for the rest of a
    /// character split between two reads. A malformed byte becomes U+FFFD and is passed.
    private mutating func decodeScalar() -> UInt32 {
        let lead = bytes[head]
        let length: Int
        switch lead {
        case 0..<0x80:
            head += 1
            return UInt32(lead)
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default:
            head += 1
            return 0xFFFD
        }
        waiting: while bytes.count - head < length {
            switch source.read(timeoutMilliseconds: Self.escapeDelayMilliseconds) {
            case .bytes(let more) where !more.isEmpty:
                bytes = Array(bytes[head...]) + more
                head = 0
            case .resize(let size): pushBack(.resize(size))  // delivered right after this character
            default: break waiting
            }
        }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            guard head + offset < bytes.count, (0x80...0xBF).contains(bytes[head + offset]) else {
                head += 1
                return 0xFFFD
            }
            value = value << 6 | UInt32(bytes[head + offset] & 0x3F)
        }
        let smallest: UInt32 = [0, 0, 0x80, 0x800, 0x10000][length]
        guard value >= smallest, Unicode.Scalar(value) != nil else {
            head += 1
            return 0xFFFD
        }
        head += length
        return value
    }

    private mutating func latestSize(after size: Size) -> Size {
        var size = size
        while case .resize(let later) = unitNow(where: { if case .resize = $0 { true } else { false } }) {
            size = later
        }
        return size
    }

    // MARK: Keys

    /// After an Esc: a lone Esc, an escape sequence, Alt-Backspace, or Alt plus a character.
    private mutating func escape() -> InputEvent? {
        guard let second = unit(within: Self.escapeDelayMilliseconds) else { return .key(.escape) }
        guard case .scalar(let code) = second else {
            pushBack(second)
            return .key(.escape)
        }
        switch code {
        case 0x5B: return controlSequence()
        case 0x4F: return singleShift()
        case 0x7F, 0x08: return .key(.altBackspace)
        case 27: return altEscape(second)
        // Alt plus another control key (Alt-Enter, Alt-Tab) means nothing here, and it must not
        // act as Esc, which would leave an editor.
        case _ where EscapeSequence.isControl(code): return nil
        default: return character(startingWith: code).map { .key(.alt($0)) }
        }
    }

    /// Esc Esc: rxvt spells Alt-arrow as Esc then the arrow's sequence, which is that key (so Alt-←
    /// never cancels an editor); otherwise the first Esc is a key of its own.
    private mutating func altEscape(_ second: Unit) -> InputEvent? {
        guard let third = unit(within: Self.escapeDelayMilliseconds) else {
            pushBack(second)
            return .key(.escape)
        }
        switch third {
        case .scalar(0x5B): return controlSequence()
        case .scalar(0x4F): return singleShift()
        default:
            pushBack(third)
            pushBack(second)
            return .key(.escape)
        }
    }

    /// After Esc [: parameter bytes, intermediate bytes, one final byte. A sequence cut short or
    /// broken by another byte is dropped whole (what broke it is read again), so no part of it is
    /// ever typed into a note; nothing at all after Esc [ is Alt-[.
    private mutating func controlSequence() -> InputEvent? {
        var parameters = ""
        var intermediates = ""
        var isFirst = true
        while let unit = unit(within: Self.escapeDelayMilliseconds) {
            guard case .scalar(let code) = unit, code < 0x80, let scalar = Unicode.Scalar(code) else {
                pushBack(unit)
                return nil
            }
            switch code {
            case 0x30...0x3F where intermediates.isEmpty: parameters.unicodeScalars.append(scalar)
            case 0x20...0x2F: intermediates.unicodeScalars.append(scalar)
            case 0x5B where isFirst: return linuxFunctionKey()
            case 0x4D where isFirst: return legacyMouse()
            case 0x40...0x7E:
                return decoded(EscapeSequence.controlSequence(parameters: parameters, intermediates: intermediates,
                                                               final: Character(scalar)))
            default:
                pushBack(unit)
                return nil
            }
            isFirst = false
        }
        return isFirst ? .key(.alt("[")) : nil
    }

    /// After Esc O: one final byte (application cursor keys, keypad, F1-F4), possibly after a
    /// modifier digit; nothing after it is Alt-O.
    private mutating func singleShift() -> InputEvent? {
        var modifier = ""
        while let unit = unit(within: Self.escapeDelayMilliseconds) {
            guard case .scalar(let code) = unit, code < 0x80, let scalar = Unicode.Scalar(code) else {
                pushBack(unit)
                return nil
            }
            if (0x30...0x39).contains(code) || code == 0x3B {
                modifier.unicodeScalars.append(scalar)
                continue
            }
            guard (0x40...0x7E).contains(code) else {
                pushBack(unit)
                return nil
            }
            return EscapeSequence.singleShift(final: Character(scalar)).map(InputEvent.key)
        }
        return modifier.isEmpty ? .key(.alt("O")) : nil
    }

    /// The Linux console's F1-F5: Esc [ [ A to E.
    private mutating func linuxFunctionKey() -> InputEvent? {
        guard case .scalar(let code) = unit(within: Self.escapeDelayMilliseconds), (0x41...0x45).contains(code)
        else { return nil }
        return .key(.function(Int(code) - 0x40))
    }

    /// An X10-style report (Esc [ M and three bytes), sent by terminals without SGR reports.
    private mutating func legacyMouse() -> InputEvent? {
        var values: [Int] = []
        while values.count < 3, case .scalar(let code) = unit(within: Self.escapeDelayMilliseconds) {
            values.append(Int(code))
        }
        guard values.count == 3 else { return nil }
        return MouseReport.legacy(button: values[0] - 32, x: values[1] - 33, y: values[2] - 33).map(InputEvent.mouse)
    }

    private mutating func decoded(_ sequence: EscapeSequence.Decoded) -> InputEvent? {
        switch sequence {
        case .key(let key): return .key(key)
        case .mouse(let event): return .mouse(event)
        case .pasteBegin: return .paste(readPaste())
        case .ignored: return nil
        }
    }

    /// A printable character, extended by whatever is already waiting that joins it into one
    /// grapheme (combining accents, variation selectors, ZWJ emoji sequences, flags).
    private mutating func character(startingWith code: UInt32) -> Character? {
        guard let first = Unicode.Scalar(code) else { return nil }
        var text = String(first)
        while case .scalar(let code) = unitNow(where: { unit in
            guard case .scalar(let code) = unit, !EscapeSequence.isControl(code), let scalar = Unicode.Scalar(code)
            else { return false }
            return (text + String(scalar)).count == 1
        }), let scalar = Unicode.Scalar(code) {
            text.unicodeScalars.append(scalar)
        }
        return text.first
    }

    // MARK: Paste

    /// Text up to the paste end marker (Esc [ 201 ~), all of it however long. Newlines arrive as
    /// \r (or \r\n) and become \n; tabs stay; other control characters and escape sequences inside
    /// the paste are dropped. A resize during the paste is delivered after it.
    private mutating func readPaste() -> String {
        var text = String.UnicodeScalarView()
        var previous: UInt32 = 0
        var resize: Unit?
        while !source.isInterrupted, let unit = unit(within: Self.pasteGapMilliseconds) {
            guard case .scalar(let code) = unit else {
                resize = unit
                continue
            }
            defer { previous = code }
            if code == 27 {
                if isPasteEnd() { break }
                continue
            }
            switch code {
            case 13: text.append("\n")
            case 10: if previous != 13 { text.append("\n") }
            case 9: text.append("\t")
            case _ where EscapeSequence.isControl(code): continue
            default: if let scalar = Unicode.Scalar(code) { text.append(scalar) }
            }
        }
        if let resize { pushBack(resize) }
        return String(text)
    }

    /// After an Esc inside a paste: whether "[201~" follows; if not, what followed is read again.
    private mutating func isPasteEnd() -> Bool {
        var read: [Unit] = []
        for expected in "[201~".unicodeScalars {
            guard let unit = unit(within: Self.pasteGapMilliseconds) else { break }
            read.append(unit)
            guard unit == .scalar(expected.value) else { break }
            if read.count == 5 { return true }
        }
        for unit in read.reversed() { pushBack(unit) }
        return false
    }
}
