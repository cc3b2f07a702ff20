import RekindleKit

/// The support screen: what to do in danger now, the person's own support card, free lines with
/// the month each was checked, where to look online, the safety note, and what rekindle is. The
/// words are `SupportSheet`'s, the same as `rekindle support` prints. Everything is local: nothing
/// is fetched, dialled or located.
struct SupportScreen: Equatable, Sendable {
    var sheet: SupportSheet
    var scroll = 0
    /// The overlay it was opened over (help, history), shown again when it closes.
    var returnTo: Overlay?
}

enum SupportOverlay {
    static let maxWidth = 80
    /// "Support — Esc closes", with the person's key.
    static func title(_ keyMap: KeyMap, _ glyphs: GlyphSet) -> String {
        "Support — \(keyMap.firstKey(of: .cancel, in: .support, glyphs)) closes"
    }

    static func draw(_ screen: SupportScreen, keyMap: KeyMap, on canvas: inout Canvas) {
        OverlayBox.drawLines(title: title(keyMap, canvas.glyphs), maxWidth: maxWidth, scroll: screen.scroll, on: &canvas) { lines(screen.sheet, width: $0) }
    }

    /// The sheet as screen rows at a width: headings, then wrapped text with a hanging indent.
    static func lines(_ sheet: SupportSheet, width: Int) -> [OverlayLine] {
        var lines: [OverlayLine] = []
        func heading(_ text: String) {
            if !lines.isEmpty { lines.append(OverlayLine(text: "", style: .plain)) }
            lines.append(OverlayLine(text: text, style: Style(.normal, [.bold, .underline])))
        }
        func paragraph(_ text: String, indent: Int = 0, style: Style = .plain) {
            let pad = String(repeating: " ", count: indent)
            for (index, row) in DisplayText.wrap(text, width: max(1, width - indent)).enumerated() {
                lines.append(OverlayLine(text: (index == 0 ? "" : pad) + row, style: style))
            }
        }
        heading("In danger now")
        paragraph(SupportSheet.inDanger)
        for number in sheet.emergencyNumbers { paragraph("\(number.number)  \(number.countries)", indent: 6) }
        heading("Your support card")
        let card = sheet.supportCard.trimmingCharacters(in: .whitespacesAndNewlines)
        if card.isEmpty {
            paragraph(SupportSheet.noCardYet, style: Style(.muted, .italic))
        } else {
            for line in card.split(separator: "\n", omittingEmptySubsequences: false) { paragraph(String(line)) }
        }
        if !sheet.lines.isEmpty {
            heading("Free, confidential lines")
            for line in sheet.lines { paragraph(SupportSheet.describe(line), indent: 2) }
        }
        if !sheet.directories.isEmpty {
            heading("When you are online")
            for directory in sheet.directories { paragraph(SupportSheet.describe(directory), indent: 2) }
        }
        if let note = sheet.safetyNote {
            heading("Before any contact")
            paragraph(note)
        }
        lines.append(OverlayLine(text: "", style: .plain))
        paragraph(sheet.about, style: Style(.muted))
        return lines
    }

    /// The furthest the screen can scroll at a size.
    static func maxScroll(_ sheet: SupportSheet, size: Size) -> Int {
        OverlayBox.maxScroll(maxWidth: maxWidth, size: size) { lines(sheet, width: $0) }
    }
}

extension AppState {
    /// Opens the support screen over whatever is showing; closing it goes back there.
    mutating func showSupport(_ sheet: SupportSheet) {
        let previous: Overlay? = if case .support(let open)? = overlay { open.returnTo } else { overlay }
        overlay = .support(SupportScreen(sheet: sheet, returnTo: previous))
    }

    mutating func handleSupportKey(_ action: Action?, screen: SupportScreen) {
        if action == .cancel {
            overlay = screen.returnTo
        } else if let scroll = OverlayBox.scrolled(screen.scroll, by: action, size: size,
                                                  maxScroll: SupportOverlay.maxScroll(screen.sheet, size: size)) {
            var screen = screen
            screen.scroll = scroll
            overlay = .support(screen)
        }
    }
}
