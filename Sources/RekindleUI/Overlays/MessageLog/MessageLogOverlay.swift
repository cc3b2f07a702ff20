import RekindleKit

/// The messages shown so far, newest first, each wrapped whole: nothing said is lost to a
/// keystroke.
enum MessageLogOverlay {
    static let maxWidth = 90

    static func draw(_ messages: MessageLog, scroll: Int, keyMap: KeyMap, on canvas: inout Canvas) {
        let close = keyMap.firstKey(of: .cancel, in: .messageLog, canvas.glyphs)
        OverlayBox.drawLines(title: "Messages, newest first — \(close) closes", maxWidth: maxWidth, scroll: scroll,
                             empty: "No messages yet.", on: &canvas) { lines(messages, width: $0) }
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
        OverlayBox.maxScroll(maxWidth: maxWidth, size: size) { lines(messages, width: $0) }
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
