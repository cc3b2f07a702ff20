import RekindleKit

/// Moving around: panes, sections, checklist rows and scrolling.
extension AppState {
    /// The content rectangle of a pane at the current size (as if focused, for the one-pane layout).
    func contentRect(of pane: Pane) -> Rect {
        ScreenLayout.make(size: size, focus: pane).content(of: pane) ?? Rect(x: 0, y: 0, width: 0, height: 0)
    }

    mutating func focus(step: Int, wrapping: Bool) {
        let panes = Pane.allCases
        let index = panes.firstIndex(of: focus)! + step
        if wrapping {
            focus = panes[(index + panes.count) % panes.count]
        } else if panes.indices.contains(index) {
            focus = panes[index]
        }
    }

    /// Selects a section, starting its panes at the top.
    mutating func selectSection(_ index: Int) {
        let clamped = index.clamped(to: 0...max(0, workbook.sections.count - 1))
        guard clamped != selectedSection else { return }
        selectedSection = clamped
        guideScroll = 0
        notesScroll = 0
    }

    /// `0` is the introduction, `1`–`9` the step with that number.
    mutating func jump(to number: Int) {
        let sections = workbook.sections
        let target = number == 0
            ? sections.firstIndex { $0.kind == .introduction } ?? 0
            : sections.firstIndex { $0.kind == .step && $0.number == number }
        if let target { selectSection(target) }
    }

    /// j/k and friends: a row in the steps pane and the checklist, a line in text.
    mutating func move(by delta: Int) {
        switch focus {
        case .steps:
            selectSection(selectedSection + delta)
        case .guide:
            guard let section, let current = itemIndex else {
                scrollGuide(by: delta)
                return
            }
            selectedItem[section.key] = (current + delta).clamped(to: 0...section.items.count - 1)
            // Going to the first item shows the heading and text above it too.
            if delta <= -section.items.count { guideScroll = 0 }
            revealSelectedItem()
        case .notes:
            scrollNotes(by: delta)
        }
    }

    /// Page keys scroll by a fraction of the pane's height.
    mutating func page(by fraction: Double) {
        let height = contentRect(of: focus).height
        let lines = Int((Double(max(1, height - 1)) * fraction).rounded(.towardZero))
        switch focus {
        case .steps: selectSection(selectedSection + (lines == 0 ? (fraction < 0 ? -1 : 1) : lines))
        case .guide: scrollGuide(by: lines, keepingSelectionInView: true)
        case .notes: scrollNotes(by: lines)
        }
    }

    mutating func scrollGuide(by lines: Int, keepingSelectionInView: Bool = false) {
        let rect = contentRect(of: .guide)
        let document = guideDocument(width: rect.width)
        guideScroll = (guideScroll + lines).clamped(to: 0...max(0, document.lines.count - rect.height))
        guard keepingSelectionInView, let section, let current = itemIndex else { return }
        // After a page, select the first item whose head is on screen, as file managers do.
        let visible = guideScroll..<guideScroll + rect.height
        if let range = document.range(ofItem: current), visible.contains(range.lowerBound) { return }
        let onScreen = section.items.indices.first { document.range(ofItem: $0).map { visible.contains($0.lowerBound) } ?? false }
        if let onScreen { selectedItem[section.key] = onScreen }
    }

    mutating func scrollNotes(by lines: Int) {
        guard let section else { return }
        let rect = contentRect(of: .notes)
        // Rows past the target and one screen below it do not change the answer: count no further.
        let limit = max(0, notesScroll + lines) + rect.height
        let count = NotesPane.wrappedLines(notesText(for: section.key), width: rect.width, limit: limit).count
        notesScroll = (notesScroll + lines).clamped(to: 0...max(0, count - rect.height))
    }

    /// Scrolls the guide pane as little as possible so the selected item (or the inline editor) shows.
    mutating func revealSelectedItem() {
        let rect = contentRect(of: .guide)
        guard rect.height > 0 else { return }
        let document = guideDocument(width: rect.width)
        let target: ClosedRange<Int>? = document.editorLine.map { $0...$0 } ?? itemIndex.flatMap(document.range(ofItem:))
        guard let target else { return }
        // Show the item whole if it fits, else its first lines.
        let bottom = min(target.upperBound, target.lowerBound + rect.height - 1)
        if target.lowerBound < guideScroll { guideScroll = target.lowerBound }
        if bottom >= guideScroll + rect.height { guideScroll = bottom - rect.height + 1 }
    }

    /// Clicks select a section or an item and focus that pane; the wheel scrolls the pane under it.
    mutating func handleMouse(_ mouse: MouseEvent) {
        let layout = ScreenLayout.make(size: size, focus: focus)
        if let tabs = layout.tabLine, tabs.contains(mouse.position), mouse.button == .left {
            var x = tabs.x
            for pane in Pane.allCases {
                let width = pane.title.count + 2
                if mouse.position.x >= x && mouse.position.x < x + width { focus = pane }
                x += width + 1
            }
            return
        }
        guard let pane = layout.pane(at: mouse.position) else { return }
        switch mouse.button {
        case .wheelUp, .wheelDown:
            let delta = mouse.button == .wheelUp ? -3 : 3
            switch pane {
            case .steps: selectSection(selectedSection + delta.signum())
            case .guide: scrollGuide(by: delta)
            case .notes: scrollNotes(by: delta)
            }
        case .left:
            focus = pane
            guard let content = layout.content(of: pane), content.contains(mouse.position) else { return }
            let row = mouse.position.y - content.y
            if pane == .steps {
                let top = StepsPane.firstVisible(selected: selectedSection, count: workbook.sections.count,
                                                 height: content.height)
                if workbook.sections.indices.contains(top + row) { selectSection(top + row) }
            } else if pane == .guide, let section {
                let document = guideDocument(width: content.width)
                let scroll = guideScroll.clamped(to: 0...max(0, document.lines.count - content.height))
                let index = scroll + row
                if document.lines.indices.contains(index), let item = document.lines[index].item {
                    selectedItem[section.key] = item
                }
            }
        }
    }
}
