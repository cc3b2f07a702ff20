import RekindleUI

/// What terminals send for keys, decoded by table rather than by terminfo, so Home, End and the
/// modified arrows work whatever `$TERM` says: xterm (normal and application mode), rxvt, the
/// Linux console, tmux and screen, VT220 editing keys, xterm's modifyOtherKeys and CSI u.
enum EscapeSequence {
    enum Decoded: Equatable {
        case key(Key)
        case mouse(MouseEvent)
        case pasteBegin
        /// A well-formed sequence rekindle has no use for (focus reports, Ctrl-F5): dropped whole.
        case ignored
    }

    /// xterm's modifier parameter is 1 plus these bits.
    private struct Modifiers: OptionSet {
        let rawValue: Int
        static let shift = Modifiers(rawValue: 1)
        static let alt = Modifiers(rawValue: 2)
        static let ctrl = Modifiers(rawValue: 4)
        static let meta = Modifiers(rawValue: 8)

        init(rawValue: Int) { self.rawValue = rawValue }
        init(parameter: Int?) { rawValue = max(0, (parameter ?? 1) - 1) }
        var altOrCtrl: Bool { !intersection([.alt, .ctrl, .meta]).isEmpty }
    }

    static func isControl(_ code: UInt32) -> Bool { code < 0x20 || (0x7F...0x9F).contains(code) }

    /// A control character (below space, or DEL), or nil for ones with no meaning here (NUL,
    /// Ctrl-\, Ctrl-], Ctrl-^, Ctrl-_, C1 codes). ESC is handled by the reader, which looks ahead.
    /// Ctrl-H is what most terminals send for Ctrl-Backspace (Backspace itself sends DEL), unless
    /// terminfo says Backspace is Ctrl-H.
    static func key(forControl code: UInt32, backspaceIsCtrlH: Bool) -> Key? {
        switch code {
        case 9: .tab
        case 10, 13: .enter // raw + nonl: Enter is \r; Ctrl-J is \n
        case 127: .backspace
        case 8: backspaceIsCtrlH ? .backspace : .ctrlBackspace
        case 1...26: .ctrl(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(code - 1))))
        default: nil
        }
    }

    /// Esc [ parameters intermediates final.
    static func controlSequence(parameters: String, intermediates: String, final: Character) -> Decoded {
        if parameters.hasPrefix("<") {
            guard intermediates.isEmpty, final == "M" || final == "m" else { return .ignored }
            return MouseReport.sgr(parameters: parameters.dropFirst(), pressed: final == "M")
                .map(Decoded.mouse) ?? .ignored
        }
        // Private parameters (?, >, =) and intermediates are replies and reports, not keys.
        guard intermediates.isEmpty, parameters.allSatisfy({ $0.isNumber || $0 == ";" || $0 == ":" }) else {
            return .ignored
        }
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false)
            .map { Int($0.split(separator: ":").first ?? "") }
        let first = numbers.first ?? nil
        let modifiers = Modifiers(parameter: numbers.count > 1 ? numbers[1] : nil)
        let key: Key?
        switch final {
        case "A", "B", "C", "D": key = arrow(final, modifiers)
        case "H": key = .home
        case "F": key = .end
        case "Z": key = .backTab
        // rxvt's Shift-arrows.
        case "a": key = .shiftUp
        case "b": key = .shiftDown
        case "c": key = .shiftRight
        case "d": key = .shiftLeft
        case "P", "Q", "R", "S": key = .function(Int(final.asciiValue! - Character("P").asciiValue!) + 1)
        case "~":
            if first == 200 { return .pasteBegin }
            if first == 27, numbers.count > 2, let code = numbers[2] {
                key = keyWithModifiers(code: code, Modifiers(parameter: numbers[1]))
            } else {
                key = first.flatMap(tildeKey)
            }
        case "u": key = first.flatMap { keyWithModifiers(code: $0, modifiers) }
        default: key = nil
        }
        return key.map(Decoded.key) ?? .ignored
    }

    /// Esc O final: application-mode cursor keys, Home/End, F1-F4, keypad Enter, rxvt's Ctrl-arrows.
    static func singleShift(final: Character) -> Key? {
        switch final {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "M": .enter
        case "P", "Q", "R", "S": .function(Int(final.asciiValue! - Character("P").asciiValue!) + 1)
        case "a": .up
        case "b": .down
        case "c": .ctrlRight
        case "d": .ctrlLeft
        default: nil
        }
    }

    private static func arrow(_ final: Character, _ modifiers: Modifiers) -> Key {
        switch final {
        case "A": modifiers.contains(.shift) && !modifiers.altOrCtrl ? .shiftUp : .up
        case "B": modifiers.contains(.shift) && !modifiers.altOrCtrl ? .shiftDown : .down
        case "C": modifiers.altOrCtrl ? .ctrlRight : modifiers.contains(.shift) ? .shiftRight : .right
        default: modifiers.altOrCtrl ? .ctrlLeft : modifiers.contains(.shift) ? .shiftLeft : .left
        }
    }

    /// VT220-style keys, Esc [ n ~ (with or without a modifier).
    private static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: .home
        case 4, 8: .end
        case 2: .insert
        case 3: .delete
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(number - 10)
        case 17...21: .function(number - 11)
        case 23...26: .function(number - 12)
        default: nil
        }
    }

    /// A key given by its code and modifiers (CSI u, modifyOtherKeys).
    private static func keyWithModifiers(code: Int, _ modifiers: Modifiers) -> Key? {
        switch code {
        case 8, 127:
            if modifiers.contains(.ctrl) { return .ctrlBackspace }
            return modifiers.contains(.alt) || modifiers.contains(.meta) ? .altBackspace : .backspace
        case 9: return modifiers.contains(.shift) ? .backTab : .tab
        case 13: return .enter
        case 27: return .escape
        default: break
        }
        guard code >= 0x20, let scalar = Unicode.Scalar(code), !isControl(UInt32(code)) else { return nil }
        let character = Character(scalar)
        if modifiers.contains(.ctrl) {
            let lower = Character(String(character).lowercased())
            guard let ascii = lower.asciiValue, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii) else { return nil }
            return .ctrl(lower)
        }
        return modifiers.contains(.alt) || modifiers.contains(.meta) ? .alt(character) : .char(character)
    }
}
