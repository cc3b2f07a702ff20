import RekindleKit

/// The guide pane's content laid out for a width: heading, paragraphs, then checklist rows with a
/// hanging indent. Update uses it too (keeping the selection in view, mouse clicks), so scrolling and
/// drawing always agree about which line is which.
struct GuideDocument {
    struct Line {
        var spans: StyledLine
        /// The checklist row this line belongs to.
        var item: Int?
        /// A line of the item's checkbox and title (what selection highlights).
        var isItemHead = false
        /// Where the inline item editor goes.
        var isEditor = false
    }

    private(set) var lines: [Line] = []

    /// Columns of the "[ ] " checkbox and of the hanging indent under it.
    static let indent = 4

    init(section: WorkbookSection, width: Int, query: String, draft: ItemDraft?) {
        let width = max(1, width)
        for text in DisplayText.wrap(section.displayName, width: width) {
            add(text, Style(.title, .bold), query: query)
        }
        if !section.inGuide {
            for text in DisplayText.wrap("No longer in the guide — kept because it holds your own things.", width: width) {
                add(text, Style(.muted, .italic), query: "")
            }
        }
        for paragraph in section.paragraphs {
            lines.append(Line(spans: []))
            for text in DisplayText.wrap(paragraph, width: width) { add(text, .plain, query: query) }
        }
        if !section.items.isEmpty || draft != nil {
            lines.append(Line(spans: []))
            add("Checklist · \(section.done) of \(section.total) done", Style(.muted, .underline), query: "")
        }
        if case .add(after: nil) = draft?.purpose { lines.append(Line(spans: [], isEditor: true)) }
        for (index, item) in section.items.enumerated() {
            lines.append(Line(spans: []))
            if case .rename(let id) = draft?.purpose, id == item.id {
                lines.append(Line(spans: [], item: index, isItemHead: true, isEditor: true))
            } else {
                addItem(item, index: index, width: width, query: query)
            }
            if case .add(let after) = draft?.purpose, after == item.id {
                lines.append(Line(spans: []))
                lines.append(Line(spans: [], isEditor: true))
            }
        }
    }

    /// The lines an item covers, for scrolling it into view and for clicks.
    func range(ofItem item: Int) -> ClosedRange<Int>? {
        guard let first = lines.firstIndex(where: { $0.item == item }),
              let last = lines.lastIndex(where: { $0.item == item }) else { return nil }
        return first...last
    }

    var editorLine: Int? { lines.firstIndex(where: \.isEditor) }

    private mutating func add(_ text: String, _ style: Style, query: String, item: Int? = nil, head: Bool = false) {
        lines.append(Line(spans: Span.highlighting(text, query: query, style: style), item: item, isItemHead: head))
    }

    private mutating func addItem(_ item: ChecklistItem, index: Int, width: Int, query: String) {
        let inner = max(1, width - Self.indent)
        let pad = String(repeating: " ", count: Self.indent)
        let box = item.isDone ? "[x] " : "[ ] "
        let title = item.isCustom ? "✎ " + item.title : item.title
        let titleStyle = Style(item.isDone ? .done : .normal, .bold)
        for (row, text) in DisplayText.wrap(title, width: inner).enumerated() {
            let lead = Span(row == 0 ? box : pad, Style(item.isDone ? .done : .accent))
            lines.append(Line(spans: [lead] + Span.highlighting(text, query: query, style: titleStyle),
                              item: index, isItemHead: true))
        }
        if !item.text.isEmpty {
            let textStyle = item.isDone ? Style(.muted) : Style.plain
            for text in DisplayText.wrap(item.text, width: inner) {
                lines.append(Line(spans: [Span(pad)] + Span.highlighting(text, query: query, style: textStyle),
                                  item: index))
            }
        }
        if !item.isCustom, !item.inGuide {
            for text in DisplayText.wrap("(from an earlier version of the guide)", width: inner) {
                lines.append(Line(spans: [Span(pad), Span(text, Style(.muted, .italic))], item: index))
            }
        }
    }
}
