import RekindleKit

/// Every binding of the key map, grouped by where it applies; scrollable.
enum HelpOverlay {
    static let maxWidth = 76

    /// The help over the panes; the keys of `first` (the focused pane's context) come first.
    static func draw(scroll: Int, first: KeyContext, on canvas: inout Canvas) {
        let box = OverlayBox.box(in: canvas.bounds, maxWidth: maxWidth)
        let inside = OverlayBox.drawFrame("Keys — Esc closes", box: box, on: &canvas)
        let lines = lines(first: first)
        let top = scroll.clamped(to: 0...maxScroll(lineCount: lines.count, height: inside.height))
        // Narrow windows give the descriptions most of the room; cut text ends in "…", not mid-word silence.
        let keyColumn = min(20, max(6, inside.width / 3))
        let textWidth = max(0, inside.width - 1 - keyColumn)
        for row in 0..<inside.height where top + row < lines.count {
            let rowRect = inside.row(row)
            let line = lines[top + row]
            let key = line.text.isEmpty ? line.key : DisplayText.truncate(line.key, width: keyColumn - 1)
            canvas.write(key, x: rowRect.x + 1, y: rowRect.y, style: line.style, clip: rowRect)
            canvas.write(DisplayText.truncate(line.text, width: textWidth), x: rowRect.x + 1 + keyColumn,
                         y: rowRect.y, style: .plain, clip: rowRect)
        }
        ScrollMarkers.draw(above: top > 0, below: top + inside.height < lines.count, frame: box, on: &canvas)
    }

    struct Line {
        var key: String
        var text: String
        var style: Style
    }

    /// Headings and "keys  description" rows, in key-map order but with `first`'s keys first (as
    /// lazygit does: what the person can do here now is what they look for).
    static func lines(first: KeyContext? = nil) -> [Line] {
        let contexts = (first.map { [$0] } ?? []) + KeyContext.allCases.filter { $0 != first }
        return contexts.flatMap { context -> [Line] in
            let rows = KeyMap.bindings.filter { $0.context == context }
            guard !rows.isEmpty else { return [] }
            return [Line(key: "", text: "", style: .plain), Line(key: context.title, text: "", style: Style(.title, [.bold, .underline]))]
                + rows.map { Line(key: $0.keyLabel, text: $0.description, style: Style(.accent, .bold)) }
        }.dropFirst() + [Line(key: "", text: "", style: .plain), supportLine]
    }

    /// The quiet last line of the help.
    static let supportLine = Line(key: "! or F12", text: "Where to find help, whenever it feels heavy", style: Style(.muted))

    static func maxScroll(lineCount: Int, height: Int) -> Int { max(0, lineCount - height) }

    /// The furthest the help can scroll at a screen size.
    static func maxScroll(for size: Size) -> Int {
        let box = OverlayBox.box(in: Rect(x: 0, y: 0, width: size.width, height: size.height), maxWidth: maxWidth)
        return maxScroll(lineCount: lines().count, height: box.height - 2)
    }
}

extension AppState {
    /// Keys of the help overlay: scrolling, and closing it.
    mutating func handleHelpKey(_ action: Action?, scroll: Int) {
        if let scroll = OverlayBox.scrolled(scroll, by: action, size: size, maxScroll: HelpOverlay.maxScroll(for: size)) {
            overlay = .help(scroll: scroll)
        } else if action == .cancel {
            overlay = nil
        }
    }
}
