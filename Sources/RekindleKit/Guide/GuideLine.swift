/// What one line of a guide file is, recognised from its leading characters alone.
///
/// Ranges are byte ranges into the whole file, so a later error can point at the exact column.
enum GuideLine: Equatable {
    case blank
    /// `<!-- ... -->` on one line: ignored entirely.
    case comment
    /// `<!--` without `-->` on the same line; `start` is the offset of `<!--`.
    case unclosedComment(start: Int)
    /// `#`, `##`, ... followed by a space or the end of the line. `text` is trimmed and may be empty.
    case heading(level: Int, start: Int, text: Range<Int>)
    /// `12. text`: `number` is the digits, `text` the trimmed rest (possibly empty).
    case item(number: Range<Int>, text: Range<Int>)
    /// Anything else: running text, trimmed.
    case text(Range<Int>)

    init(_ range: Range<Int>, in bytes: [UInt8]) {
        let trimmed = Self.trimmed(range, in: bytes)
        guard let first = trimmed.first else { self = .blank; return }
        if bytes[first] == UInt8(ascii: "#") {
            let marks = Self.prefixLength(of: trimmed, in: bytes) { $0 == UInt8(ascii: "#") }
            let afterMarks = first + marks..<trimmed.upperBound
            if afterMarks.isEmpty || Self.isSpace(bytes[afterMarks.lowerBound]) {
                self = .heading(level: marks, start: first, text: Self.trimmed(afterMarks, in: bytes))
                return
            }
        }
        let digits = Self.prefixLength(of: trimmed, in: bytes) { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if digits > 0, first + digits < trimmed.upperBound, bytes[first + digits] == UInt8(ascii: ".") {
            let afterDot = first + digits + 1..<trimmed.upperBound
            if afterDot.isEmpty || Self.isSpace(bytes[afterDot.lowerBound]) {
                self = .item(number: first..<first + digits, text: Self.trimmed(afterDot, in: bytes))
                return
            }
        }
        if Self.hasPrefix("<!--", trimmed, in: bytes) {
            let closed = trimmed.count >= 7 && Self.hasSuffix("-->", trimmed, in: bytes)
            self = closed ? .comment : .unclosedComment(start: first)
            return
        }
        self = .text(trimmed)
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// `range` without spaces and tabs at either end.
    static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper && isSpace(bytes[lower]) { lower += 1 }
        while upper > lower && isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private static func prefixLength(of range: Range<Int>, in bytes: [UInt8], where matches: (UInt8) -> Bool) -> Int {
        var length = 0
        while range.lowerBound + length < range.upperBound && matches(bytes[range.lowerBound + length]) { length += 1 }
        return length
    }

    static func hasPrefix(_ prefix: StaticString, _ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard range.count >= count else { return false }
        return prefix.withUTF8Buffer { buffer in bytes[range.lowerBound..<range.lowerBound + count].elementsEqual(buffer) }
    }

    static func hasSuffix(_ suffix: StaticString, _ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard range.count >= count else { return false }
        return suffix.withUTF8Buffer { buffer in bytes[range.upperBound - count..<range.upperBound].elementsEqual(buffer) }
    }
}
