import CNcurses
import Foundation
import RekindleKit
import RekindleUI

/// Owns the terminal while the app runs: curses setup and teardown, drawing, and suspending.
/// Only one session may be open at a time (curses and signal handlers are process-wide).
final class TerminalSession {
    private var painter: GridPainter<CursesSurface>
    private let mouse: Bool
    private var isOpen = true

    /// Installs the signal handlers first, so ncurses sees them and does not install its own
    /// exit-on-SIGINT/SIGTERM handlers.
    init(mouse: Bool, theme: Theme, environment: [String: String] = ProcessEnvironment.current) throws {
        rk_install_signal_handlers()
        if let error = TerminalError(openResult: rk_open_terminal(), environment: environment) {
            rk_restore_signal_handlers()
            throw error
        }
        rk_configure_input()
        self.mouse = mouse
        rk_set_modes(mouse)
        painter = GridPainter(surface: CursesSurface(palette: Palette(environment: environment, theme: theme)))
    }

    /// The terminal's input, decoded (created once the terminal is open: it asks terminfo about Backspace).
    func makeInputReader() -> InputReader {
        InputReader(source: TerminalByteSource(), backspaceIsCtrlH: rk_backspace_is_ctrl_h())
    }

    var size: Size { currentScreenSize() }

    /// Sends what changed since the last frame (nothing, when the frame is the same).
    func draw(_ grid: Grid) {
        painter.paint(grid, screen: size)
    }

    /// The next draw clears the terminal and repaints every cell (Ctrl-L, after a resize, after resuming).
    func invalidate() {
        painter.invalidate()
    }

    /// Gives the terminal back to the shell with one line saying how to return, and stops;
    /// returns after `fg`.
    func suspend() {
        painter.release()
        rk_leave_curses()
        rk_write_tty(Self.pausedLine)
        rk_stop_process()
        rk_resume_curses(mouse)
        invalidate()
    }

    static let pausedLine = "rekindle is paused — type fg to come back\n"

    /// Restores the terminal (echo, line mode, main screen) and the previous signal handlers.
    func close() {
        guard isOpen else { return }
        isOpen = false
        painter.release()
        rk_close_terminal()
        rk_restore_signal_handlers()
    }

    deinit { close() }
}
