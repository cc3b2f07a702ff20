/// The words people type for the command itself: `version` and `-v`, and a mistyped command name
/// answered with the nearest real one.
enum CommandWords {
    /// `rekindle version` and `rekindle -v` mean `rekindle --version`.
    static func normalised(_ arguments: [String]) -> [String] {
        arguments == ["version"] || arguments == ["-v"] ? ["--version"] : arguments
    }

    /// A first word that is neither an option nor a command: one line that says so and, when a
    /// command is a letter or two away, names it.
    static func unknownCommand(in arguments: [String], commands: [String]) -> CLIFailure? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first), first != "help" else { return nil }
        let nearest = commands.map { ($0, editDistance(first.lowercased(), $0)) }.min { $0.1 < $1.1 }
        let suggestion = nearest.flatMap { $0.1 <= max(1, $0.0.count / 3) ? " — did you mean '\($0.0)'?" : nil }
            ?? " — the commands are \(commands.joined(separator: ", "))"
        return CLIFailure(message: "there is no command '\(first)'\(suggestion) (see 'rekindle --help')", exitCode: 64)
    }

    /// Levenshtein distance between two words (short: command names).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
