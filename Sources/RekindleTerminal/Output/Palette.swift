import CNcurses
import RekindleUI

/// Maps a `Style` to curses attributes and a colour pair. Colours are a calm, small set that reads on
/// dark and light backgrounds (the terminal's own background, -1, is kept). Without colour (NO_COLOR
/// or a monochrome terminal) each role falls back to attributes, so nothing depends on colour alone.
struct Palette {
    private struct Look {
        /// Foreground and background colour (-1 is the terminal default), if the role has colour.
        var colors: (foreground: Int16, background: Int16)?
        /// Added whether or not colour is on.
        var attributes: Attributes = []
        /// Added only when colour is off, standing in for the colour.
        var attributesWithoutColor: Attributes = []
    }

    private static func look(for role: ColorRole) -> Look {
        switch role {
        case .normal: return Look()
        case .accent: return Look(colors: (Int16(COLOR_CYAN), -1))
        case .title: return Look(colors: (Int16(COLOR_CYAN), -1), attributes: .bold)
        case .muted: return Look(attributes: .dim)
        // Borders carry their own weight from the pure layer: bold when focused, dim when not.
        case .border: return Look()
        case .done: return Look(colors: (Int16(COLOR_GREEN), -1))
        case .warning: return Look(colors: (Int16(COLOR_RED), -1), attributesWithoutColor: .bold)
        case .selection: return Look(attributes: .reverse)
        // Black on yellow like a highlighter: readable whatever the terminal's own colours are.
        case .match: return Look(colors: (Int16(COLOR_BLACK), Int16(COLOR_YELLOW)), attributesWithoutColor: .reverse)
        }
    }

    let usesColor: Bool

    /// Starts colour when the terminal has it (with its own default colours) and NO_COLOR is unset
    /// or empty, and defines one pair per coloured role (pair number = role raw value + 1).
    init(environment: [String: String]) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        usesColor = !noColor && has_colors() && start_color() == OK && use_default_colors() == OK
        guard usesColor else { return }
        for role in ColorRole.allCases {
            guard let colors = Self.look(for: role).colors else { continue }
            init_pair(Self.pair(for: role), colors.foreground, colors.background)
        }
    }

    private static func pair(for role: ColorRole) -> Int16 { Int16(role.rawValue) + 1 }

    func curses(for style: Style) -> (attributes: attr_t, pair: Int16) {
        let look = Self.look(for: style.role)
        var attributes = style.attributes.union(look.attributes)
        var pair: Int16 = 0
        if usesColor, look.colors != nil {
            pair = Self.pair(for: style.role)
        } else {
            attributes.formUnion(look.attributesWithoutColor)
        }
        let flags = rk_attrs(
            attributes.contains(.bold), attributes.contains(.dim), attributes.contains(.reverse),
            attributes.contains(.underline), attributes.contains(.italic))
        return (flags, pair)
    }
}
