/// `status`, `today`, `tick` and `untick` as scripts and shell prompts spell them, with `--db P`,
/// `--guide G` and (status, today) `--json`, recognised without swift-argument-parser, as
/// `InterfaceArguments` does for the interface: the parser's runtime type lookups were a third of
/// these commands' start (issue 15). Anything else (options before the command, help, another
/// option, a repeated, empty or missing value, a value that looks like an option) is not
/// recognised and goes to the parser, so its validation and its messages stay the only ones.
struct QuickCommand: Equatable {
    enum Name: String { case status, today, tick, untick }

    var name: Name
    var db: String?
    var guide: String?
    var json = false
    /// The `step.item` of tick and untick.
    var item: String?

    init(_ name: Name, db: String? = nil, guide: String? = nil, json: Bool = false, item: String? = nil) {
        (self.name, self.db, self.guide, self.json, self.item) = (name, db, guide, json, item)
    }

    init?(_ arguments: [String]) {
        guard let first = arguments.first, let name = Name(rawValue: first) else { return nil }
        self.name = name
        let takesItem = name == .tick || name == .untick
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            if argument == "--json", !takesItem, !json {
                json = true
                continue
            }
            if !argument.hasPrefix("-") {
                guard takesItem, item == nil, argument != "help" else { return nil }
                item = argument
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let value = parts.count == 2 ? String(parts[1]) : rest.popFirst(),
                  !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch parts[0] {
            case "--db" where db == nil: db = value
            case "--guide" where guide == nil: guide = value
            default: return nil
            }
        }
        if takesItem && item == nil { return nil }
    }

    func run() throws {
        switch name {
        case .status: try StatusCommand.show(db: db, guide: guide, json: json)
        case .today: try TodayCommand.show(db: db, guide: guide, json: json)
        case .tick, .untick: try setDone(name == .tick, item: item ?? "", db: db, guide: guide)
        }
    }
}
