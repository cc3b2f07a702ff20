import RekindleKit

/// The list of sections: each with done/total and a small bar; sections gone from the guide are marked.
enum StepsPane {
    static func draw(_ state: AppState, in rect: Rect, focused: Bool, on canvas: inout Canvas) {
        let sections = state.workbook.sections
        let top = firstVisible(selected: state.selectedSection, count: sections.count, height: rect.height)
        for row in 0..<rect.height {
            let index = top + row
            guard sections.indices.contains(index) else { break }
            let line = rect.row(row)
            drawRow(sections[index], selected: index == state.selectedSection, focused: focused, in: line, on: &canvas)
        }
    }

    /// The first row shown, so that the selected section is always visible.
    static func firstVisible(selected: Int, count: Int, height: Int) -> Int {
        (selected - height / 2).clamped(to: 0...max(0, count - height))
    }

    private static func drawRow(_ section: WorkbookSection, selected: Bool, focused: Bool, in rect: Rect,
                                on canvas: inout Canvas) {
        let nameStyle = Style(section.inGuide ? .normal : .muted, selected ? .bold : [])
        var name = selected ? "▸ " : "  "
        name += section.kind == .step ? "\(section.number ?? 0) \(section.title)" : section.title
        if !section.inGuide { name += " (old)" }
        let counts = section.total > 0
            ? " \(section.done)/\(section.total) " + ProgressBar.text(done: section.done, total: section.total, width: 3)
            : ""
        let countsWidth = DisplayText.width(of: counts)
        let nameRect = Rect(x: rect.x, y: rect.y, width: rect.width - countsWidth, height: 1)
        canvas.write(DisplayText.truncate(name, width: nameRect.width), x: rect.x, y: rect.y, style: nameStyle, clip: nameRect)
        let done = section.total > 0 && section.done == section.total
        canvas.write(counts, x: rect.maxX - countsWidth, y: rect.y, style: Style(done ? .done : .muted), clip: rect)
        if selected && focused { canvas.addAttributes(.reverse, role: .selection, in: rect) }
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
