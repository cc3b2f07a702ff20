import Foundation
import RekindleKit

/// Earlier versions of a section's notes: time and first line, newest first.
enum HistoryOverlay {
    static func draw(_ history: NoteHistoryState, on canvas: inout Canvas) {
        let box = Overlay.box(in: canvas.bounds, maxWidth: 70)
        let inside = Overlay.drawFrame("Note history — Enter restores", box: box, on: &canvas)
        guard !history.revisions.isEmpty else {
            canvas.write("No earlier versions yet.", x: inside.x + 1, y: inside.y, style: Style(.muted, .italic), clip: inside)
            return
        }
        let top = (history.selected - inside.height / 2).clamped(to: 0...max(0, history.revisions.count - inside.height))
        for row in 0..<inside.height where top + row < history.revisions.count {
            let index = top + row
            let revision = history.revisions[index]
            let rowRect = inside.row(row)
            let firstLine = revision.body.split(separator: "\n").first.map(String.init) ?? "(empty)"
            canvas.write(" " + timestamp(revision.savedAt) + "  " + firstLine, x: rowRect.x, y: rowRect.y,
                         style: .plain, clip: rowRect)
            if index == history.selected { canvas.addAttributes(.reverse, role: .selection, in: rowRect) }
        }
    }

    /// Local time, minutes precision: when the person wrote it is what they recognise.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
