import Foundation
import RekindleKit

/// Saved versions of a section's notes, newest first: when, and the first line that changed
/// (versions of one text mostly share their start and their end). Enter shows one in full
/// before a second Enter restores it.
enum HistoryOverlay {
    static let maxWidth = 76
    /// "Enter restores this version · Esc back to the list", with the person's keys.
    static func readingHint(_ keyMap: KeyMap, _ glyphs: GlyphSet) -> String {
        "\(keyMap.firstKey(of: .confirm, in: .history, glyphs)) restores this version · "
            + "\(keyMap.firstKey(of: .cancel, in: .history, glyphs)) back to the list"
    }

    static func draw(_ history: NoteHistoryState, keyMap: KeyMap, on canvas: inout Canvas) {
        if let revision = history.reading { return drawReading(revision, history: history, keyMap: keyMap, on: &canvas) }
        let box = OverlayBox.box(in: canvas.bounds, maxWidth: maxWidth)
        let title = history.entry == nil ? "Note history" : "Entry history"
        let show = keyMap.firstKey(of: .confirm, in: .history, canvas.glyphs)
        let inside = OverlayBox.drawFrame("\(title) — \(show) shows a version", box: box, on: &canvas)
        guard !history.revisions.isEmpty else {
            canvas.write("No earlier versions yet.", x: inside.x + 1, y: inside.y, style: Style(.muted, .italic), clip: inside)
            return
        }
        let top = (history.selected - inside.height / 2).clamped(to: 0...max(0, history.revisions.count - inside.height))
        for row in 0..<inside.height where top + row < history.revisions.count {
            let index = top + row
            let revision = history.revisions[index]
            let rowRect = inside.row(row)
            let label = " \(timestamp(revision.savedAt))\(index == 0 ? " (current)" : "")  "
            let x = canvas.write(label, x: rowRect.x, y: rowRect.y, style: Style(.muted), clip: rowRect)
            canvas.write(preview(of: revision, width: rowRect.x + rowRect.width - x, glyphs: canvas.glyphs), x: x, y: rowRect.y,
                         style: .plain, clip: rowRect)
            if index == history.selected { canvas.addAttributes(.reverse, role: .selection, in: rowRect) }
        }
        ScrollMarkers.draw(above: top > 0, below: top + inside.height < history.revisions.count, frame: box, on: &canvas)
    }

    /// One revision's full text, scrolled, with what the next keys do on the last row.
    private static func drawReading(_ revision: NoteRevision, history: NoteHistoryState, keyMap: KeyMap, on canvas: inout Canvas) {
        let box = OverlayBox.box(in: canvas.bounds, maxWidth: maxWidth)
        let current = history.revisions.first?.id == revision.id ? " (current)" : ""
        let inside = OverlayBox.drawFrame("Version of \(timestamp(revision.savedAt))\(current)", box: box, on: &canvas)
        let height = max(0, inside.height - 1)
        let lines = readingLines(revision.body, in: history, width: textWidth(inside), limit: history.readingScroll + height + 1)
        let top = history.readingScroll.clamped(to: 0...max(0, lines.count - height))
        for row in 0..<height where top + row < lines.count {
            canvas.write(lines[lines.startIndex + top + row], x: inside.x + 1, y: inside.y + row, style: .plain,
                         clip: inside.row(row))
        }
        let hintRow = inside.row(inside.height - 1)
        canvas.write(readingHint(keyMap, canvas.glyphs), x: hintRow.x + 1, y: hintRow.y, style: Style(.muted), clip: hintRow)
        ScrollMarkers.draw(above: top > 0, below: top + height < lines.count, frame: box, on: &canvas)
    }

    /// The revision's text as screen rows at the overlay's width for `size`, at most `limit` of them.
    static func readingLines(_ body: String, in history: NoteHistoryState, size: Size, limit: Int) -> ArraySlice<String> {
        let box = OverlayBox.box(in: Rect(x: 0, y: 0, width: size.width, height: size.height), maxWidth: maxWidth)
        return readingLines(body, in: history, width: textWidth(box.inset(by: 1)), limit: limit)
    }

    /// Rows of text shown while reading a revision at `size` (the last row of the box holds the hint).
    static func readingHeight(size: Size) -> Int { max(0, size.height - 2 - 2 - 1) }

    /// Wrapped as far as the view needs, by the history's own cache; the canvas shows controls as
    /// stand-ins when it draws, as in the notes pane.
    private static func readingLines(_ body: String, in history: NoteHistoryState, width: Int, limit: Int) -> ArraySlice<String> {
        body.allSatisfy(\.isWhitespace) ? ["(empty)"] : history.wrapCache.lines(body, width: width, limit: limit)
    }

    private static func textWidth(_ inside: Rect) -> Int { max(1, inside.width - 2) }

    /// Local time to the second: autosave keeps a version about every second while writing.
    static func timestamp(_ date: Date) -> String {
        let c = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d",
                      c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// The first line that differs from the version before ("took out: …" when it was removed),
    /// cut at the end to fit `width` columns.
    static func preview(of revision: NoteRevisionSummary, width: Int, glyphs: GlyphSet = .unicode) -> String {
        guard width > 0 else { return "" }
        let line = revision.preview.allSatisfy(\.isWhitespace) ? "(empty)" : revision.preview
        let text = (revision.change == .removed ? "took out: " : "") + line
        return glyphs.truncate(DisplayText.sanitize(text), width: width)
    }
}
