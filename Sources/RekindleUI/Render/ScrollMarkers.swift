import RekindleKit

/// "↑ more" and "↓ more" on the top and bottom edges of a box whose content runs past them, so a
/// person knows there is more to read.
enum ScrollMarkers {
    /// Draws the markers on `frame`'s edges, right-aligned one column in from the corners; not on
    /// a box too narrow to keep its title readable.
    static func draw(above: Bool, below: Bool, frame: Rect, on canvas: inout Canvas) {
        let glyphs = canvas.glyphs
        let width = DisplayText.width(of: glyphs.moreAbove)
        guard frame.width >= width + 16, frame.height >= 2 else { return }
        let x = frame.maxX - 2 - width
        if above { canvas.write(glyphs.moreAbove, x: x, y: frame.y, style: Style(.muted), clip: frame) }
        if below { canvas.write(glyphs.moreBelow, x: x, y: frame.maxY - 1, style: Style(.muted), clip: frame) }
    }
}
