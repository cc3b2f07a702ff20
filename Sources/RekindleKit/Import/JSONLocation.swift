/// Finds where a value sits in a JSON text, for errors that name a line: JSONDecoder reports a
/// coding path and JSONSerialization a byte offset, neither a line.
enum JSONLocation {
    /// A step of a coding path: an object key or an array index.
    enum Step: Equatable {
        case key(String)
        case index(Int)
    }

    /// The 1-based line and column of `offset`.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    /// The line where the value at `path` starts (or, when its last step is missing, its container);
    /// nil when the text does not have that shape.
    static func line(of path: [Step], in bytes: [UInt8]) -> Int? {
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpace()
        for step in path {
            let container = scanner.index
            guard scanner.enter(step) else { return lineAndColumn(of: container, in: bytes).line }
        }
        return lineAndColumn(of: scanner.index, in: bytes).line
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        }

        /// Moves to the start of the member `step` of the container here; false when there is none.
        mutating func enter(_ step: Step) -> Bool {
            switch step {
            case .key(let wanted):
                guard current == UInt8(ascii: "{") else { return false }
                index += 1
                while true {
                    skipSpace()
                    guard current == UInt8(ascii: "\"") else { return false }
                    let key = readString()
                    skipSpace()
                    guard current == UInt8(ascii: ":") else { return false }
                    index += 1
                    skipSpace()
                    if key == wanted { return true }
                    guard skipValue(), nextMember() else { return false }
                }
            case .index(let wanted):
                guard current == UInt8(ascii: "[") else { return false }
                index += 1
                var position = 0
                while true {
                    skipSpace()
                    if current == UInt8(ascii: "]") { return false }
                    if position == wanted { return true }
                    guard skipValue(), nextMember() else { return false }
                    position += 1
                }
            }
        }

        /// Past a comma to the next member; false at the container's end.
        private mutating func nextMember() -> Bool {
            skipSpace()
            guard current == UInt8(ascii: ",") else { return false }
            index += 1
            return true
        }

        /// The raw text of a string (escapes left as written: keys in exports are plain).
        private mutating func readString() -> String {
            let start = index + 1
            skipString()
            return String(decoding: bytes[start..<max(start, index - 1)], as: UTF8.self)
        }

        private mutating func skipString() {
            index += 1
            while let byte = current {
                index += 1
                if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { return }
            }
        }

        private mutating func skipValue() -> Bool {
            guard let byte = current else { return false }
            switch byte {
            case UInt8(ascii: "\""):
                skipString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                // Brackets inside strings do not count.
                var depth = 0
                while let next = current {
                    if next == UInt8(ascii: "\"") { skipString(); continue }
                    if next == UInt8(ascii: "{") || next == UInt8(ascii: "[") { depth += 1 }
                    if next == UInt8(ascii: "}") || next == UInt8(ascii: "]") { depth -= 1 }
                    index += 1
                    if depth == 0 { break }
                }
            default:
                while let next = current, !",}] \n\r\t".utf8.contains(next) { index += 1 }
            }
            return true
        }
    }
}
