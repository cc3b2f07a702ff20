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
}
