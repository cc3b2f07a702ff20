// PLACEHOLDER implementation: the text-primitives work replaces these bodies (same signatures).

/// Measuring, sanitising and wrapping text for a terminal, by grapheme cluster and display width.
public enum DisplayText {
    /// Terminal columns one grapheme cluster takes: 0 (zero-width), 1, or 2 (wide: CJK, emoji).
    public static func width(of character: Character) -> Int { 1 }

    /// Terminal columns a string takes when drawn after `sanitize`.
    public static func width<S: StringProtocol>(of text: S) -> Int { text.count }

    /// Text safe to draw: C0 controls (but tab and newline), DEL, C1 controls and bidi overrides
    /// become visible stand-ins, so nothing from a file or the person reaches the terminal as a control.
    public static func sanitize(_ text: String) -> String { text }

    /// Word-wraps one paragraph to `width` columns by display width; words longer than a line are
    /// broken between graphemes; a wide character never straddles the edge. Newlines force breaks.
    /// Always returns at least one line ("" for empty input). `width < 1` is treated as 1.
    public static func wrap(_ text: String, width: Int) -> [String] { [text] }
}
