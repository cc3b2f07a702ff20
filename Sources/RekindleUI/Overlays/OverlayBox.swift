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
}
