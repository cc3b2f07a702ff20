import Foundation
import RekindleUI
import TOMLKit

/// Reads a config file's text into a `Config`, refusing it whole at the first mistake: TOMLKit
/// checks the TOML itself, then every setting is checked for its name, type and value.
enum ConfigParser {
    static let settings = ["theme", "glyphs", "discreet", "autosave_delay", "editor", "colors", "keys"]

    static func parse(_ text: String, path: String) throws(ConfigError) -> Config {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let position = SourcePosition(line: max(1, error.source.begin.line), column: max(1, error.source.begin.column))
            throw ConfigError(path: path, position: position, message: syntaxMessage(error.description))
        } catch {
            throw ConfigError(path: path, position: SourcePosition(line: 1, column: 1), message: "this is not TOML (\(error)) — see 'rekindle config --default'")
        }
        var reader = Reader(path: path, positions: TOMLPositions(text))
        return try reader.config(from: table)
    }

    /// toml++'s words, with what to do: "expected value, saw '\n' — fix the TOML here".
    private static func syntaxMessage(_ description: String) -> String {
        var text = description
        for prefix in ["Error while parsing ", "error while parsing "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        let oneLine = text.replacingOccurrences(of: "\n", with: "\\n")
        return "this is not valid TOML (\(oneLine)) — fix it here; 'rekindle config --default' shows a working file"
    }

    /// Walks the parsed table, with positions for its errors.
    private struct Reader {
        let path: String
        let positions: TOMLPositions

        func fail(_ keyPath: [String], _ message: String) -> ConfigError {
            ConfigError(path: path, position: positions.position(of: keyPath), message: message)
        }

        mutating func config(from table: TOMLTable) throws(ConfigError) -> Config {
            var config = Config()
            for key in table.keys.sorted(by: { positions.position(of: [$0]).line < positions.position(of: [$1]).line }) {
                guard let value = table[key] else { continue }
                switch key {
                case "theme":
                    let name = try string(value, at: [key], "a theme name")
                    guard let theme = Theme.Name(rawValue: name) else {
                        throw fail([key], "there is no theme '\(name)' — choose \(Self.list(Theme.Name.allCases.map(\.rawValue))), or give colours per role under [colors]")
                    }
                    config.theme.name = theme
                case "glyphs":
                    let name = try string(value, at: [key], "auto, unicode or ascii")
                    guard let glyphs = Config.Glyphs(rawValue: name) else {
                        throw fail([key], "glyphs can be \(Self.list(Config.Glyphs.allCases.map(\.rawValue))), not '\(name)'")
                    }
                    config.glyphs = glyphs
                case "discreet":
                    guard let flag = value.bool, value.type == .bool else { throw wrongType([key], value, "true or false") }
                    config.discreet = flag
                case "autosave_delay":
                    guard value.type == .int || value.type == .double, let seconds = value.double ?? value.int.map(Double.init) else {
                        throw wrongType([key], value, "a number of seconds, such as 1 or 2.5")
                    }
                    guard Config.autosaveDelays.contains(seconds) else {
                        throw fail([key], "autosave_delay is \(seconds) seconds — choose between 0.2 and 60")
                    }
                    config.autosaveDelay = seconds
                case "editor":
                    let editor = try string(value, at: [key], "an editor command, such as \"nano\" or \"code -w\"")
                    config.editor = editor.trimmingCharacters(in: .whitespaces).isEmpty ? nil : editor
                case "colors":
                    config.theme.colors = try colors(value)
                case "keys":
                    config.keyMap = try keys(value)
                default:
                    throw fail([key], "there is no setting '\(key)' — the settings are \(Self.list(settings))")
                }
            }
            return config
        }

        /// `[colors]`: a role's colour number, or [foreground, background].
        func colors(_ value: TOMLValueConvertible) throws(ConfigError) -> [ColorRole: RoleColor] {
            guard let table = value.table else { throw wrongType(["colors"], value, "a table: [colors] with lines such as accent = 63") }
            var colors: [ColorRole: RoleColor] = [:]
            for name in table.keys {
                let keyPath = ["colors", name]
                guard let role = ColorRole.allCases.first(where: { $0.name == name }) else {
                    throw fail(keyPath, "there is no colour role '\(name)' — the roles are \(Self.list(ColorRole.allCases.map(\.name)))")
                }
                let entry = table[name]!
                let expected = "a colour number 0-255 (-1 for the terminal's own), or [foreground, background]"
                let numbers: [TOMLValueConvertible]
                if let array = entry.array, entry.type == .array, (1...2).contains(array.count) {
                    numbers = Array(array)
                } else if entry.type == .int {
                    numbers = [entry]
                } else {
                    throw wrongType(keyPath, entry, expected)
                }
                var parsed: [Int16] = []
                for number in numbers {
                    guard number.type == .int, let int = number.int, (-1...255).contains(int) else {
                        throw fail(keyPath, "\(name) needs \(expected)")
                    }
                    parsed.append(Int16(int))
                }
                colors[role] = RoleColor(foreground: parsed[0], background: parsed.count > 1 ? parsed[1] : -1)
            }
            return colors
        }

        /// `[keys]`: a binding's name (`global.down`, written as a dotted key or under
        /// `[keys.global]`) and a key name or a list of them.
        func keys(_ value: TOMLValueConvertible) throws(ConfigError) -> KeyMap {
            guard let table = value.table else { throw wrongType(["keys"], value, "a table: [keys] with lines such as global.down = [\"j\", \"Down\"]") }
            var overrides: [KeyOverride] = []
            for context in table.keys {
                let contextPath = ["keys", context]
                guard let bindings = table[context]!.table else {
                    throw fail(contextPath, "'\(context)' needs an action after it, such as \(context).quit — 'rekindle keys --names' lists them")
                }
                for action in bindings.keys {
                    let keyPath = contextPath + [action]
                    let entry = bindings[action]!
                    let names: [TOMLValueConvertible]
                    if entry.type == .string {
                        names = [entry]
                    } else if let array = entry.array, entry.type == .array {
                        names = Array(array)
                    } else {
                        throw wrongType(keyPath, entry, "a key name or a list of them, such as [\"j\", \"Down\"]")
                    }
                    var keys: [(name: String, position: SourcePosition)] = []
                    for name in names {
                        guard name.type == .string, let text = name.string else {
                            throw wrongType(keyPath, name, "key names in quotes, such as [\"j\", \"Down\"]")
                        }
                        keys.append((text, positions.position(ofString: text, in: keyPath)))
                    }
                    overrides.append(KeyOverride(name: context + "." + action, position: positions.position(of: keyPath), keys: keys))
                }
            }
            overrides.sort { ($0.position.line, $0.position.column) < ($1.position.line, $1.position.column) }
            do {
                return try KeyMap.standard.rebinding(overrides)
            } catch {
                throw ConfigError(path: path, position: error.position, message: error.message)
            }
        }

        func string(_ value: TOMLValueConvertible, at keyPath: [String], _ expected: String) throws(ConfigError) -> String {
            guard value.type == .string, let text = value.string else { throw wrongType(keyPath, value, expected) }
            return text
        }

        func wrongType(_ keyPath: [String], _ value: TOMLValueConvertible, _ expected: String) -> ConfigError {
            fail(keyPath, "\(keyPath.joined(separator: ".")) is \(Self.describe(value.type)) but needs \(expected)")
        }

        static func describe(_ type: TOMLType) -> String {
            switch type {
            case .string: "text"
            case .int: "a whole number"
            case .double: "a number"
            case .bool: "true or false"
            case .table: "a table"
            case .array: "a list"
            default: "a date or time"
            }
        }

        static func list(_ names: [String]) -> String {
            names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
        }
    }
}
