import RekindleKit

/// The messages shown so far, newest first, each wrapped whole: nothing said is lost to a
/// keystroke.
enum MessageLogOverlay {
    static let maxWidth = 90

    static func draw(_ messages: MessageLog, scroll: Int, on canvas: inout Canvas) {
        let box = OverlayBox.box(in: canvas.bounds, maxWidth: maxWidth)
        let inside = OverlayBox.drawFrame("Messages, newest first — Esc closes", box: box, on: &canvas)
        let rows = lines(messages, width: max(1, inside.width - 2))
        guard !rows.isEmpty else {
            canvas.write("No messages yet.", x: inside.x + 1, y: inside.y, style: Style(.muted, .italic), clip: inside)
            return
        }
        let top = scroll.clamped(to: 0...max(0, rows.count - inside.height))
        for row in 0..<inside.height where top + row < rows.count {
            let line = rows[top + row]
            canvas.write(line.text, x: inside.x + 1, y: inside.y + row, style: line.style, clip: inside.row(row))
        }
    }

    static func lines(_ messages: MessageLog, width: Int) -> [OverlayLine] {
        messages.past.reversed().flatMap { message in
            let style = message.isWarning ? Style(.warning) : Style.plain
            return DisplayText.wrap(message.text, width: max(1, width - 2)).enumerated().map { index, text in
                OverlayLine(text: (index == 0 ? "· " : "  ") + text, style: style)
            }
        }
    }

    static func maxScroll(_ messages: MessageLog, size: Size) -> Int {
        let box = OverlayBox.box(in: Rect(x: 0, y: 0, width: size.width, height: size.height), maxWidth: maxWidth)
        return max(0, lines(messages, width: max(1, box.width - 4)).count - (box.height - 2))
    }
}

extension AppState {
    mutating func handleMessageLogKey(_ action: Action?, scroll: Int) {
        if action == .cancel {
            overlay = nil
        } else if let scroll = OverlayBox.scrolled(scroll, by: action, size: size,
                                                  maxScroll: MessageLogOverlay.maxScroll(messages, size: size)) {
            overlay = .messageLog(scroll: scroll)
        }
    }
}
