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
        character == "\t" ? tabWidth : DisplayText.width(of: character)
    }

    /// Whether the grapheme is whitespace a row may break after (and hang past the edge).
    public static func isBreakSpace(_ character: Character) -> Bool {
        character == " " || character == "\t"
    }

    /// The index where each visual row of `line` starts; the first is always 0.
    ///
    /// - Parameter reserveEndCell: count one extra column after the last grapheme, where an editor's
    ///   cursor sits at the end of the line. A line that exactly fills its last row then gets an empty
    ///   row after it, so the end-of-line cursor is always on screen and typing continues where the
    ///   next character will actually appear. The reserved cell may itself start a row.
    public static func rowStarts(of line: [Character], width: Int, reserveEndCell: Bool = false) -> [Int] {
        let width = max(1, width)
        let cellCount = line.count + (reserveEndCell ? 1 : 0)
        var starts = [0]
        var rowStart = 0
        var used = 0              // columns taken in the current row, hanging spaces included
        var wordStart: Int?       // latest index in this row where a word follows break spaces
        var usedBeforeWord = 0
        var index = 0
        while index < cellCount {
            let isEndCell = index == line.count
            let character = isEndCell ? " " : line[index]
            if !isEndCell && isBreakSpace(character) {
                used += cellWidth(character)
                index += 1
                continue
            }
            let cell = isEndCell ? 1 : cellWidth(character)
            if index > rowStart && (isEndCell || isBreakSpace(line[index - 1])) {
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

    /// The drawable text of one row: tabs expanded to spaces, break spaces at the end dropped.
    public static func rowText(_ row: ArraySlice<Character>) -> String {
        var end = row.endIndex
        while end > row.startIndex && isBreakSpace(row[end - 1]) { end -= 1 }
        var text = ""
        for character in row[row.startIndex..<end] {
            if character == "\t" {
                text += String(repeating: " ", count: tabWidth)
            } else {
                text.append(character)
            }
        }
        return text
    }
}
