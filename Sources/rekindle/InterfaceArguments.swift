/// How nearly every start of the interface is spelled — `rekindle`, `rekindle open`, with
/// `--db P` and `--guide G` — recognised without swift-argument-parser, whose runtime type lookups
/// cost about 3 ms of a start (issue 15). Anything else (another option or command, help, a
/// repeated, empty or missing value, a value that looks like an option) is not recognised and
/// goes to the parser, so its validation and its messages stay the only ones.
struct InterfaceArguments: Equatable {
    var db: String?
    var guide: String?

    init(db: String? = nil, guide: String? = nil) {
        self.db = db
        self.guide = guide
    }

    init?(_ arguments: [String]) {
        var rest = arguments[...]
        if rest.first == "open" { rest.removeFirst() }
        while let argument = rest.popFirst() {
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0]
            guard let value = parts.count == 2 ? String(parts[1]) : rest.popFirst(),
                  !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch name {
            case "--db" where db == nil: db = value
            case "--guide" where guide == nil: guide = value
            default: return nil
            }
        }
    }
}
