import CNcurses
import RekindleUI

/// A curses screen of a fixed size that writes to /dev/null: frames go through the same painter and
/// ncurses' `doupdate` as on a terminal. For rekindle-bench, which counts their instructions under
/// callgrind without a terminal. Only one may be open at a time, and never beside a `TerminalSession`.
public final class OffscreenScreen {
    private var painter: GridPainter<CursesSurface>
    public let size: Size

    public init(size: Size) throws {
        let opened = rk_open_offscreen(Int32(size.height), Int32(size.width))
        if let error = TerminalError(openResult: opened, environment: [:]) { throw error }
        self.size = size
        painter = GridPainter(surface: CursesSurface(palette: Palette(environment: [:])))
    }

    /// Paints `grid` as `TerminalSession.draw` does.
    public func draw(_ grid: Grid) {
        painter.paint(grid, screen: size)
    }

    deinit { rk_close_terminal() }
}
