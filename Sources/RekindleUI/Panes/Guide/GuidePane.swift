import Foundation
import RekindleKit

/// The selected section: heading, paragraphs and its checklist, scrolled to `panes.guide.scroll`.
enum GuidePane: PaneComponent {
    static func perform(_ action: Action, key: Key, in state: inout AppState, now: Date) -> [Effect] {
        switch action {
        case .toggle: return state.toggleSelectedItem(now: now)
        case .openTool: return state.openSelectedItemTool(now: now)
        case .addItem: state.startAddingItem()
        case .editItem: state.startRenamingItem()
        case .deleteItem: return state.deleteSelectedItem()
        case .moveItemDown: return state.moveSelectedItem(by: 1)
        case .moveItemUp: return state.moveSelectedItem(by: -1)
        case .hideSafetyNote: return state.hideSafetyNote()
        case .undo: return state.undoChecklist()
        case .redo: return state.redoChecklist()
        default: break
        }
        return []
    }

    /// A row of the checklist; with no items, a line of text.
    static func move(by delta: Int, in state: inout AppState) {
        guard let section = state.section, let current = state.itemIndex else {
            state.scrollGuide(by: delta)
            return
        }
        state.selectItem((current + delta).clamped(to: 0...section.items.count - 1), inSection: section.key)
        // Going to the first item shows the heading and text above it too.
        if delta <= -section.items.count { state.panes.guide.scroll = 0 }
        state.revealSelectedItem()
    }

    static func page(by fraction: Double, in state: inout AppState) {
        state.scrollGuide(by: pageLines(fraction, height: state.contentRect(of: .guide).height),
                          keepingSelectionInView: true)
    }

    static func wheel(by lines: Int, in state: inout AppState) {
        state.scrollGuide(by: lines)
    }

    /// After a resize the lines wrap anew: the selected item (or the inline editor) is brought back
    /// into view, so a tick never lands on an item nobody can see.
    static func keepInView(_ state: inout AppState) {
        let rect = state.contentRect(of: .guide)
        let lines = state.guideDocument(width: rect.width).lines.count
        state.panes.guide.scroll = state.panes.guide.scroll.clamped(to: 0...max(0, lines - rect.height))
        state.revealSelectedItem()
    }

    /// A click selects the item under it; on the item's "[ ] " checkbox it also ticks or unticks it, as Space does.
    static func click(row: Int, column: Int, content: Rect, in state: inout AppState, now: Date) -> [Effect] {
        guard let section = state.section else { return [] }
        let document = state.guideDocument(width: content.width)
        let scroll = state.panes.guide.scroll.clamped(to: 0...max(0, document.lines.count - content.height))
        let index = scroll + row
        guard document.lines.indices.contains(index), let item = document.lines[index].item else { return [] }
        state.selectItem(item, inSection: section.key)
        let onCheckbox = column < GuideDocument.indent && document.range(ofItem: item)?.lowerBound == index
        guard onCheckbox, state.panes.guide.editor == nil else { return [] }
        return state.toggleSelectedItem(now: now)
    }

    static func draw(_ state: AppState, in rect: Rect, focused: Bool, on canvas: inout Canvas) {
        guard state.section != nil, !rect.isEmpty else { return }
        let document = state.guideDocument(width: rect.width)
        let scroll = state.panes.guide.scroll.clamped(to: 0...max(0, document.lines.count - rect.height))
        let selected = state.itemIndex
        let showsSelection = focused && state.panes.guide.editor == nil && (state.overlay == nil || state.overlay == .search)
        for row in 0..<rect.height {
            let index = scroll + row
            guard document.lines.indices.contains(index) else { break }
            let line = document.lines[index]
            let rowRect = rect.row(row)
            if line.isEditor, let draft = state.panes.guide.editor {
                drawEditor(draft, in: rowRect, on: &canvas)
                continue
            }
            canvas.write(line.spans, x: rect.x, y: rowRect.y, clip: rowRect)
            if showsSelection, line.isItemHead, line.item == selected {
                canvas.addAttributes(.reverse, role: .selection, in: rowRect)
            }
        }
        ScrollMarkers.draw(above: scroll > 0, below: scroll + rect.height < document.lines.count,
                           frame: ScreenLayout.frame(around: rect), on: &canvas)
    }

    /// What `draw` reads (the inline editor's cursor is set by drawing, so it is always drawn).
    static func drawInputs(_ state: AppState, in rect: Rect, focused: Bool) -> (any Equatable & Sendable)? {
        guard let section = state.section, state.panes.guide.editor == nil else { return nil }
        return DrawInputs(section: section, query: state.search.highlight, addition: state.guideAddition(for: section),
                          scroll: state.panes.guide.scroll, selected: state.itemIndex,
                          showsSelection: focused && (state.overlay == nil || state.overlay == .search))
    }

    private struct DrawInputs: Equatable, Sendable {
        var section: WorkbookSection
        var query: String
        var addition: GuideAddition?
        var scroll: Int
        var selected: Int?
        var showsSelection: Bool
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
