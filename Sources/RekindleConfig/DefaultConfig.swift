import RekindleUI

extension ConfigFile {
    /// A config file that says every setting's default, each commented out: what
    /// `rekindle config --default` prints. It parses back to the defaults (ConfigDefaultTests), and
    /// with its key lines uncommented it still does, so every name and key spelling in it is real.
    public static var defaultText: String {
        let defaults = Config()
        let bindings = defaults.keyMap.rebindable
        let width = bindings.map(\.name.count).max() ?? 0
        let keyLines = bindings.map { binding in
            let keys = binding.keys.map(TOMLText.string)
            let value = keys.count == 1 ? keys[0] : "[" + keys.joined(separator: ", ") + "]"
            return "# " + binding.name.padding(toLength: width, withPad: " ", startingAt: 0) + " = " + value
        }
        return """
            # rekindle's settings. rekindle only reads this file; a line starting with # is a comment.
            # Remove the # before a setting to change it. A mistake is reported as
            # config.toml:LINE:COLUMN and rekindle does not start until it is fixed.

            # Colours: calm (reads on light and dark backgrounds), calm-dark, calm-light or mono (none).
            # theme = "\(defaults.theme.name.rawValue)"

            # Frame and marks: auto (ASCII when the locale is not UTF-8 or TERM=linux), unicode or ascii.
            # glyphs = "\(defaults.glyphs.rawValue)"

            # Show just "rekindle" as the title, never the guide's (as --discreet does).
            # discreet = \(defaults.discreet)

            # Seconds from a keystroke in your notes until it is saved (0.2 to 60).
            # autosave_delay = \(formatted(defaults.autosaveDelay))

            # The editor for 'rekindle note N --edit' and 'support --edit' (empty: $VISUAL, else
            # $EDITOR, else nano, else vi).
            # editor = ""

            # A role's own colour over the theme's: a terminal colour number 0-255 (-1 keeps the
            # terminal's), or [foreground, background]. Roles: \(ColorRole.allCases.map(\.name).joined(separator: ", ")).
            [colors]
            # accent = 63
            # match = [16, 220]

            # Keys, by the names 'rekindle keys --names' lists: one key or a list of them. A key
            # given here replaces that action's keys. Names: j, G, Space, Enter, Esc, Tab, Up, Down,
            # Left, Right, Home, End, PgUp, PgDn, Backspace, Delete, F1-F12, Ctrl-R, Alt-b, Shift-Tab.
            # Two actions of one place cannot share a key, and where you type, only Ctrl-, Alt- and
            # function keys can be bound.
            [keys]
            \(keyLines.joined(separator: "\n"))

            """
    }

    private static func formatted(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
