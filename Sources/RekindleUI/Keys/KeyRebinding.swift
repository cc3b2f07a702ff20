/// Where something is in a config file (1-based), so an error can point at it.
public struct SourcePosition: Equatable, Sendable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// One binding as the person's config gives it: a binding's name, and its new keys by name.
public struct KeyOverride: Sendable {
    public var name: String
    public var position: SourcePosition
    public var keys: [(name: String, position: SourcePosition)]

    public init(name: String, position: SourcePosition, keys: [(name: String, position: SourcePosition)]) {
        self.name = name
        self.position = position
        self.keys = keys
    }
}

/// What is wrong with a rebinding, where, and what to do about it.
public struct KeyRebindingError: Error, Equatable, Sendable {
    public var position: SourcePosition
    public var message: String
}

extension KeyMap {
    /// Every binding's name with its keys and what it does, for `rekindle keys --names`.
    public var nameList: String {
        let width = bindings.map(\.name.count).max() ?? 0
        return bindings.map { binding in
            binding.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + binding.keyLabel().padding(toLength: 14, withPad: " ", startingAt: 0) + "  " + binding.description
        }.joined(separator: "\n") + "\n"
    }

    /// The bindings a config can rebind, with their keys spelt as a config file writes them
    /// (ASCII names: "Down", not "↓"), in table order.
    public var rebindable: [(name: String, keys: [String], description: String)] {
        bindings.filter { !$0.isRange }.map { binding in
            (binding.name, binding.keys.map { $0.displayName(.ascii) }, binding.description)
        }
    }

    /// This table with the person's keys in place of the named bindings' keys. Refused as a whole
    /// (nothing half-applied) for an unknown binding or key name, a key two actions of one context
    /// would share, or a plain character where the person types text.
    public func rebinding(_ overrides: [KeyOverride]) throws(KeyRebindingError) -> KeyMap {
        var result = self
        var rebound: [Int: KeyOverride] = [:]
        for override in overrides {
            guard let index = bindings.firstIndex(where: { $0.name == override.name }) else {
                throw KeyRebindingError(position: override.position, message: "there is no key binding called '\(override.name)' — 'rekindle keys --names' lists them")
            }
            let binding = bindings[index]
            if binding.isRange {
                throw KeyRebindingError(position: override.position, message: "'\(override.name)' is the keys \(binding.keyLabel()) and cannot be rebound — remove this line")
            }
            var keys: [Key] = []
            for (name, position) in override.keys {
                guard let key = Key(name: name) else {
                    throw KeyRebindingError(position: position, message: "'\(name)' is not a key name — write keys as j, G, Space, Enter, Esc, Tab, Up, PgDn, F2, Ctrl-R or Alt-b")
                }
                if binding.context.takesText, case .char = key {
                    throw KeyRebindingError(position: position, message: "'\(name)' is typed as text \(binding.context == .always ? "everywhere" : "in \(binding.context.title.lowercased())") and cannot be bound there — choose a Ctrl-, Alt- or function key")
                }
                if !keys.contains(key) { keys.append(key) }
            }
            result.bindings[index].keys = keys
            rebound[index] = override
        }
        try result.checkConflicts(rebound)
        return result
    }

    /// Two bindings of one context on one key: reported where the config gave the key, the later
    /// of two lines that clash (the one that made it a clash).
    private func checkConflicts(_ rebound: [Int: KeyOverride]) throws(KeyRebindingError) {
        let latestFirst = rebound.sorted {
            ($0.value.position.line, $0.value.position.column, $0.key) > ($1.value.position.line, $1.value.position.column, $1.key)
        }
        for (index, override) in latestFirst {
            let binding = bindings[index]
            for key in binding.keys {
                guard let other = bindings.indices.first(where: {
                    $0 != index && bindings[$0].context == binding.context && bindings[$0].keys.contains(key)
                }) else { continue }
                let position = override.keys.first { Key(name: $0.name) == key }?.position ?? override.position
                let fix = rebound[other] == nil ? "give \(bindings[other].name) other keys too, or choose another key" : "choose another key for one of them"
                throw KeyRebindingError(position: position, message: "\(key.displayName) would be both \(binding.name) and \(bindings[other].name) — \(fix)")
            }
        }
    }
}
