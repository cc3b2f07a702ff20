import Foundation
import RekindleKit

/// The steps pane's own state: which section is selected (the one every pane shows).
struct StepsPaneState: Equatable, Sendable {
    var selected = 0
}

/// The list of sections: each with done/total and a small bar; sections gone from the guide are marked.
enum StepsPane: PaneComponent {
    static func perform(_ action: Action, key: Key, in state: inout AppState, now: Date) -> [Effect] {
        switch action {
        case .enter: state.focus = .guide
        case .undo: return state.undoChecklist()
        case .redo: return state.redoChecklist()
        default: break
        }
        return []
    }

    static func move(by delta: Int, in state: inout AppState) {
        state.selectSection(state.panes.steps.selected + delta)
    }

    static func page(by fraction: Double, in state: inout AppState) {
        let lines = pageLines(fraction, height: state.contentRect(of: .steps).height)
        move(by: lines == 0 ? (fraction < 0 ? -1 : 1) : lines, in: &state)
    }

    static func wheel(by lines: Int, in state: inout AppState) {
        move(by: lines.signum(), in: &state)
    }

    static func click(row: Int, column: Int, content: Rect, in state: inout AppState, now: Date) -> [Effect] {
        let top = firstVisible(selected: state.panes.steps.selected, count: state.workbook.sections.count,
                               height: content.height)
        if state.workbook.sections.indices.contains(top + row) { state.selectSection(top + row) }
        return []
    }

    static func draw(_ state: AppState, in rect: Rect, focused: Bool, on canvas: inout Canvas) {
        let sections = state.workbook.sections
        let selected = state.panes.steps.selected
        let top = firstVisible(selected: selected, count: sections.count, height: rect.height)
        for row in 0..<rect.height {
            let index = top + row
            guard sections.indices.contains(index) else { break }
            drawRow(sections[index], selected: index == selected, focused: focused, in: rect.row(row), on: &canvas)
        }
    }

    /// What `draw` reads: each section's row and which is selected.
    static func drawInputs(_ state: AppState, in rect: Rect, focused: Bool) -> (any Equatable & Sendable)? {
        DrawInputs(rows: state.workbook.sections.map(Row.init), selected: state.panes.steps.selected)
    }

    private struct DrawInputs: Equatable, Sendable {
        var rows: [Row]
        var selected: Int
    }

    private struct Row: Equatable, Sendable {
        var kind: SectionKind
        var number: Int?
        var title: String
        var inGuide: Bool
        var done: Int
        var total: Int

        init(_ section: WorkbookSection) {
            (kind, number, title, inGuide) = (section.kind, section.number, section.title, section.inGuide)
            (done, total) = (section.done, section.total)
        }
    }

    /// The first row shown, so that the selected section is always visible.
    static func firstVisible(selected: Int, count: Int, height: Int) -> Int {
        (selected - height / 2).clamped(to: 0...max(0, count - height))
    }

    /// The pane's width (border and margins included) that shows every row whole. Counted as if
    /// all were done (as wide as the counts get), so it never walks a long checklist: layout asks
    /// for it several times a key.
    /// Measured piece by piece rather than on the joined row: layout runs several times a key, and
    /// building every row's text was 0.5 M instructions of a typed character.
    static func preferredWidth(_ workbook: Workbook) -> Int {
        let rows = workbook.sections.lazy.map { section in
            // " 12/12 " and the bar, as `counts` draws it when all is done.
            let counts = section.total > 0 ? 3 + 2 * decimalDigits(section.total) + fullBarWidth : 0
            return pointerWidth + nameWidth(of: section) + counts
        }
        return (rows.max() ?? 0) + 4
    }

    private static let pointerWidth = DisplayText.width(of: "▸ ")
    private static let fullBarWidth = DisplayText.width(of: ProgressBar.text(done: 1, total: 1, width: 3))
    private static let oldMarkWidth = DisplayText.width(of: " (old)")

    /// `DisplayText.width(of: name(of: section))` without building the name.
    private static func nameWidth(of section: WorkbookSection) -> Int {
        let number = section.kind == .step ? decimalDigits(section.number ?? 0) + 1 : 0
        return number + section.titleWidth + (section.inGuide ? 0 : oldMarkWidth)
    }

    private static func decimalDigits(_ value: Int) -> Int {
        value < 0 ? 1 + decimalDigits(-value) : value < 10 ? 1 : 1 + decimalDigits(value / 10)
    }

    /// "2 Reestablishing Contact", "Closing", "Old Section (old)".
    private static func name(of section: WorkbookSection) -> String {
        let name = section.kind == .step ? "\(section.number ?? 0) \(section.title)" : section.title
        return section.inGuide ? name : name + " (old)"
    }

    /// " 2/3 ▰▰▱", or nothing for a section without a checklist.
    private static func counts(done: Int, total: Int, glyphs: GlyphSet = .unicode) -> String {
        total > 0 ? " \(done)/\(total) " + ProgressBar.text(done: done, total: total, width: 3, glyphs: glyphs) : ""
    }

    private static func drawRow(_ section: WorkbookSection, selected: Bool, focused: Bool, in rect: Rect,
                                on canvas: inout Canvas) {
        let nameStyle = Style(section.inGuide ? .normal : .muted, selected ? .bold : [])
        let name = (selected ? canvas.glyphs.pointer + " " : "  ") + name(of: section)
        // Counted once: the section may hold thousands of items.
        let doneCount = section.done
        let counts = counts(done: doneCount, total: section.total, glyphs: canvas.glyphs)
        let countsWidth = DisplayText.width(of: counts)
        let nameRect = Rect(x: rect.x, y: rect.y, width: rect.width - countsWidth, height: 1)
        canvas.write(canvas.glyphs.truncate(name, width: nameRect.width), x: rect.x, y: rect.y, style: nameStyle, clip: nameRect)
        let done = section.total > 0 && doneCount == section.total
        canvas.write(counts, x: rect.maxX - countsWidth, y: rect.y, style: Style(done ? .done : .muted), clip: rect)
        if selected && focused { canvas.addAttributes(.reverse, role: .selection, in: rect) }
    }
}

/// Lines a page key moves in a pane of `height` rows: a fraction of it, keeping one line of context.
func pageLines(_ fraction: Double, height: Int) -> Int {
    Int((Double(max(1, height - 1)) * fraction).rounded(.towardZero))
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
