import Foundation
import RekindleUI

/// The person's settings, as read from their config.toml (or the defaults when there is none).
public struct Config: Equatable, Sendable {
    public enum Glyphs: String, CaseIterable, Sendable {
        /// ASCII when the locale is not UTF-8 or the terminal is the Linux console.
        case auto, unicode, ascii
    }

    public var keyMap: KeyMap = .standard
    public var theme = Theme()
    public var glyphs: Glyphs = .auto
    /// The title line reads just "rekindle".
    public var discreet = false
    /// Seconds from a keystroke in the notes until it is saved.
    public var autosaveDelay: TimeInterval = Preferences.standardAutosaveDelay
    /// The editor for `note --edit` and `support --edit`; nil means $VISUAL, else $EDITOR.
    public var editor: String?

    public init() {}

    /// The glyph set for this environment, or the one the config forces.
    public func glyphSet(environment: [String: String]) -> GlyphSet {
        switch glyphs {
        case .auto: GlyphSet.detect(environment: environment)
        case .unicode: .unicode
        case .ascii: .ascii
        }
    }

    /// The interface's preferences from these settings (discreet may also come from the command line).
    public func preferences(environment: [String: String], discreet forced: Bool) -> Preferences {
        Preferences(discreet: discreet || forced, keyMap: keyMap, glyphs: glyphSet(environment: environment),
                    autosaveDelay: autosaveDelay)
    }

    /// The shortest and longest autosave delays a config may ask for.
    static let autosaveDelays: ClosedRange<TimeInterval> = 0.2...60
}

/// A config file that cannot be used: where, what is wrong, and what to do.
public struct ConfigError: Error, Equatable, CustomStringConvertible, Sendable {
    public var path: String
    public var position: SourcePosition
    public var message: String

    /// "PATH:LINE:COL: what is wrong — what to do", one line.
    public var description: String { "\(path):\(position.line):\(position.column): \(message)" }
}
