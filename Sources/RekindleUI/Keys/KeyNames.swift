extension Key {
    /// How a key is written in hints and help: "j", "↓", "Ctrl-C", "F1", "Space" ("Down" for "↓"
    /// with ASCII glyphs).
    func displayName(_ glyphs: GlyphSet = .unicode) -> String {
        glyphs.plain(displayName)
    }

    /// The Unicode spelling; config files may use it too.
    var displayName: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        case .alt(let c): "Alt-" + String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .shiftUp: "Shift-↑"
        case .shiftDown: "Shift-↓"
        case .shiftLeft: "Shift-←"
        case .shiftRight: "Shift-→"
        case .ctrlLeft: "Ctrl-←"
        case .ctrlRight: "Ctrl-→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .altBackspace: "Alt-Backspace"
        case .ctrlBackspace: "Ctrl-Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .escape: "Esc"
        case .function(let n): "F\(n)"
        }
    }

    /// Every key with a name of its own (the rest are characters, Ctrl- and Alt- keys).
    private static let named: [Key] = [
        .up, .down, .left, .right, .shiftUp, .shiftDown, .shiftLeft, .shiftRight, .ctrlLeft, .ctrlRight,
        .home, .end, .pageUp, .pageDown, .enter, .tab, .backTab, .backspace, .altBackspace, .ctrlBackspace,
        .delete, .insert, .escape,
    ] + (1...12).map { .function($0) }

    /// Other spellings people write in config files.
    private static let aliases: [String: Key] = [
        "pageup": .pageUp, "pagedown": .pageDown, "return": .enter, "escape": .escape, "del": .delete,
        "backtab": .backTab,
    ]

    /// A key from its name in a config file: "j", "G", "Space", "Ctrl-R", "Alt-b", "Down" or "↓",
    /// "Shift-Tab", "PgDn", "F2". Names other than single characters ignore case; nil for a name
    /// no terminal key has.
    public init?(name: String) {
        let folded = name.lowercased()
        if let key = Self.named.first(where: {
            $0.displayName.lowercased() == folded || $0.displayName(.ascii).lowercased() == folded
        }) ?? Self.aliases[folded] {
            self = key
            return
        }
        if name.count == 1, let character = name.first {
            guard !character.isWhitespace || character == " ", character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F })
            else { return nil }
            self = .char(character)
            return
        }
        if folded == "space" {
            self = .char(" ")
        } else if folded.hasPrefix("ctrl-"), folded.count == 6, let letter = folded.last, ("a"..."z").contains(letter) {
            // A terminal sends these as the keys they share a byte with.
            self = switch letter {
            case "i": .tab
            case "j", "m": .enter
            case "h": .ctrlBackspace
            default: .ctrl(letter)
            }
        } else if folded.hasPrefix("alt-"), name.count == 5, let character = name.last, !character.isWhitespace {
            self = .alt(character)
        } else {
            return nil
        }
    }
}
