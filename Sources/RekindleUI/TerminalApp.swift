import Foundation

/// What the app asks the terminal layer to do after handling an event.
public enum TerminalCommand: Equatable, Sendable {
    /// Draw the next frame as usual (ncurses sends only what changed).
    case proceed
    /// Clear and repaint the whole screen (Ctrl-L).
    case redrawAll
    /// Leave curses mode, stop the process (Ctrl-Z), and repaint fully on resume.
    case suspend
    /// Restore the terminal and leave the main loop.
    case quit
    /// Nothing on screen changed (an idle tick with no timer due): skip drawing.
    case unchanged
}

/// The contract between the pure app and the thin terminal layer that drives it.
/// The terminal layer owns the loop: it reads input, calls these, and draws the returned grid.
public protocol TerminalApp: AnyObject {
    /// Handles one event (keys, paste, mouse, resize).
    func handle(_ event: InputEvent, now: Date) -> TerminalCommand
    /// Called when no input has arrived for a short while (about 100 ms), so timers such as the
    /// notes autosave can fire without a keystroke.
    func idle(now: Date) -> TerminalCommand
    /// The whole screen for the given size. Must not crash for any size, 0x0 and 1x1 included.
    func render(size: Size) -> Grid
    /// The process is being stopped by a signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT): save everything now.
    func shutdown(now: Date)
}
