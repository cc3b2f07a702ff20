/// Cursor moves by soft-wrapped row, keeping the display column the person started from.
extension TextBuffer {
    /// One visual row up; from the first row, to the document start.
    mutating func moveUp(width: Int) {
        moveVertically(rows: -1, width: width)
    }

    /// One visual row down; from the last row, to the document end.
    mutating func moveDown(width: Int) {
        moveVertically(rows: 1, width: width)
    }

    /// A screenful up: `height - 1` rows, so one row of context stays visible.
    mutating func pageUp(width: Int, height: Int) {
        moveVertically(rows: -max(1, height - 1), width: width)
    }

    /// A screenful down: `height - 1` rows.
    mutating func pageDown(width: Int, height: Int) {
        moveVertically(rows: max(1, height - 1), width: width)
    }

    /// Steps `rows` visual rows (negative: up), wrapping only the lines it passes through.
    private mutating func moveVertically(rows: Int, width: Int) {
        var line = cursor.line
        var wrapped = WrappedLine(lines[line], width: width)
        var row = wrapped.row(containing: cursor.column)
        let x = preferredX ?? wrapped.x(of: cursor.column)
        for _ in 0..<abs(rows) {
            if rows > 0 {
                if row + 1 < wrapped.rowCount {
                    row += 1
                } else if line + 1 < lines.count {
                    line += 1
                    wrapped = WrappedLine(lines[line], width: width)
                    row = 0
                } else {
                    return moved(to: endPosition)
                }
            } else {
                if row > 0 {
                    row -= 1
                } else if line > 0 {
                    line -= 1
                    wrapped = WrappedLine(lines[line], width: width)
                    row = wrapped.rowCount - 1
                } else {
                    return moved(to: TextPosition(line: 0, column: 0))
                }
            }
        }
        moved(to: TextPosition(line: line, column: wrapped.column(atX: x, inRow: row)))
        preferredX = x
    }
}
