import CNcurses
import RekindleUI

/// How many colours the terminal has; the palette picks only colours it can show.
enum ColorDepth: CaseIterable {
    case ansi8, ansi16, xterm256

    init(colors: Int32) {
        self = colors >= 256 ? .xterm256 : colors >= 16 ? .ansi16 : .ansi8
    }

    var colorCount: Int16 {
        switch self {
        case .ansi8: 8
        case .ansi16: 16
        case .xterm256: 256
        }
    }
}

/// Maps a `Style` to curses attributes and a colour pair. Text keeps the terminal's own foreground
/// and background (-1) and takes its emphasis from bold and underline; colour only marks small
/// things (checkboxes, keys, focus, ticks). Every foreground colour reads at 4.5:1 or more (WCAG)
/// on both a white and a black background, and every background pair at 4.5:1 on its own
/// (PaletteContrastTests computes it). Without colour (NO_COLOR or a monochrome terminal) each
/// role falls back to attributes, so nothing depends on colour alone.
struct Palette {
    struct Look {
        /// Foreground and background colour (-1 is the terminal default), if the role has colour.
        var colors: (foreground: Int16, background: Int16)?
        /// Added whether or not colour is on.
        var attributes: Attributes = []
        /// Added only when colour is off, standing in for the colour.
        var attributesWithoutColor: Attributes = []
    }

    /// With 8 or 16 colours only the xterm defaults of the ANSI colours are known, and none of
    /// them reaches 4.5:1 on both white and black (magenta #cd00cd comes closest: 4.69 and 4.48),
    /// so there marks go uncoloured and only the two background pairs keep colour. With 256 colours
    /// the marks use the 6×6×6 cube, whose RGB values are fixed (themes such as Solarized remap
    /// the ANSI colours 0–15, rarely the cube).
    static func look(for role: ColorRole, depth: ColorDepth, theme: Theme = Theme()) -> Look {
        var look = themeLook(for: role, depth: depth, theme: theme.name)
        // The person's own colours, where the terminal has them.
        if let own = theme.colors[role], own.foreground < depth.colorCount, own.background < depth.colorCount {
            look.colors = (own.foreground, own.background)
        }
        return look
    }

    private static func themeLook(for role: ColorRole, depth: ColorDepth, theme: Theme.Name) -> Look {
        let cube = depth == .xterm256
        switch (theme, role) {
        case (.mono, _):
            // Every role as it looks without colour.
            let calm = themeLook(for: role, depth: depth, theme: .calm)
            return Look(attributes: calm.attributes.union(calm.attributesWithoutColor))
        // Brighter on dark: cube #87afff 9.3:1 and #87d787 11.8:1 on black; xterm cyan #00cdcd
        // 10.8:1 and green #00cd00 9.6:1 on black.
        case (.calmDark, .accent): return Look(colors: cube ? (111, -1) : (Int16(COLOR_CYAN), -1))
        case (.calmDark, .done): return Look(colors: cube ? (114, -1) : (Int16(COLOR_GREEN), -1))
        // Deeper on light: cube #005faf 6.3:1 and #005f00 7.7:1 on white; xterm blue #0000ee 9.4:1
        // on white. No 8- or 16-colour green reads on white, so there ticks go uncoloured.
        case (.calmLight, .accent): return Look(colors: cube ? (25, -1) : (Int16(COLOR_BLUE), -1))
        case (.calmLight, .done): return Look(colors: cube ? (22, -1) : nil)
        case (.calmDark, _), (.calmLight, _): return themeLook(for: role, depth: depth, theme: .calm)
        case (.calm, _): break
        }
        switch role {
        case .normal, .title: return Look()
        // #5f5fff: 4.60 on white, 4.57 on black.
        case .accent: return Look(colors: cube ? (63, -1) : nil)
        case .muted: return Look(attributes: .dim)
        // Borders carry their own weight from the pure layer: bold when focused, dim when not.
        case .border: return Look()
        // #00875f: 4.53 on white, 4.63 on black.
        case .done: return Look(colors: cube ? (29, -1) : nil)
        // Red only for real failures: white on red (xterm #e5e5e5 on #cd0000 4.64, #ffffff on
        // #cd0000 5.84, cube #ffffff on #af0000 7.44), since no red text reads on both backgrounds.
        case .warning:
            let pair: (Int16, Int16) = switch depth {
            case .ansi8: (Int16(COLOR_WHITE), Int16(COLOR_RED))
            case .ansi16: (15, Int16(COLOR_RED))
            case .xterm256: (231, 124)
            }
            return Look(colors: pair, attributesWithoutColor: .bold)
        case .selection: return Look(attributes: .reverse)
        // Black on yellow like a highlighter (xterm #000000 on #cdcd00 12.33, cube #000000 on
        // #ffd700 14.97): readable whatever the terminal's own colours are.
        case .match:
            return Look(colors: cube ? (16, 220) : (Int16(COLOR_BLACK), Int16(COLOR_YELLOW)),
                        attributesWithoutColor: .reverse)
        }
    }

    let usesColor: Bool
    let depth: ColorDepth
    let theme: Theme

    /// Starts colour when the terminal has it (with its own default colours) and NO_COLOR is unset
    /// or empty.
    init(environment: [String: String], theme: Theme = Theme()) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        usesColor = !noColor && has_colors() && start_color() == OK && use_default_colors() == OK
        depth = ColorDepth(colors: usesColor ? rk_colors() : 0)
        self.theme = theme
    }

    /// How `style` is drawn here: its attributes and colours (-1: the terminal's own).
    func resolved(_ style: Style) -> (attributes: Attributes, foreground: Int16, background: Int16) {
        let look = Self.look(for: style.role, depth: depth, theme: theme)
        let attributes = style.attributes.union(look.attributes)
        if usesColor, let own = look.colors { return (attributes, own.foreground, own.background) }
        return (attributes.union(look.attributesWithoutColor), -1, -1)
    }

    /// The terminal's sequence that sets the pen for `style` from any previous pen (`PenSequence`).
    func sequence(for style: Style) -> [UInt8] {
        let pen = resolved(style)
        let names: [(Attributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.reverse, "rev"), (.underline, "smul"),
                                             (.italic, "sitm")]
        var pieces = names.filter { pen.attributes.contains($0.0) }.compactMap { Self.capability($0.1) }
        if pen.foreground >= 0, let piece = Self.capability("setaf", Int32(pen.foreground)) { pieces.append(piece) }
        if pen.background >= 0, let piece = Self.capability("setab", Int32(pen.background)) { pieces.append(piece) }
        let joined = PenSequence.joined(reset: Self.capability("sgr0") ?? "", defaultColors: Self.capability("op") ?? "",
                                        pieces)
        return Array(joined.utf8)
    }

    /// Whether a cell the terminal erases in `style`'s pen looks as a space written in it: no
    /// reverse or underline, and the terminal's own background.
    func erasesLikeSpace(_ style: Style) -> Bool {
        let pen = resolved(style)
        return pen.background < 0 && pen.attributes.isDisjoint(with: [.reverse, .underline])
    }

    static func capability(_ name: String) -> String? {
        rk_capability(name).map { String(cString: $0) }
    }

    static func capability(_ name: String, _ value: Int32) -> String? {
        rk_capability_with(name, value).map { String(cString: $0) }
    }
}
