import RekindleKit
import Synchronization

/// The guide pane's content laid out for a width: heading, paragraphs, then checklist rows with a
/// hanging indent. Update uses it too (keeping the selection in view, mouse clicks), so scrolling and
/// drawing always agree about which line is which.
///
/// A section can hold thousands of items, and every key both updates and renders, so documents are
/// kept in a small cache (`GuideDocument.make`): an unchanged section costs nothing, and a tick or a
/// rename re-lays out only the items that changed.
struct GuideDocument: Equatable {
    struct Line: Equatable {
        var spans: StyledLine
        /// The checklist row this line belongs to.
        var item: Int?
        /// A line of the item's checkbox and title (what selection highlights).
        var isItemHead = false
        /// Where the inline item editor goes.
        var isEditor = false
    }

    private(set) var lines: [Line] = []
    /// For each item: the lines of its block (a blank line, the item, any editor after it) as
    /// `blockStart..<blockStart + blockCount`, and where in the block its own lines are.
    private var blockStarts: [Int] = []
    private var blockCounts: [Int] = []
    private var ownLines: [ClosedRange<Int>?] = []
    /// Lines before the first item (heading, paragraphs, checklist title).
    private var headCount = 0
    private(set) var editorLine: Int?

    /// Columns of the "[ ] " checkbox and of the hanging indent under it.
    static let indent = 4

    init(section: WorkbookSection, width: Int, query: String, draft: ItemDraft?) {
        let width = max(1, width)
        lines = Self.head(section: section, width: width, query: query, draft: draft)
        headCount = lines.count
        blockStarts.reserveCapacity(section.items.count)
        for (index, item) in section.items.enumerated() {
            let block = Self.block(item, index: index, width: width, query: query, draft: draft)
            blockStarts.append(lines.count)
            blockCounts.append(block.count)
            ownLines.append(Self.ownRange(in: block, item: index))
            lines += block
        }
        editorLine = lines.firstIndex(where: \.isEditor)
    }

    /// The lines an item covers, for scrolling it into view and for clicks.
    func range(ofItem item: Int) -> ClosedRange<Int>? {
        guard ownLines.indices.contains(item), let own = ownLines[item] else { return nil }
        return (blockStarts[item] + own.lowerBound)...(blockStarts[item] + own.upperBound)
    }

    /// Heading, paragraphs and the checklist title.
    private static func head(section: WorkbookSection, width: Int, query: String, draft: ItemDraft?) -> [Line] {
        var lines: [Line] = []
        func add(_ text: String, _ style: Style, query: String) {
            lines.append(Line(spans: Span.highlighting(text, query: query, style: style)))
        }
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
        return lines
    }

    /// One item's block: a blank line, its lines (or the rename editor), and the add editor after it.
    private static func block(_ item: ChecklistItem, index: Int, width: Int, query: String, draft: ItemDraft?) -> [Line] {
        var lines = [Line(spans: [])]
        if case .rename(let id) = draft?.purpose, id == item.id {
            lines.append(Line(spans: [], item: index, isItemHead: true, isEditor: true))
        } else {
            addItem(item, index: index, width: width, query: query, to: &lines)
        }
        if case .add(let after) = draft?.purpose, after == item.id {
            lines.append(Line(spans: []))
            lines.append(Line(spans: [], isEditor: true))
        }
        return lines
    }

    private static func ownRange(in block: [Line], item: Int) -> ClosedRange<Int>? {
        guard let first = block.firstIndex(where: { $0.item == item }),
              let last = block.lastIndex(where: { $0.item == item }) else { return nil }
        return first...last
    }

    private static func addItem(_ item: ChecklistItem, index: Int, width: Int, query: String, to lines: inout [Line]) {
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

    // MARK: Cache

    /// What a cached document was built from.
    private struct Inputs {
        var section: WorkbookSection
        var width: Int
        var query: String
    }

    /// The last document of each section (while no item editor is open), by section key.
    private static let cache = Mutex<[String: (inputs: Inputs, document: GuideDocument)]>([:])

    /// The document for these inputs: from the cache when nothing changed, re-laying out only the
    /// changed items when the section kept its items in the same order, built afresh otherwise.
    /// Results are always equal to `init(section:width:query:draft:)`.
    static func make(section: WorkbookSection, width: Int, query: String, draft: ItemDraft?) -> GuideDocument {
        if let draft {
            // The editor changes a line or two: derive it from the cached document instead of laying
            // out every item again for each key typed into it (40 ms a key in a 10,000-item step).
            if !section.items.isEmpty {
                var document = make(section: section, width: width, query: query, draft: nil)
                if document.insertEditor(for: draft.purpose, items: section.items) { return document }
            }
            return GuideDocument(section: section, width: width, query: query, draft: draft)
        }
        let width = max(1, width)
        return cache.withLock { cache in
            let inputs = Inputs(section: section, width: width, query: query)
            // Taken out of the dictionary, so patching it below does not copy its lines.
            if var entry = cache.removeValue(forKey: section.key), entry.inputs.width == width, entry.inputs.query == query {
                if entry.inputs.section == section {
                    cache[section.key] = entry
                    return entry.document
                }
                if entry.document.patch(from: entry.inputs.section, to: section, width: width, query: query) {
                    entry.inputs = inputs
                    cache[section.key] = entry
                    return entry.document
                }
            }
            let document = GuideDocument(section: section, width: width, query: query, draft: nil)
            cache[section.key] = (inputs, document)
            return document
        }
    }

    /// Adds the item editor to a document built without a draft, exactly where `init` puts it (the
    /// editor lines hold no text: the pane draws the draft over them); false when the item it
    /// belongs to is not in the section.
    mutating func insertEditor(for purpose: ItemDraft.Purpose, items: [ChecklistItem]) -> Bool {
        func shiftBlocks(from first: Int, by delta: Int) {
            guard delta != 0 else { return }
            for index in first..<blockStarts.count { blockStarts[index] += delta }
        }
        switch purpose {
        case .add(after: nil):
            lines.insert(Line(spans: [], isEditor: true), at: headCount)
            editorLine = headCount
            headCount += 1
            shiftBlocks(from: 0, by: 1)
        case .add(after: let id?):
            guard let index = items.firstIndex(where: { $0.id == id }) else { return false }
            let end = blockStarts[index] + blockCounts[index]
            lines.insert(contentsOf: [Line(spans: []), Line(spans: [], isEditor: true)], at: end)
            editorLine = end + 1
            blockCounts[index] += 2
            shiftBlocks(from: index + 1, by: 2)
        case .rename(let id):
            guard let index = items.firstIndex(where: { $0.id == id }), let own = ownLines[index] else { return false }
            let start = blockStarts[index] + own.lowerBound
            lines.replaceSubrange(start...(blockStarts[index] + own.upperBound),
                                  with: [Line(spans: [], item: index, isItemHead: true, isEditor: true)])
            editorLine = start
            blockCounts[index] -= own.count - 1
            ownLines[index] = own.lowerBound...own.lowerBound
            shiftBlocks(from: index + 1, by: 1 - own.count)
        }
        return true
    }

    /// Updates a document built for `old` so it matches `new`, when only items changed in place
    /// (ticks, renames); false when the change is of another kind (items added, removed, moved).
    private mutating func patch(from old: WorkbookSection, to new: WorkbookSection, width: Int, query: String) -> Bool {
        guard old.items.count == new.items.count, old.key == new.key, old.kind == new.kind,
              old.number == new.number, old.title == new.title, old.paragraphs == new.paragraphs,
              old.inGuide == new.inGuide, editorLine == nil else { return false }
        for index in new.items.indices where old.items[index].id != new.items[index].id { return false }
        let newHead = Self.head(section: new, width: width, query: query, draft: nil)
        guard newHead.count == headCount else { return false }
        lines.replaceSubrange(0..<headCount, with: newHead)
        for index in new.items.indices where old.items[index] != new.items[index] {
            let block = Self.block(new.items[index], index: index, width: width, query: query, draft: nil)
            let delta = block.count - blockCounts[index]
            lines.replaceSubrange(blockStarts[index]..<blockStarts[index] + blockCounts[index], with: block)
            blockCounts[index] = block.count
            ownLines[index] = Self.ownRange(in: block, item: index)
            if delta != 0 {
                for later in (index + 1)..<blockStarts.count { blockStarts[later] += delta }
            }
        }
        return true
    }
}
