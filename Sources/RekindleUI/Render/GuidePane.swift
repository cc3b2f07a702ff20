import RekindleKit

/// The selected section: heading, paragraphs and its checklist, scrolled to `guideScroll`.
enum GuidePane {
    static func draw(_ state: AppState, in rect: Rect, focused: Bool, on canvas: inout Canvas) {
        guard state.section != nil, !rect.isEmpty else { return }
        let document = state.guideDocument(width: rect.width)
        let scroll = state.guideScroll.clamped(to: 0...max(0, document.lines.count - rect.height))
        for row in 0..<rect.height {
            let index = scroll + row
            guard document.lines.indices.contains(index) else { break }
            let line = document.lines[index]
            let rowRect = rect.row(row)
            if line.isEditor, case .itemEditor(let draft) = state.mode {
                drawEditor(draft, in: rowRect, on: &canvas)
                continue
            }
            canvas.write(line.spans, x: rect.x, y: rowRect.y, clip: rowRect)
            if focused, line.isItemHead, line.item == state.itemIndex, state.mode == .browsing || state.mode == .searching {
                canvas.addAttributes(.reverse, role: .selection, in: rowRect)
            }
        }
    }

    /// The inline one-line editor; the text scrolls horizontally so the cursor stays visible.
    private static func drawEditor(_ draft: ItemDraft, in rect: Rect, on canvas: inout Canvas) {
        let box = "[ ] "
        let start = canvas.write(box, x: rect.x, y: rect.y, style: Style(.accent), clip: rect)
        let field = Rect(x: start, y: rect.y, width: rect.maxX - start, height: 1)
        canvas.fill(field, style: Style(.normal, .underline))
        let slice = draft.line.visibleSlice(width: field.width)
        canvas.write(slice.text, x: field.x, y: rect.y, style: Style(.normal, .underline), clip: field)
        canvas.setCursor(Point(x: field.x + slice.cursorX, y: rect.y))
    }
}

extension AppState {
    /// The guide pane's content for the selected section at a width (nil when there is no section).
    func guideDocument(width: Int) -> GuideDocument {
        let draft: ItemDraft? = if case .itemEditor(let draft) = mode { draft } else { nil }
        return GuideDocument.make(section: section ?? WorkbookSection(key: "", kind: .other, number: nil, title: "",
                                                                 paragraphs: [], items: []),
                             width: width, query: search.highlight, draft: draft)
    }
}
