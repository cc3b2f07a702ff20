import RekindleKit

/// Every binding of the key map, grouped by where it applies; scrollable.
enum HelpOverlay {
    static let maxWidth = 76

    /// The help over the panes; the keys of `first` (the focused pane's context) come first.
    static func draw(scroll: Int, first: KeyContext, keyMap: KeyMap, on canvas: inout Canvas) {
        let box = OverlayBox.box(in: canvas.bounds, maxWidth: maxWidth)
        let glyphs = canvas.glyphs
        let inside = OverlayBox.drawFrame("Keys — \(keyMap.firstKey(of: .cancel, in: .help, glyphs)) closes", box: box, on: &canvas)
        let lines = lines(keyMap, glyphs, first: first)
        let top = scroll.clamped(to: 0...maxScroll(lineCount: lines.count, height: inside.height))
        // Narrow windows give the descriptions most of the room; cut text ends in "…", not mid-word silence.
        let keyColumn = min(20, max(6, inside.width / 3))
        let textWidth = max(0, inside.width - 1 - keyColumn)
        for row in 0..<inside.height where top + row < lines.count {
            let rowRect = inside.row(row)
            let line = lines[top + row]
            let key = line.text.isEmpty ? line.key : glyphs.truncate(line.key, width: keyColumn - 1)
            canvas.write(key, x: rowRect.x + 1, y: rowRect.y, style: line.style, clip: rowRect)
            canvas.write(glyphs.truncate(line.text, width: textWidth), x: rowRect.x + 1 + keyColumn,
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
    static func lines(_ keyMap: KeyMap, _ glyphs: GlyphSet = .unicode, first: KeyContext? = nil) -> [Line] {
        let contexts = (first.map { [$0] } ?? []) + KeyContext.allCases.filter { $0 != first }
        return contexts.flatMap { context -> [Line] in
            let rows = keyMap.bindings(in: context)
            guard !rows.isEmpty else { return [] }
            return [Line(key: "", text: "", style: .plain), Line(key: context.title, text: "", style: Style(.title, [.bold, .underline]))]
                + rows.map { Line(key: $0.keyLabel(glyphs), text: glyphs.plain($0.description), style: Style(.accent, .bold)) }
        }.dropFirst() + [Line(key: "", text: "", style: .plain), supportLine(keyMap, glyphs)]
    }

    /// The quiet last line of the help: the support screen's keys, as the person has them.
    static func supportLine(_ keyMap: KeyMap, _ glyphs: GlyphSet) -> Line {
        let keys = [keyMap.label(of: .support, in: .global, glyphs), keyMap.label(of: .support, in: .always, glyphs)]
        return Line(key: keys.joined(separator: " or "), text: "Where to find help, whenever it feels heavy", style: Style(.muted))
    }

    static func maxScroll(lineCount: Int, height: Int) -> Int { max(0, lineCount - height) }

    /// The furthest the help can scroll at a screen size.
    static func maxScroll(for size: Size, keyMap: KeyMap) -> Int {
        let box = OverlayBox.box(in: Rect(x: 0, y: 0, width: size.width, height: size.height), maxWidth: maxWidth)
        return maxScroll(lineCount: lines(keyMap).count, height: box.height - 2)
    }
}

extension AppState {
    /// Keys of the help overlay: scrolling, and closing it.
    mutating func handleHelpKey(_ action: Action?, scroll: Int, returnTo: Overlay?) {
        if let scroll = OverlayBox.scrolled(scroll, by: action, size: size, maxScroll: HelpOverlay.maxScroll(for: size, keyMap: session.preferences.keyMap)) {
            overlay = .help(scroll: scroll, returnTo: returnTo)
        } else if action == .cancel {
            overlay = returnTo
        }
    }
}
