import Foundation
import RekindleKit

/// Saved versions of a section's notes, newest first: when, how long, and how the text ended
/// then (the end, not the start: versions of one text mostly share their first line).
enum HistoryOverlay {
    static func draw(_ history: NoteHistoryState, on canvas: inout Canvas) {
        let box = OverlayBox.box(in: canvas.bounds, maxWidth: 76)
        let inside = OverlayBox.drawFrame("Note history — Enter restores", box: box, on: &canvas)
        guard !history.revisions.isEmpty else {
            canvas.write("No earlier versions yet.", x: inside.x + 1, y: inside.y, style: Style(.muted, .italic), clip: inside)
            return
        }
        let top = (history.selected - inside.height / 2).clamped(to: 0...max(0, history.revisions.count - inside.height))
        for row in 0..<inside.height where top + row < history.revisions.count {
            let index = top + row
            let revision = history.revisions[index]
            let rowRect = inside.row(row)
            let words = revision.body.split(whereSeparator: { $0.isWhitespace }).count
            let label = " \(timestamp(revision.savedAt))  \(words) word\(words == 1 ? "" : "s")\(index == 0 ? " (current)" : "")  "
            let x = canvas.write(label, x: rowRect.x, y: rowRect.y, style: Style(.muted), clip: rowRect)
            canvas.write(ending(of: revision.body, width: rowRect.x + rowRect.width - x), x: x, y: rowRect.y,
                         style: .plain, clip: rowRect)
            if index == history.selected { canvas.addAttributes(.reverse, role: .selection, in: rowRect) }
        }
        ScrollMarkers.draw(above: top > 0, below: top + inside.height < history.revisions.count, frame: box, on: &canvas)
    }

    /// Local time to the second: autosave keeps a version about every second while writing.
    static func timestamp(_ date: Date) -> String {
        let c = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d",
                      c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// The last line with text, cut from the front ("…the end") to fit `width` columns.
    static func ending(of body: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let line = body.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? "(empty)"
        let visible = DisplayText.sanitize(line)
        guard DisplayText.width(of: visible) > width else { return visible }
        var kept: [Character] = []
        var used = 1 // the ellipsis
        for character in visible.reversed() {
            let next = used + DisplayText.width(of: character)
            if next > width { break }
            kept.append(character)
            used = next
        }
        return "…" + String(kept.reversed())
    }
}
