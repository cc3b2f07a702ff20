import Foundation
import RekindleUI

/// Where each key of a TOML text is, by its full dotted path. TOMLKit reports the line and column
/// of a syntax error but keeps no positions for the values it returns, so an error about what a
/// value means (an unknown action, a wrong type) is placed with this. It reads only text TOMLKit
/// has already accepted: table headers, `key = value` lines (dotted and quoted keys), and values
/// running over several lines (arrays, inline tables, multi-line strings), which it steps over.
struct TOMLPositions {
    private(set) var keys: [[String]: SourcePosition] = [:]
    /// Where each key's value starts, as an offset into `lines`.
    private var values: [[String]: (line: Int, column: Int)] = [:]
    private let lines: [[Character]]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        var table: [String] = []
        var scanner = ValueScanner()
        for (index, line) in lines.enumerated() {
            var column = 0
            if scanner.isInsideValue {
                scanner.scan(line, from: 0)
                continue
            }
            while column < line.count, line[column] == " " || line[column] == "\t" { column += 1 }
            guard column < line.count, line[column] != "#", line[column] != "\r" else { continue }
            let position = SourcePosition(line: index + 1, column: column + 1)
            if line[column] == "[" {
                let isArray = column + 1 < line.count && line[column + 1] == "["
                var cursor = column + (isArray ? 2 : 1)
                table = Self.keyPath(line, from: &cursor)
                keys[table] = keys[table] ?? position
                continue
            }
            var cursor = column
            let path = table + Self.keyPath(line, from: &cursor)
            keys[path] = position
            // Past the "=" and the spaces after it.
            cursor += 1
            while cursor < line.count, line[cursor] == " " || line[cursor] == "\t" { cursor += 1 }
            values[path] = (index, cursor)
            scanner.scan(line, from: cursor)
        }
    }

    /// A key's position, or its table's (the nearest enclosing path that has one), or the start.
    func position(of path: [String]) -> SourcePosition {
        var path = path
        while !path.isEmpty {
            if let found = keys[path] { return found }
            path.removeLast()
        }
        return SourcePosition(line: 1, column: 1)
    }

    /// Where the string `text` is written inside the value of `path` (an element of an array of
    /// key names), else the key's own position.
    func position(ofString text: String, in path: [String]) -> SourcePosition {
        guard let start = values[path] else { return position(of: path) }
        let spellings = ["\"" + TOMLText.escaped(text) + "\"", "'" + text + "'"].map(Array.init)
        for lineIndex in start.line..<lines.count {
            let line = lines[lineIndex]
            let from = lineIndex == start.line ? start.column : 0
            for spelling in spellings where line.count - spelling.count >= from {
                for column in from...(line.count - spelling.count) where Array(line[column..<column + spelling.count]) == spelling {
                    return SourcePosition(line: lineIndex + 1, column: column + 1)
                }
            }
        }
        return position(of: path)
    }

    /// `a.b."c d"` up to the "=" or "]" that ends it; the cursor is left on that character.
    private static func keyPath(_ line: [Character], from cursor: inout Int) -> [String] {
        var path: [String] = []
        var segment = ""
        while cursor < line.count {
            let character = line[cursor]
            if character == "=" || character == "]" { break }
            if character == "\"" || character == "'" {
                cursor += 1
                while cursor < line.count, line[cursor] != character {
                    if character == "\"", line[cursor] == "\\", cursor + 1 < line.count { cursor += 1 }
                    segment.append(line[cursor])
                    cursor += 1
                }
            } else if character == "." {
                path.append(segment)
                segment = ""
            } else if character != " " && character != "\t" {
                segment.append(character)
            }
            cursor += 1
        }
        path.append(segment)
        return path
    }
}

/// Follows a value across lines: open brackets and braces, multi-line strings, comments.
private struct ValueScanner {
    private var depth = 0
    private var multiline: Character?

    var isInsideValue: Bool { depth > 0 || multiline != nil }

    mutating func scan(_ line: [Character], from start: Int) {
        var index = start
        func opens(_ quote: Character) -> Bool {
            index + 2 < line.count && line[index] == quote && line[index + 1] == quote && line[index + 2] == quote
        }
        while index < line.count {
            if let quote = multiline {
                if opens(quote) {
                    multiline = nil
                    index += 3
                } else {
                    index += quote == "\"" && line[index] == "\\" ? 2 : 1
                }
                continue
            }
            let character = line[index]
            if character == "#" { return }
            if character == "\"" || character == "'" {
                if opens(character) {
                    multiline = character
                    index += 3
                    continue
                }
                index += 1
                while index < line.count, line[index] != character {
                    index += character == "\"" && line[index] == "\\" ? 2 : 1
                }
            } else if character == "[" || character == "{" {
                depth += 1
            } else if character == "]" || character == "}" {
                depth -= 1
            }
            index += 1
        }
    }
}

/// TOML spellings for the default file.
enum TOMLText {
    /// The inside of a basic string: backslash and quote escaped.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    static func string(_ text: String) -> String { "\"" + escaped(text) + "\"" }
}
