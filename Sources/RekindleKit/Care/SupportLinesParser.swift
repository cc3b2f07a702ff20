import Foundation

/// Why the lines file could not be read: one line, `lines.txt:LINE:COLUMN: what is wrong — what to do`.
public struct SupportLinesError: Error, Equatable, Sendable, CustomStringConvertible {
    public var fileName: String
    public var line: Int
    /// 1-based, counted in characters (Unicode code points).
    public var column: Int
    public var message: String

    public var description: String { "\(fileName):\(line):\(column): \(message)" }
}

/// Reads the lines file. Blocks are separated by blank lines; each starts with its kind on a
/// line of its own, followed by `field: value` lines; `#` starts a comment line:
///
///     line
///     country: United Kingdom
///     name: Samaritans
///     call: 116 123
///     source: https://www.samaritans.org/how-we-can-help/contact-samaritan/
///     checked: 2026-12
///
/// Kinds and their fields: `line` (country, name, call and/or text, note), `emergency` (number,
/// countries), `online` (name, address, note). Every entry needs `source:` (an http(s) page) and
/// `checked:` (the month, YYYY-MM): a number nobody can trace is worse than none.
public enum SupportLinesParser {
    public static func parseFile(atPath path: String) throws(SupportLinesError) -> SupportLines {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SupportLinesError(fileName: path, line: 1, column: 1,
                                    message: "cannot read the lines file — check that it exists and is readable")
        }
        return try parse(Array(data), fileName: path)
    }

    public static func parse(_ bytes: [UInt8], fileName: String) throws(SupportLinesError) -> SupportLines {
        let source: GuideSource
        do {
            // The same text rules as guide files: UTF-8, no NUL bytes, LF or CR LF line ends.
            source = try GuideSource(bytes: bytes, fileName: fileName)
        } catch {
            let message = error.reason == .nulByte
                ? "the file contains a NUL (zero) byte — it looks like a binary file, not text" : error.reason.message
            throw SupportLinesError(fileName: fileName, line: error.line, column: error.column, message: message)
        }
        var result = SupportLines()
        var block: Block?
        for (index, line) in source.lines.enumerated() {
            let text = String(decoding: source.bytes[line.range], as: UTF8.self)
            let number = index + 1
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") { continue }
            if trimmed.isEmpty {
                try block?.finish(into: &result)
                block = nil
            } else if var current = block {
                try current.add(text, line: number)
                block = current
            } else {
                block = try Block(kindLine: text, line: number, fileName: fileName)
            }
        }
        try block?.finish(into: &result)
        return result
    }

    /// One entry being read: its kind, where it starts, and the fields seen so far.
    private struct Block {
        enum Kind: String, CaseIterable {
            case line, emergency, online

            var fields: [String] {
                switch self {
                case .line: ["country", "name", "call", "text", "note", "source", "checked"]
                case .emergency: ["number", "countries", "source", "checked"]
                case .online: ["name", "address", "note", "source", "checked"]
                }
            }

            var required: [String] {
                switch self {
                case .line: ["country", "name", "source", "checked"]
                case .emergency: ["number", "countries", "source", "checked"]
                case .online: ["name", "address", "source", "checked"]
                }
            }
        }

        let kind: Kind
        let line: Int
        let fileName: String
        var values: [String: (value: String, line: Int, column: Int)] = [:]

        init(kindLine text: String, line: Int, fileName: String) throws(SupportLinesError) {
            self.line = line
            self.fileName = fileName
            let word = text.trimmingCharacters(in: .whitespaces)
            guard let kind = Kind(rawValue: word) else {
                let column = Self.column(ofFirstNonSpaceIn: text)
                let message = word.contains(":")
                    ? "a field outside an entry — start each entry with its kind (line, emergency or online) on a line of its own"
                    : "\"\(word)\" is not a kind of entry — start each entry with line, emergency or online"
                throw SupportLinesError(fileName: fileName, line: line, column: column, message: message)
            }
            self.kind = kind
        }

        mutating func add(_ text: String, line number: Int) throws(SupportLinesError) {
            let start = Self.column(ofFirstNonSpaceIn: text)
            guard let colon = text.firstIndex(of: ":") else {
                throw error(number, start, "expected \"field: value\" — a blank line ends an entry, so put one between entries")
            }
            let name = text[..<colon].trimmingCharacters(in: .whitespaces)
            guard kind.fields.contains(name) else {
                throw error(number, start, "\"\(name)\" is not a field of a \(kind.rawValue) entry — its fields are \(kind.fields.joined(separator: ", "))")
            }
            if let earlier = values[name] {
                throw error(number, start, "a second \"\(name):\"; this entry already has one on line \(earlier.line)")
            }
            let afterColon = text[text.index(after: colon)...]
            let value = afterColon.trimmingCharacters(in: .whitespaces)
            let leadingSpaces = afterColon.prefix { $0 == " " || $0 == "\t" }.unicodeScalars.count
            let valueColumn = text[..<colon].unicodeScalars.count + 2 + leadingSpaces
            guard !value.isEmpty else { throw error(number, valueColumn, "\"\(name):\" has no value — write it after the colon") }
            values[name] = (value, number, valueColumn)
        }

        func finish(into result: inout SupportLines) throws(SupportLinesError) {
            for name in kind.required where values[name] == nil {
                let why = switch name {
                case "source": " — add the page of the service's own site where it was checked, like source: https://…"
                case "checked": " — add the month it was checked, like checked: 2026-12"
                default: ""
                }
                throw error(line, 1, "this \(kind.rawValue) entry has no \"\(name):\"\(why)")
            }
            if kind == .line, values["call"] == nil, values["text"] == nil {
                throw error(line, 1, "this line has neither \"call:\" nor \"text:\" — add the number to call or text")
            }
            let source = values["source"]!
            guard source.value.hasPrefix("https://") || source.value.hasPrefix("http://") else {
                throw error(source.line, source.column, "the source must be a web page address starting with https:// or http://")
            }
            let checked = values["checked"]!
            guard let month = CheckedMonth(checked.value) else {
                throw error(checked.line, checked.column, "\"\(checked.value)\" is not a month — write it as YYYY-MM, like 2026-12")
            }
            let provenance = Provenance(source: source.value, checked: month, line: line)
            let value = { (name: String) in values[name]?.value }
            switch kind {
            case .line:
                result.lines.append(HelpLine(country: value("country")!, name: value("name")!, call: value("call"),
                                             text: value("text"), note: value("note"), provenance: provenance))
            case .emergency:
                result.emergencyNumbers.append(EmergencyNumber(number: value("number")!, countries: value("countries")!,
                                                               provenance: provenance))
            case .online:
                result.directories.append(OnlineDirectory(name: value("name")!, address: value("address")!,
                                                          note: value("note"), provenance: provenance))
            }
        }

        private func error(_ line: Int, _ column: Int, _ message: String) -> SupportLinesError {
            SupportLinesError(fileName: fileName, line: line, column: column, message: message)
        }

        private static func column(ofFirstNonSpaceIn text: String) -> Int {
            text.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count + 1
        }
    }
}
