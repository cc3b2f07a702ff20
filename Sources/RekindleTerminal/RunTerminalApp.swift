import CNcurses
import Foundation
import RekindleKit
import RekindleUI

/// Runs `app` full-screen until it returns `.quit`.
///
/// The terminal is always restored on the way out: on return, on a thrown error, on SIGINT,
/// SIGTERM, SIGHUP or SIGQUIT (after `app.shutdown(now:)`; the process then ends by that signal,
/// so the shell sees 128+signal), and on a crash (the crash handler resets the tty).
///
/// - Parameter mouse: report clicks and the wheel as `.mouse` events. While on, selecting text
///   with the mouse needs Shift in most terminals.
/// - Parameter theme: the colours of the roles.
/// - Throws: `TerminalError` when there is no usable terminal.
public func runTerminalApp(_ app: TerminalApp, mouse: Bool = true, theme: Theme = Theme()) throws {
    let ending: EventLoop.Ending
    do {
        let session = try TerminalSession(mouse: mouse, theme: theme)
        defer { session.close() }
        var loop = EventLoop(app: app, session: session)
        ending = loop.run()
    }
    if case .signal(let number) = ending { rk_die_by_signal(number) }
}

/// Throws the `TerminalError` that `runTerminalApp` would, without writing a byte to the terminal:
/// call it before touching the database, so a refused start (no tty, TERM=dumb) creates nothing.
public func checkTerminal(environment: [String: String] = ProcessEnvironment.current) throws {
    if let error = TerminalError(openResult: rk_check_terminal(), environment: environment) { throw error }
}

/// Reads input, hands it to the app, and draws what the app renders.
private struct EventLoop {
    enum Ending {
        case quit
        case signal(Int32)
    }

    /// How long to wait for input before calling `idle`, and how often `idle` runs at most.
    static let idleInterval: TimeInterval = 0.1
    /// During a burst of input, draw at least this often anyway.
    static let maximumDrawDelay: TimeInterval = 0.05

    let app: TerminalApp
    let session: TerminalSession
    var input: InputReader

    init(app: TerminalApp, session: TerminalSession) {
        self.app = app
        self.session = session
        input = session.makeInputReader()
    }

    mutating func run() -> Ending {
        var lastIdle = Date()
        var lastDraw = Date.distantPast
        var needsDraw = true
        // The app learns the terminal's size before the first frame, as after every resize.
        guard perform(app.handle(.resize(session.size), now: Date())) else { return .quit }
        while true {
            let signal = rk_pending_signal()
            if signal != 0 {
                app.shutdown(now: Date())
                return .signal(signal)
            }
            if needsDraw, !input.hasPendingInput() || Date().timeIntervalSince(lastDraw) >= Self.maximumDrawDelay {
                session.draw(app.render(size: session.size))
                lastDraw = Date()
                needsDraw = false
            }
            if let event = input.next(timeoutMilliseconds: Int32(Self.idleInterval * 1000)) {
                if case .resize = event { session.invalidate() }
                guard perform(app.handle(event, now: Date())) else { return .quit }
                needsDraw = true
            }
            // Idle runs every interval even during a steady stream of keys, so timers
            // (the notes autosave) are never starved.
            let now = Date()
            if now.timeIntervalSince(lastIdle) >= Self.idleInterval {
                lastIdle = now
                let command = app.idle(now: now)
                guard perform(command) else { return .quit }
                if command != .unchanged { needsDraw = true }
            }
        }
    }

    /// Carries out a command; false means leave the loop.
    private func perform(_ command: TerminalCommand) -> Bool {
        switch command {
        case .proceed, .unchanged: return true
        case .redrawAll: session.invalidate()
        case .suspend: session.suspend()
        case .quit: return false
        }
        return true
    }
}
