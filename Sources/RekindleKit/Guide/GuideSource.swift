/// The bytes of a guide file split into lines, once they are known to be UTF-8 text.
///
/// The parser works on bytes because every piece of guide syntax is ASCII; text is turned into
/// `String`s only at the end, which keeps parsing linear and quick even for huge files.
struct GuideSource {
    let bytes: [UInt8]
    let fileName: String
    /// Each line's bytes, without its line break ("\n" or "\r\n").
    let lines: [ByteSpan]

    /// Checks the bytes are UTF-8 without NUL bytes or lone CRs; drops a leading byte-order mark.
    init(bytes: [UInt8], fileName: String) throws(GuideParseError) {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        self.bytes = bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
        self.fileName = fileName
        self.lines = Self.splitLines(self.bytes)
        if let bad = Self.firstInvalidUTF8Offset(self.bytes) {
            throw error(.invalidUTF8, atOffset: bad)
        }
        if let nul = self.bytes.firstIndex(of: 0) {
            throw error(.nulByte, atOffset: nul)
        }
        if let carriageReturn = Self.firstBareCarriageReturn(self.bytes) {
            throw error(.bareCarriageReturn, atOffset: carriageReturn)
        }
    }

    /// Offset of the first CR not followed by LF: old Mac line ends, which would otherwise make
    /// the whole file one long line and its title swallow the guide.
    private static func firstBareCarriageReturn(_ bytes: [UInt8]) -> Int? {
        guard let first = bytes.firstIndex(of: UInt8(ascii: "\r")) else { return nil }
        var index = first
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n")) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// 1-based column of the byte at `offset` within the line starting at `lineStart`,
    /// counted in code points: UTF-8 continuation bytes do not start a new column.
    func column(of offset: Int, inLineStartingAt lineStart: Int) -> Int {
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// An error at a byte offset, with the line and column found by searching the line table.
    func error(_ reason: GuideParseError.Reason, atOffset offset: Int) -> GuideParseError {
        let lineIndex = lineIndex(containing: offset)
        let start = lines[lineIndex].start
        return GuideParseError(fileName: fileName, line: lineIndex + 1,
                               column: column(of: offset, inLineStartingAt: start), reason: reason)
    }

    /// Binary search for the line holding `offset` (a line break belongs to the line it ends).
    private func lineIndex(containing offset: Int) -> Int {
        max(0, lines.partitionPoint { $0.start > offset } - 1)
    }

    private static func splitLines(_ bytes: [UInt8]) -> [ByteSpan] {
        var lines: [ByteSpan] = []
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] == UInt8(ascii: "\n") {
                let end = index > start && buffer[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
                lines.append(ByteSpan(start: start, end: end))
                start = index + 1
            }
        }
        lines.append(ByteSpan(start: start, end: bytes.count))
        return lines
    }

    /// Offset of the first byte that does not belong to a well-formed UTF-8 sequence, if any.
    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        // The standard library's validation is fast; walk the bytes only to locate a fault.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
