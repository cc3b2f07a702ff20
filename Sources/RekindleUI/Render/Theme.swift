/// How the colour roles look on the terminal: a named theme, with the person's own colours for some
/// roles. Pure data; the terminal layer's palette turns it into curses colours.
public struct Theme: Equatable, Sendable {
    public enum Name: String, CaseIterable, Sendable {
        /// Marks coloured so they read on light and dark backgrounds alike (the default).
        case calm
        /// Brighter marks, chosen for a dark background (8 and 16 colours too).
        case calmDark = "calm-dark"
        /// Deeper marks, chosen for a light background.
        case calmLight = "calm-light"
        /// No colour at all: bold, dim, underline and reverse carry every role.
        case mono
    }

    public var name: Name
    /// The person's own colours, by role, over the theme's.
    public var colors: [ColorRole: RoleColor]

    public init(_ name: Name = .calm, colors: [ColorRole: RoleColor] = [:]) {
        self.name = name
        self.colors = colors
    }
}

/// A role's colours as terminal colour numbers (0–255); -1 keeps the terminal's own.
public struct RoleColor: Equatable, Sendable {
    public var foreground: Int16
    public var background: Int16

    public init(foreground: Int16, background: Int16 = -1) {
        self.foreground = foreground
        self.background = background
    }
}

extension ColorRole {
    /// What a config file calls the role.
    public var name: String {
        switch self {
        case .normal: "normal"
        case .accent: "accent"
        case .muted: "muted"
        case .done: "done"
        case .warning: "warning"
        case .selection: "selection"
        case .match: "match"
        case .title: "title"
        case .border: "border"
        }
    }
}
