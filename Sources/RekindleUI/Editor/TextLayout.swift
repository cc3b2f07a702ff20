import RekindleKit

/// The top visible row of the notes editor: a logical line and a soft-wrapped row within it.
/// Anchoring to a line (not a global row number) means only the lines near the viewport are wrapped.
struct ScrollPosition: Hashable, Sendable {
    var line: Int
    var row: Int

    init(line: Int = 0, row: Int = 0) {
        self.line = line
        self.row = row
    }
}

/// What the notes editor shows: the visible soft-wrapped rows, the cursor's place among them, and the
/// scroll position that keeps the cursor in view (store it and pass it in next time).
///
/// Building one wraps only the cursor's line and the lines between the old scroll position and the
/// viewport's end, so a keystroke in a long document costs about one screenful of work; given the
/// layout before it, only the lines that changed since are wrapped again.
struct TextLayout: Sendable {
    /// One visible row.
    struct Row: Equatable, Sendable {
        /// The logical line and the grapheme columns of it this row shows.
        var line: Int
        var columns: Range<Int>
        /// Ready to draw: tabs expanded, controls replaced by stand-ins (`DisplayText.sanitize`),
        /// spaces hanging past the edge dropped, at most `width` columns.
        var text: String
    }

    let rows: [Row]
    /// Cursor cell relative to the viewport's top-left corner; always inside it.
    let cursor: Point
    let scroll: ScrollPosition
    /// Whether text follows the last row (the frame shows a "more" mark).
    let continuesBelow: Bool
    /// What it was laid out from, to tell whether it still shows the buffer (`isCurrent`).
    private let source: (changeCount: Int, cursor: TextPosition, width: Int, height: Int)
    /// The lines it wrapped, for the next layout to reuse.
    private var wrapped: LineSlots<WrappedSource>

    /// Lays out `buffer` in a `width` × `height` viewport starting from `scroll`, scrolling as little
    /// as needed to bring the cursor into view. Sizes below 1 count as 1. Lines that `previous`
    /// wrapped at this width are wrapped again only from where they changed; given away (not
    /// copied), its lines are updated in place.
    init(buffer: TextBuffer, width: Int, height: Int, scroll: ScrollPosition, reusing previous: consuming TextLayout? = nil) {
        let width = max(1, width)
        let height = max(1, height)
        var reusable = LineSlots<WrappedSource>()
        if var earlier = previous.take(), earlier.source.width == width { swap(&reusable, &earlier.wrapped) }
        // Consumed, so the wrapper holds the only reference and updates the lines in place.
        var wrapper = LineWrapper(lines: buffer.lines, width: width, reusing: consume reusable)
        let cursorLine = wrapper.line(buffer.cursor.line)
        let cursorRow = ScrollPosition(line: buffer.cursor.line, row: cursorLine.row(containing: buffer.cursor.column))

        var top = wrapper.clamped(scroll)
        if (cursorRow.line, cursorRow.row) < (top.line, top.row) {
            top = cursorRow
        } else if wrapper.rowDistance(from: top, to: cursorRow, limit: height) >= height {
            top = wrapper.position(rowsBefore: cursorRow, count: height - 1)
        }
        // No blank rows at the bottom while text above is hidden (after a delete or an undone paste):
        // the pane would look as if the text were gone.
        let lastLine = buffer.lines.count - 1
        let last = ScrollPosition(line: lastLine, row: wrapper.rowCount(of: lastLine) - 1)
        if wrapper.rowDistance(from: top, to: last, limit: height) < height - 1 {
            top = wrapper.position(rowsBefore: last, count: height - 1)
        }
        self.scroll = top
        self.rows = wrapper.rows(from: top, count: height)
        continuesBelow = rows.last.map { wrapper.continues(after: $0) } ?? false
        self.cursor = Point(x: min(cursorLine.x(of: buffer.cursor.column), width - 1),
                            y: wrapper.rowDistance(from: top, to: cursorRow, limit: height))
        source = (buffer.changeCount, buffer.cursor, width, height)
        wrapped = wrapper.used
    }

    /// Whether this is the layout of `buffer` as it is now, in that viewport from `scroll`.
    func isCurrent(for buffer: TextBuffer, width: Int, height: Int, scroll: ScrollPosition) -> Bool {
        source.changeCount == buffer.changeCount && source.cursor == buffer.cursor && source.width == max(1, width)
            && source.height == max(1, height) && self.scroll == scroll
    }
}

extension TextLayout: Equatable {
    /// Same rows, cursor and scroll (how it was built is not compared).
    static func == (lhs: TextLayout, rhs: TextLayout) -> Bool {
        lhs.rows == rhs.rows && lhs.cursor == rhs.cursor && lhs.scroll == rhs.scroll
    }
}

/// A line as a layout wrapped it, with the text it was wrapped from and its rows' drawable text.
private struct WrappedSource: Sendable {
    private(set) var text: String
    private(set) var line: WrappedLine
    var rowTexts: [String?]

    init(text: String, characters: [Character], width: Int) {
        self.text = text
        line = WrappedLine(characters, width: width)
        rowTexts = Array(repeating: nil, count: line.rowCount)
    }

    /// Follows an edit of the line to `newText` (nothing to do when its bytes are the same): the
    /// graphemes before the first changed byte stay (but the last of them, which the edit may have
    /// merged with), and only the rows from just before the edit are wrapped again, so a key typed
    /// in a long paragraph costs a few rows, not the paragraph.
    mutating func update(to newText: String, width: Int) {
        let sameBytes = text.commonUTF8PrefixCount(with: newText)
        if sameBytes == text.utf8.count && sameBytes == newText.utf8.count { return }
        var column = 0
        var bytes = 0
        while column < line.characters.count {
            let next = bytes + line.characters[column].utf8.count
            if next > sameBytes { break }
            bytes = next
            column += 1
        }
        if column > 0 {
            column -= 1
            bytes -= line.characters[column].utf8.count
        }
        let tail = newText[newText.utf8.index(newText.startIndex, offsetBy: bytes)...]
        let kept = line.replaceGraphemes(from: column, with: tail, width: width)
        rowTexts.replaceSubrange(kept..., with: repeatElement(nil, count: line.rowCount - kept))
        text = newText
    }
}

private extension String {
    /// How many leading UTF-8 bytes this and `other` have in common.
    func commonUTF8PrefixCount(with other: String) -> Int {
        var (left, right) = (self, other)
        return left.withUTF8 { left in
            right.withUTF8 { right in
                let count = Swift.min(left.count, right.count)
                // The same storage: a line no edit touched.
                if left.baseAddress == right.baseAddress { return count }
                var index = 0
                while index < count && left[index] == right[index] { index += 1 }
                return index
            }
        }
    }
}

/// Wraps lines on demand for one layout, each at most once.
private struct LineWrapper {
    let lines: GraphemeLines
    let width: Int
    /// Lines an earlier layout wrapped at this width; each is used only while its text is the same.
    private var reusable: LineSlots<WrappedSource>
    /// The lines this layout looked at.
    private(set) var used = LineSlots<WrappedSource>()

    init(lines: GraphemeLines, width: Int, reusing reusable: consuming LineSlots<WrappedSource>) {
        self.lines = lines
        self.width = width
        self.reusable = reusable
    }

    mutating func line(_ index: Int) -> WrappedLine {
        used[slot(index)].line
    }

    /// How many rows line `index` wraps to (read in place, as every row a layout walks asks).
    mutating func rowCount(of index: Int) -> Int {
        let slot = slot(index)
        return used.withValue(in: slot) { $0.line.rowCount }
    }

    /// Where line `index` is in `used`, wrapped (or what an earlier layout wrapped, brought up to
    /// date) the first time it is asked for.
    private mutating func slot(_ index: Int) -> Int {
        if let known = used.slot(of: index) { return known }
        let text = lines.string(index)
        var source: WrappedSource
        if var earlier = reusable.take(index) {
            earlier.update(to: text, width: width)
            source = earlier
        } else {
            source = WrappedSource(text: text, characters: lines[index], width: width)
        }
        return used.insert(source, for: index)
    }

    /// `position` moved inside the document (lines may have been deleted since it was stored).
    mutating func clamped(_ position: ScrollPosition) -> ScrollPosition {
        let lineIndex = min(max(0, position.line), lines.count - 1)
        return ScrollPosition(line: lineIndex, row: min(max(0, position.row), rowCount(of: lineIndex) - 1))
    }

    /// Rows from `start` down to `end` (`end` not before `start`), counting no further than `limit`.
    mutating func rowDistance(from start: ScrollPosition, to end: ScrollPosition, limit: Int) -> Int {
        if start.line == end.line { return end.row - start.row }
        var distance = rowCount(of: start.line) - start.row
        var index = start.line + 1
        while index < end.line && distance < limit {
            distance += rowCount(of: index)
            index += 1
        }
        return distance < limit ? distance + end.row : limit
    }

    /// The row `count` rows above `position`, or the document's first row.
    mutating func position(rowsBefore position: ScrollPosition, count: Int) -> ScrollPosition {
        var current = position
        var remaining = count
        while remaining > current.row && current.line > 0 {
            remaining -= current.row + 1
            current = ScrollPosition(line: current.line - 1, row: rowCount(of: current.line - 1) - 1)
        }
        return ScrollPosition(line: current.line, row: max(0, current.row - remaining))
    }

    /// Up to `count` rows starting at `top`.
    mutating func rows(from top: ScrollPosition, count: Int) -> [TextLayout.Row] {
        var rows: [TextLayout.Row] = []
        rows.reserveCapacity(count)
        var position = top
        while rows.count < count && position.line < lines.count {
            rows.append(row(at: position))
            position = position.row + 1 < rowCount(of: position.line)
                ? ScrollPosition(line: position.line, row: position.row + 1)
                : ScrollPosition(line: position.line + 1, row: 0)
        }
        return rows
    }

    /// One row, its text made once per line and row. Read and written in place in `used`: a copy
    /// of the line's source would make each new row text copy the line's row texts.
    private mutating func row(at position: ScrollPosition) -> TextLayout.Row {
        let slot = slot(position.line), width = width
        return used.withValue(in: slot) { source in
            let columns = source.line.columns(ofRow: position.row)
            if let known = source.rowTexts[position.row] {
                return TextLayout.Row(line: position.line, columns: columns, text: known)
            }
            let text = DisplayText.truncate(DisplayText.sanitize(SoftWrap.rowText(source.line.characters[columns])),
                                            width: width)
            source.rowTexts[position.row] = text
            return TextLayout.Row(line: position.line, columns: columns, text: text)
        }
    }

    /// Whether the document goes on past `row` (a row of the layout).
    mutating func continues(after row: TextLayout.Row) -> Bool {
        if row.line < lines.count - 1 { return true }
        let slot = slot(row.line)
        return row.columns.upperBound < used.withValue(in: slot) { $0.line.characters.count }
    }
}
