/// Greedy word wrap by display width over the graphemes of one logical line (no newlines inside).
/// `DisplayText.wrap` and the notes editor's layout both use it, so guide text and notes wrap alike.
///
/// Rules: a row breaks after a run of spaces or tabs; those break spaces may hang past the right edge
/// (they are dropped from the drawn row) so the next row starts with a word; a word longer than a row
/// breaks between graphemes; a grapheme that does not fit (a wide one at the edge) moves to the next
/// row; a grapheme wider than the whole row gets a row of its own. Runs in one pass, O(n).
public enum SoftWrap {
    /// Columns one tab takes. Tabs are a fixed run of spaces rather than tab stops, so a row's layout
    /// never depends on where the row starts.
    public static let tabWidth = 4

    /// Layout width of one grapheme: a tab is `tabWidth`, anything else `DisplayText.width(of:)`.
    public static func cellWidth(_ character: Character) -> Int {
        measure(character).width
    }

    /// Whether the grapheme is whitespace a row may break after (and hang past the edge).
    public static func isBreakSpace(_ character: Character) -> Bool {
        measure(character).isBreakSpace
    }

    /// What wrapping needs of a grapheme, read from its one byte when it is ASCII (comparing
    /// `Character`s and walking their scalars was most of the cost of wrapping).
    @usableFromInline
    static func measure(_ character: Character) -> (width: Int, isBreakSpace: Bool) {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first {
            if byte == UInt8(ascii: " ") { return (1, true) }
            if byte == UInt8(ascii: "\t") { return (tabWidth, true) }
        }
        return (DisplayText.width(of: character), false)
    }

    /// The index where each visual row of `line` starts; the first is always 0.
    ///
    /// - Parameter reserveEndCell: count one extra column after the last grapheme, where an editor's
    ///   cursor sits at the end of the line. A line that exactly fills its last row then gets an empty
    ///   row after it, so the end-of-line cursor is always on screen and typing continues where the
    ///   next character will actually appear. The reserved cell may itself start a row.
    /// - Parameter firstRowStart: where to begin, which must be where a row of the whole line's wrap
    ///   starts: the result is then that wrap's row starts from there on. Wrapping decides each row
    ///   from a fresh start at the row's first grapheme, so nothing before it matters.
    public static func rowStarts(of line: [Character], width: Int, reserveEndCell: Bool = false,
                                 from firstRowStart: Int = 0) -> [Int] {
        let width = max(1, width)
        let cellCount = line.count + (reserveEndCell ? 1 : 0)
        var starts = [firstRowStart]
        var rowStart = firstRowStart
        var used = 0              // columns taken in the current row, hanging spaces included
        var wordStart: Int?       // latest index in this row where a word follows break spaces
        var usedBeforeWord = 0
        var index = firstRowStart
        // Each grapheme measured once (the loop comes back to the one that broke a row); the
        // reserved end cell is a one-column non-space.
        let measured = line[firstRowStart...].map(measure) + (reserveEndCell ? [(width: 1, isBreakSpace: false)] : [])
        while index < cellCount {
            let (cell, isSpace) = measured[index - firstRowStart]
            if isSpace {
                used += cell
                index += 1
                continue
            }
            if index > rowStart && (index == line.count || measured[index - 1 - firstRowStart].isBreakSpace) {
                wordStart = index
                usedBeforeWord = used
            }
            if index == rowStart || used + cell <= width {
                used += cell
                index += 1
                continue
            }
            if let wordStart, wordStart > rowStart {
                rowStart = wordStart
                used -= usedBeforeWord
            } else {
                rowStart = index
                used = 0
            }
            starts.append(rowStart)
            wordStart = nil
        }
        return starts
    }

    /// Whether a scalar is a one-column character that never joins another (`DisplayText.isPlainScalar`:
    /// printable ASCII, Latin letters, the curly quotes, dashes and ellipsis, box drawing) but the
    /// soft hyphen. A line of these is one grapheme per scalar, with a space the only place to break.
    @inlinable
    static func isPlainLetter(_ value: UInt32) -> Bool {
        DisplayText.isPlainScalar(value) && value != 0xAD
    }

    /// `rowStarts` of a line of plain letters (`isPlainLetter`) as UTF-8 offsets into it, worked
    /// out from its scalars without building its graphemes (which was 480 instructions a byte of
    /// the notes a start shows). Nil for any other line.
    static func plainRowStarts(of line: String, width: Int) -> [Int]? {
        let width = max(1, width)
        var starts = [0]
        var rowStart = 0, used = 0, usedBeforeWord = 0, offset = 0
        var wordStart: Int?
        var previousIsSpace = false
        for scalar in line.unicodeScalars {
            let value = scalar.value
            guard isPlainLetter(value) else { return nil }
            // rowStarts' loop, for graphemes of one column where only a space breaks.
            if value == 0x20 {
                used += 1
            } else {
                if offset > rowStart && previousIsSpace {
                    wordStart = offset
                    usedBeforeWord = used
                }
                while !(offset == rowStart || used + 1 <= width) {
                    if let start = wordStart, start > rowStart {
                        rowStart = start
                        used -= usedBeforeWord
                    } else {
                        rowStart = offset
                        used = 0
                    }
                    starts.append(rowStart)
                    wordStart = nil
                }
                used += 1
            }
            previousIsSpace = value == 0x20
            offset += value < 0x80 ? 1 : value < 0x800 ? 2 : 3
        }
        return starts
    }

    /// The rows of a line of plain letters cut at `starts` (from `plainRowStarts`), the spaces at
    /// each row's end dropped as `rowText` drops them.
    static func rows(of line: String, startingAt starts: [Int]) -> [String] {
        let bytes = Array(line.utf8)
        return starts.indices.map { row in
            var end = row + 1 < starts.count ? starts[row + 1] : bytes.count
            while end > starts[row] && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            return String(decoding: bytes[starts[row]..<end], as: UTF8.self)
        }
    }

    /// The drawable text of one row: tabs expanded to spaces, break spaces at the end dropped.
    /// Built as UTF-8 bytes: appending `Character`s one by one cost the notes editor a third of a
    /// keystroke in a long line.
    public static func rowText(_ row: ArraySlice<Character>) -> String {
        var end = row.endIndex
        while end > row.startIndex && isBreakSpace(row[end - 1]) { end -= 1 }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - row.startIndex)
        for character in row[row.startIndex..<end] {
            let utf8 = character.utf8
            if utf8.count == 1, let byte = utf8.first {
                if byte == UInt8(ascii: "\t") {
                    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: tabWidth))
                } else {
                    bytes.append(byte)
                }
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
