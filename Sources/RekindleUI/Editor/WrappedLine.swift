import RekindleKit

/// One logical line cut into soft-wrapped rows for the editor, with the mapping between grapheme
/// columns and display x inside a row. Wrapping is `SoftWrap`'s (shared with guide text), with the
/// end-of-line cell reserved so the cursor after the last grapheme always has a place on screen.
struct WrappedLine: Sendable {
    private(set) var characters: [Character]
    private(set) var rowStarts: [Int]

    init(_ characters: [Character], width: Int) {
        self.characters = characters
        self.rowStarts = SoftWrap.rowStarts(of: characters, width: width, reserveEndCell: true)
    }

    /// Replaces the graphemes from `column` on with `tail` and wraps again from two rows before the
    /// row `column` was in; returns how many rows at the top kept their place and graphemes.
    ///
    /// Why two rows back is enough: a row's end is decided by its own graphemes and the first one
    /// that does not fit, which is never past the start of the row after next (SoftWrapTests and
    /// TextLayoutIncrementalTests compare this with wrapping the whole line).
    mutating func replaceGraphemes(from column: Int, with tail: some Collection<Character>, width: Int) -> Int {
        let kept = max(0, row(containing: column) - 2)
        characters.replaceSubrange(column..., with: tail)
        rowStarts.replaceSubrange(kept..., with: SoftWrap.rowStarts(of: characters, width: width, reserveEndCell: true,
                                                                    from: rowStarts[kept]))
        return kept
    }

    var rowCount: Int { rowStarts.count }

    /// The graphemes drawn in `row`.
    func columns(ofRow row: Int) -> Range<Int> {
        rowStarts[row]..<(row + 1 < rowStarts.count ? rowStarts[row + 1] : characters.count)
    }

    /// The row a cursor at `column` is drawn in: the last row starting at or before it.
    func row(containing column: Int) -> Int {
        max(0, rowStarts.partitionPoint { $0 > column } - 1)
    }

    /// Display x of `column` within its row (unclamped: hanging spaces may reach past the edge).
    func x(of column: Int) -> Int {
        let start = rowStarts[row(containing: column)]
        return characters[start..<column].reduce(0) { $0 + SoftWrap.cellWidth($1) }
    }

    /// The cursor column in `row` closest to display x `target` without passing it. A row that
    /// continues on the next one ends before its last grapheme, since the column after it belongs to
    /// the next row.
    func column(atX target: Int, inRow row: Int) -> Int {
        let range = columns(ofRow: row)
        let last = row + 1 < rowCount ? max(range.lowerBound, range.upperBound - 1) : range.upperBound
        var x = 0
        var column = range.lowerBound
        while column < last {
            let width = SoftWrap.cellWidth(characters[column])
            if x + width > target { break }
            x += width
            column += 1
        }
        return column
    }
}
