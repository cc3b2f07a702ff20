/// A key as the pure layer sees it; the terminal layer decodes what the terminal sends into these.
public enum Key: Hashable, Sendable {
    /// A printable grapheme (letters, digits, punctuation, CJK, emoji, space).
    case char(Character)
    /// Ctrl plus a lowercase letter ("c" for Ctrl-C).
    case ctrl(Character)
    /// Alt (Meta) plus a character: Esc followed quickly by the character.
    case alt(Character)
    case up, down, left, right
    case shiftUp, shiftDown, shiftLeft, shiftRight
    case ctrlLeft, ctrlRight
    case home, end, pageUp, pageDown
    case enter, tab, backTab, backspace, delete, insert, escape
    /// Esc then DEL within the escape delay, or the terminal's own spelling of Alt-Backspace.
    case altBackspace
    /// Ctrl-H from most terminals, or the terminal's own spelling of Ctrl-Backspace.
    case ctrlBackspace
    case function(Int)
}

public enum MouseButton: Hashable, Sendable {
    case left, wheelUp, wheelDown
}

public struct MouseEvent: Hashable, Sendable {
    public var button: MouseButton
    public var position: Point
    public init(button: MouseButton, position: Point) {
        self.button = button
        self.position = position
    }
}

/// Everything that can happen to the app from outside.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// Text that arrived inside a bracketed paste (inserted verbatim, never interpreted as keys).
    case paste(String)
    case mouse(MouseEvent)
    /// The terminal changed size (consecutive resizes already merged).
    case resize(Size)
}
