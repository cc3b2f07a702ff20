import RekindleKit

/// Scrolling the guide pane and keeping its selection (or the inline editor) in view.
extension AppState {
    /// The guide pane's content for the selected section at a width.
    func guideDocument(width: Int) -> GuideDocument {
        let section = section ?? WorkbookSection(key: "", kind: .other, number: nil, title: "", paragraphs: [], items: [])
        return panes.guide.layout.document(section: section, width: width, query: search.highlight,
                                           draft: panes.guide.editor, addition: guideAddition(for: section))
    }

    mutating func scrollGuide(by lines: Int, keepingSelectionInView: Bool = false) {
        let rect = contentRect(of: .guide)
        let document = guideDocument(width: rect.width)
        panes.guide.scroll = (panes.guide.scroll + lines).clamped(to: 0...max(0, document.lines.count - rect.height))
        guard keepingSelectionInView, let section, let current = itemIndex else { return }
        // After a page, select the first item whose head is on screen, as file managers do.
        let visible = panes.guide.scroll..<panes.guide.scroll + rect.height
        if let range = document.range(ofItem: current), visible.contains(range.lowerBound) { return }
        let onScreen = section.items.indices.first { document.range(ofItem: $0).map { visible.contains($0.lowerBound) } ?? false }
        if let onScreen { selectItem(onScreen, inSection: section.key) }
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
        if target.lowerBound < panes.guide.scroll { panes.guide.scroll = target.lowerBound }
        if bottom >= panes.guide.scroll + rect.height { panes.guide.scroll = bottom - rect.height + 1 }
    }

    /// The content rectangle of a pane at the current size (as if focused, for the one-pane layout).
    func contentRect(of pane: Pane) -> Rect {
        screenLayout(size: size, focus: pane).content(of: pane) ?? Rect(x: 0, y: 0, width: 0, height: 0)
    }
}
