/// One row of text in an overlay, in its style.
struct OverlayLine: Equatable {
    var text: String
    var style: Style
}

/// A centred box drawn over the panes (help, note history).
enum OverlayBox {
    static func box(in bounds: Rect, maxWidth: Int) -> Rect {
        let width = min(maxWidth, bounds.width - 4)
        let height = bounds.height - 2
        return Rect(x: (bounds.width - width) / 2, y: 1, width: width, height: height)
    }

    /// Clears the box, draws its frame and returns the inside.
    static func drawFrame(_ title: String, box: Rect, on canvas: inout Canvas) -> Rect {
        canvas.fill(box)
        Chrome.drawFrame(title, in: box, focused: true, on: &canvas)
        return box.inset(by: 1)
    }

    /// Where a scrolling overlay goes for a key: a line, a page of the screen, the top or the end; nil for keys
    /// that do not scroll.
    static func scrolled(_ scroll: Int, by action: Action?, size: Size, maxScroll: Int) -> Int? {
        let page = max(1, size.height - 4)
        let step: Int? = switch action {
        case .down: 1
        case .up: -1
        case .pageDown: page
        case .pageUp: -page
        case .first: -scroll
        case .last: maxScroll - scroll
        default: nil
        }
        return step.map { (scroll + $0).clamped(to: 0...maxScroll) }
    }

    /// A box of text rows scrolled to `scroll` (kept in range), or `empty` in italics when there
    /// are none. `lines` gets the width the rows must fit.
    static func drawLines(title: String, maxWidth: Int, scroll: Int, empty: String = "",
                          on canvas: inout Canvas, _ lines: (Int) -> [OverlayLine]) {
        let inside = drawFrame(title, box: box(in: canvas.bounds, maxWidth: maxWidth), on: &canvas)
        let rows = lines(textWidth(inside))
        guard !rows.isEmpty else {
            canvas.write(empty, x: inside.x + 1, y: inside.y, style: Style(.muted, .italic), clip: inside)
            return
        }
        let top = scroll.clamped(to: 0...max(0, rows.count - inside.height))
        for row in 0..<inside.height where top + row < rows.count {
            let line = rows[top + row]
            canvas.write(line.text, x: inside.x + 1, y: inside.y + row, style: line.style, clip: inside.row(row))
        }
    }

    /// How far a box of `lineCount` rows (at the width `lines` is given) can scroll at a size.
    static func maxScroll(maxWidth: Int, size: Size, _ lines: (Int) -> [OverlayLine]) -> Int {
        let inside = box(in: Rect(x: 0, y: 0, width: size.width, height: size.height), maxWidth: maxWidth).inset(by: 1)
        return max(0, lines(textWidth(inside)).count - inside.height)
    }

    /// Text inside a box keeps a column of margin on each side.
    private static func textWidth(_ inside: Rect) -> Int { max(1, inside.width - 2) }
}
