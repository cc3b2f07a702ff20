import CNcurses

/// Why the terminal layer could not start.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    /// Neither stdin/stdout nor /dev/tty is a terminal (run from a pipe, cron, or a service).
    case noTerminal
    /// curses does not know `$TERM` or the terminal cannot position the cursor.
    case unsupportedTerminal(term: String?)

    /// The error for a result of rk_open_terminal or rk_check_terminal; nil when it succeeded.
    init?(openResult: Int32, environment: [String: String]) {
        switch Int(openResult) {
        case RK_OPEN_OK: return nil
        case RK_OPEN_NO_TTY: self = .noTerminal
        default: self = .unsupportedTerminal(term: environment["TERM"])
        }
    }

    public var description: String {
        switch self {
        case .noTerminal:
            return "rekindle needs a terminal: run it in an interactive terminal window "
                + "(for scripts, use its subcommands such as `rekindle status`)."
        case .unsupportedTerminal(let term):
            let name = term.map { "TERM=\($0)" } ?? "an unset TERM"
            return "rekindle cannot drive this terminal (\(name)). Try TERM=xterm-256color."
        }
    }
}
