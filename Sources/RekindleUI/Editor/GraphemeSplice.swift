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
    /// `replacement` must hold no "\r" (callers normalise line breaks first).
    static func splice(_ lines: inout GraphemeLines, from start: TextPosition, to end: TextPosition,
                       with replacement: String) -> Change {
        let regionStart = TextPosition(line: start.line, column: max(0, start.column - 1))
        let firstLine = lines[start.line]
        let carried = String(firstLine[regionStart.column..<start.column])
        let pieces = (carried + replacement).split(separator: "\n", omittingEmptySubsequences: false)
        let tail = (end.line == start.line ? firstLine : lines[end.line])[end.column...]

        var newLines = pieces.map { Array($0) }
        let head = firstLine[..<regionStart.column]
        newLines[0].insert(contentsOf: head, at: 0)
        let lastIndex = newLines.count - 1
        let lastPieceStart = lastIndex == 0 ? head.count : 0
        let (joined, tailConsumed) = join(newLines[lastIndex], tail)
        newLines[lastIndex] = joined

        let removedEnd = TextPosition(line: end.line, column: end.column + tailConsumed)
        let removed = text(of: lines, from: regionStart, to: removedEnd)
        lines.replaceSubrange(start.line...end.line, with: newLines)

        let newLastLine = start.line + lastIndex
        let insertedEnd = TextPosition(line: newLastLine, column: joined.count - (tail.count - tailConsumed))
        let caretColumn = column(in: joined, from: lastPieceStart,
                                 coveringScalars: pieces[lastIndex].unicodeScalars.count)
        return Change(start: regionStart, removedEnd: removedEnd, removed: removed,
                      insertedEnd: insertedEnd, inserted: text(of: lines, from: regionStart, to: insertedEnd),
                      caret: TextPosition(line: newLastLine, column: caretColumn))
    }

    /// The text between two positions, lines joined with "\n".
    static func text(of lines: GraphemeLines, from start: TextPosition, to end: TextPosition) -> String {
        if start.line == end.line {
            return String(lines[start.line][start.column..<end.column])
        }
        var result = String(lines[start.line][start.column...])
        for line in (start.line + 1)..<end.line {
            result += "\n"
            result += lines.string(line)
        }
        result += "\n"
        result += String(lines[end.line][..<end.column])
        return result
    }

    /// Appends `right` to `left`, re-segmenting at the seam until a grapheme of `right` survives
    /// unchanged; from there on, segmentation cannot differ. Returns the line and how many graphemes of
    /// `right` were re-segmented into new ones.
    private static func join(_ left: [Character], _ right: ArraySlice<Character>) -> ([Character], Int) {
        var result = left
        var index = right.startIndex
        while index < right.endIndex, let last = result.last {
            let pair = Array(String(last) + String(right[index]))
            if pair.count == 2 && pair[0].unicodeScalars.count == last.unicodeScalars.count { break }
            result.removeLast()
            result.append(contentsOf: pair)
            index += 1
        }
        result.append(contentsOf: right[index...])
        return (result, index - right.startIndex)
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
