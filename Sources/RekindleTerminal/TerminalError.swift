/// Why the terminal layer could not start.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    /// Neither stdin/stdout nor /dev/tty is a terminal (run from a pipe, cron, or a service).
    case noTerminal
    /// curses does not know `$TERM` or the terminal cannot position the cursor.
    case unsupportedTerminal(term: String?)

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
