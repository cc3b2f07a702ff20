/// Replacing a span of grapheme lines while keeping every line segmented exactly as `Array(String)`
/// would segment it. An edit can merge graphemes across its seams ("e" + U+0301 becomes "é", a regional
/// indicator re-pairs the flags after it), so the grapheme before the edit and the graphemes after it
/// are re-segmented together with the new text. Cost: the edited lines, never the whole document.
enum GraphemeSplice {
    /// What one splice changed, enough to undo or redo it exactly.
    struct Change: Equatable {
        /// Where the re-segmented region starts (the grapheme before the edit is part of it).
        var start: TextPosition
        /// End of the region before the splice, and the text it held.
        var removedEnd: TextPosition
        var removed: String
        /// End of the region after the splice, and the text it holds now.
        var insertedEnd: TextPosition
        var inserted: String
        /// Just after the new text; if the text merged with the grapheme after it, after that grapheme.
        var caret: TextPosition
    }

    /// Replaces the graphemes from `start` to `end` with `replacement`, whose "\n" split lines.
    /// `replacement` must hold no "\r" (callers normalise line breaks first). Only the graphemes
    /// around the seams are taken apart: the rest of the lines is sliced as text (a typed character
    /// in a long line segmented the whole line three times, 0.3 M instructions a key).
    static func splice(_ lines: inout GraphemeLines, from start: TextPosition, to end: TextPosition,
                       with replacement: String) -> Change {
        let regionStart = TextPosition(line: start.line, column: max(0, start.column - 1))
        let firstLine = lines.string(start.line)
        let regionStartIndex = firstLine.index(afterGraphemes: regionStart.column)
        let startIndex = firstLine.index(regionStartIndex, offsetBy: start.column - regionStart.column)
        let carried = firstLine[regionStartIndex..<startIndex]
        let pieces = (carried + replacement).split(separator: "\n", omittingEmptySubsequences: false)
        let lastLine = end.line == start.line ? firstLine : lines.string(end.line)
        let endIndex = end.line == start.line ? firstLine.index(startIndex, offsetBy: end.column - start.column)
            : lastLine.index(afterGraphemes: end.column)
        let head = firstLine[..<regionStartIndex]

        let lastIndex = pieces.count - 1
        let (joined, rest, tailConsumed) = join(Array(pieces[lastIndex]), lastLine[endIndex...])
        let removedEnd = TextPosition(line: end.line, column: end.column + tailConsumed)
        let removed = end.line == start.line ? String(firstLine[regionStartIndex..<rest.startIndex])
            : ([String(firstLine[regionStartIndex...])] + (start.line + 1..<end.line).map(lines.string)
               + [String(lastLine[..<rest.startIndex])]).joined(separator: "\n")

        let joinedText = String(joined)
        var newLines = pieces.map(String.init)
        newLines[lastIndex] = joinedText
        let inserted = newLines.joined(separator: "\n")
        newLines[0] = String(head) + newLines[0]
        newLines[lastIndex] += rest
        lines.replaceSubrange(start.line...end.line, withLines: newLines)

        let newLastLine = start.line + lastIndex
        let lastPieceStart = lastIndex == 0 ? regionStart.column : 0
        let caretColumn = column(in: joined, from: 0, coveringScalars: pieces[lastIndex].unicodeScalars.count)
        return Change(start: regionStart, removedEnd: removedEnd, removed: removed,
                      insertedEnd: TextPosition(line: newLastLine, column: lastPieceStart + joined.count),
                      inserted: inserted, caret: TextPosition(line: newLastLine, column: lastPieceStart + caretColumn))
    }

    /// Appends the graphemes of `right` to `left` while they re-segment at the seam, until one of
    /// `right` survives unchanged; from there on, segmentation cannot differ. Returns the graphemes
    /// joined so far, the rest of `right` (unchanged), and how many graphemes of `right` were taken.
    private static func join(_ left: [Character], _ right: Substring) -> ([Character], Substring, Int) {
        var result = left
        var index = right.startIndex
        var taken = 0
        while index < right.endIndex, let last = result.last {
            let next = right[index]
            let pair = Array(String(last) + String(next))
            if pair.count == 2 && pair[0].unicodeScalars.count == last.unicodeScalars.count { break }
            result.removeLast()
            result.append(contentsOf: pair)
            index = right.index(after: index)
            taken += 1
        }
        return (result, right[index...], taken)
    }

    /// The first column at or after `start` whose graphemes cover at least `scalarCount` scalars:
    /// where the caret lands when the inserted text merged into the grapheme after it.
    private static func column(in line: [Character], from start: Int, coveringScalars scalarCount: Int) -> Int {
        var column = start
        var covered = 0
        while covered < scalarCount && column < line.count {
            covered += line[column].unicodeScalars.count
            column += 1
        }
        return column
    }
}
