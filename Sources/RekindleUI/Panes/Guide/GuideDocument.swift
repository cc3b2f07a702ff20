import RekindleKit
import Synchronization

/// The guide pane's content laid out for a width: heading, paragraphs, then checklist rows with a
/// hanging indent. Update uses it too (keeping the selection in view, mouse clicks), so scrolling and
/// drawing always agree about which line is which.
///
/// A section can hold thousands of items, and every key both updates and renders, so the guide
/// pane keeps its documents in a cache of its own (`GuideLayoutCache`): an unchanged section costs
/// nothing, and a tick or a rename re-lays out only the items that changed.
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

    /// Every line of the document. Item blocks are laid out on first access (a 10,000-item step
    /// took 40 ms to lay out in full; a frame reads the 40 lines on screen).
    var lines: Lines { Lines(document: self) }

    /// Heading, paragraphs, checklist title (and the add editor when it goes first).
    private var head: [Line] = []
    /// The items the blocks are laid out from (the cache drops them while an item changes in place).
    var items: [ChecklistItem] = []
    private var width = 1
    private var query = ""
    /// What rekindle adds under the section's own text (a safety note, a pointer to support).
    private var addition: GuideAddition?
    /// For each item: the lines of its block (a blank line, the item, any editor after it) as
    /// `blockStart..<blockStart + blockCount`, and where in the block its own lines are.
    private var blockStarts: [Int] = []
    private var blockCounts: [Int] = []
    private var ownLines: [ClosedRange<Int>?] = []
    /// Lines before the first item (heading, paragraphs, checklist title).
    private var headCount: Int { head.count }
    private var lineCount = 0
    /// The blocks laid out so far (shared by copies; see `Blocks`).
    private var blocks = Blocks(count: 0)
    private(set) var editorLine: Int?

    /// Columns of the "[ ] " checkbox and of the hanging indent under it.
    static let indent = 4

    init(section: WorkbookSection, width: Int, query: String, draft: ItemDraft?, addition: GuideAddition? = nil) {
        let width = max(1, width)
        self.width = width
        self.query = query
        self.addition = addition
        items = section.items
        head = Self.head(section: section, width: width, query: query, draft: draft, addition: addition)
        blocks = Blocks(count: items.count)
        blockStarts.reserveCapacity(items.count)
        blockCounts.reserveCapacity(items.count)
        ownLines.reserveCapacity(items.count)
        var count = head.count
        let legacyRows = DisplayText.rowCount(Self.legacyNote, width: max(1, width - Self.indent))
        for (index, item) in items.enumerated() {
            blockStarts.append(count)
            let hasEditor: Bool
            switch draft?.purpose {
            case .rename(let id)?: hasEditor = id == item.id
            case .add(let after?)?: hasEditor = after == item.id
            default: hasEditor = false
            }
            if hasEditor {
                // Rare (one item of a section): laid out now.
                let block = Self.block(item, index: index, width: width, query: query, draft: draft)
                blocks.set(index, block)
                blockCounts.append(block.count)
                ownLines.append(Self.ownRange(in: block, item: index))
                count += block.count
            } else {
                let rows = Self.rowCount(item, width: width, legacyRows: legacyRows)
                blockCounts.append(1 + rows)
                ownLines.append(1...rows)
                count += 1 + rows
            }
        }
        lineCount = count
        if let line = head.firstIndex(where: \.isEditor) {
            editorLine = line
        } else if let index = blockCounts.indices.first(where: { blocks.get($0) != nil }) {
            editorLine = lines[blockStarts[index]..<blockStarts[index] + blockCounts[index]].firstIndex(where: \.isEditor)
        }
    }

    /// The lines an item covers, for scrolling it into view and for clicks.
    func range(ofItem item: Int) -> ClosedRange<Int>? {
        guard ownLines.indices.contains(item), let own = ownLines[item] else { return nil }
        return (blockStarts[item] + own.lowerBound)...(blockStarts[item] + own.upperBound)
    }

    /// The document's lines, laying out each item's block when a line of it is first read.
    struct Lines: RandomAccessCollection {
        let document: GuideDocument
        var startIndex: Int { 0 }
        var endIndex: Int { document.lineCount }
        subscript(index: Int) -> Line { document.line(at: index) }
    }

    private func line(at index: Int) -> Line {
        if index < head.count { return head[index] }
        precondition(index < lineCount, "line \(index) of \(lineCount)")
        // The last block starting at or before the line.
        let low = blockStarts.partitionPoint { $0 > index } - 1
        let block = blocks.get(low) ?? {
            let block = Self.block(items[low], index: low, width: width, query: query, draft: nil)
            blocks.set(low, block)
            return block
        }()
        return block[index - blockStarts[low]]
    }

    static func == (lhs: GuideDocument, rhs: GuideDocument) -> Bool {
        lhs.lineCount == rhs.lineCount && lhs.editorLine == rhs.editorLine && lhs.head == rhs.head
            && lhs.blockStarts == rhs.blockStarts && lhs.blockCounts == rhs.blockCounts
            && lhs.ownLines == rhs.ownLines && lhs.lines.elementsEqual(rhs.lines)
    }

    /// Rows an item's own lines take without an editor: what `addItem` would append, counted.
    private static func rowCount(_ item: ChecklistItem, width: Int, legacyRows: Int) -> Int {
        let inner = max(1, width - Self.indent)
        var rows: Int
        if !item.isCustom {
            rows = DisplayText.rowCount(item.title, width: inner)
        } else if pencilIsOneColumn {
            // "✎" is one column and one grapheme, so it wraps like any one-column letter.
            rows = DisplayText.rowCount("x " + item.title, width: inner)
        } else {
            rows = DisplayText.wrap("✎ " + item.title, width: inner).count
        }
        if !item.text.isEmpty { rows += DisplayText.rowCount(item.text, width: inner) }
        if !item.isCustom, !item.inGuide { rows += legacyRows }
        return rows
    }

    static let legacyNote = "(from an earlier version of the guide)"
    private static let pencilIsOneColumn = DisplayText.width(of: "✎" as Character) == 1

    /// Laid-out blocks by item, shared by the copies of a document (the cache's and the caller's):
    /// a block is the same whoever lays it out first. Copied before a document changes one of its
    /// blocks (`isKnownUniquelyReferenced`), so a change never shows through another copy.
    final class Blocks: Sendable {
        private let storage: Mutex<[[Line]?]>
        init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }
        init(copying other: Blocks) { storage = Mutex(other.storage.withLock { $0 }) }
        func get(_ index: Int) -> [Line]? { storage.withLock { $0[index] } }
        func set(_ index: Int, _ block: [Line]?) { storage.withLock { $0[index] = block } }
        func replace(_ range: Range<Int>, with blocks: [[Line]?]) {
            storage.withLock { $0.replaceSubrange(range, with: blocks) }
        }
    }

    private mutating func uniqueBlocks() {
        if !isKnownUniquelyReferenced(&blocks) { blocks = Blocks(copying: blocks) }
    }

    /// Heading, paragraphs and the checklist title.
    private static func head(section: WorkbookSection, width: Int, query: String, draft: ItemDraft?,
                             addition: GuideAddition?) -> [Line] {
        var lines: [Line] = []
        func add(_ text: String, _ style: Style, query: String) {
            lines.append(Line(spans: Span.highlighting(text, query: query, style: style)))
        }
        for text in DisplayText.wrap(section.displayName, width: width) {
            add(text, Style(.title, .bold), query: query)
        }
        if !section.inGuide {
            for text in DisplayText.wrap("No longer in the guide — kept because it holds your own things.", width: width) {
                lines.append(Line(spans: [Span(text, Style(.muted, .italic), isAppWording: true)]))
            }
        }
        for paragraph in section.paragraphs {
            lines.append(Line(spans: []))
            for text in DisplayText.wrap(paragraph, width: width) { add(text, .plain, query: query) }
        }
        // Set apart from the guide's words: indented under a bar, in the muted style.
        for paragraph in addition?.paragraphs ?? [] {
            lines.append(Line(spans: []))
            for text in DisplayText.wrap(paragraph, width: max(1, width - 2)) {
                lines.append(Line(spans: [Span("┃ ", Style(.muted), isAppWording: true), Span(text, Style(.muted))]))
            }
        }
        if !section.items.isEmpty || draft != nil {
            lines.append(Line(spans: []))
            lines.append(Line(spans: [Span("Checklist · \(section.done) of \(section.total) done", Style(.muted, .underline),
                                           isAppWording: true)]))
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
            // The pencil is a mark of the app's, drawn in its glyph set; the title is the person's.
            let mark = row == 0 && item.isCustom && text.hasPrefix("✎ ") ? [Span("✎ ", titleStyle, isAppWording: true)] : []
            let words = mark.isEmpty ? text : String(text.dropFirst(2))
            lines.append(Line(spans: [lead] + mark + Span.highlighting(words, query: query, style: titleStyle),
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
            for text in DisplayText.wrap(Self.legacyNote, width: inner) {
                lines.append(Line(spans: [Span(pad), Span(text, Style(.muted, .italic))], item: index))
            }
        }
    }

    /// Adds the item editor to a document built without a draft, exactly where `init` puts it (the
    /// editor lines hold no text: the pane draws the draft over them); false when the item it
    /// belongs to is not in the section.
    mutating func insertEditor(for purpose: ItemDraft.Purpose, items: [ChecklistItem]) -> Bool {
        func shiftBlocks(from first: Int, by delta: Int) {
            lineCount += delta
            guard delta != 0 else { return }
            for index in first..<blockStarts.count { blockStarts[index] += delta }
        }
        switch purpose {
        case .add(after: nil):
            editorLine = head.count
            head.append(Line(spans: [], isEditor: true))
            shiftBlocks(from: 0, by: 1)
        case .add(after: let id?):
            guard let index = items.firstIndex(where: { $0.id == id }) else { return false }
            let end = blockStarts[index] + blockCounts[index]
            uniqueBlocks()
            blocks.set(index, block(at: index) + [Line(spans: []), Line(spans: [], isEditor: true)])
            editorLine = end + 1
            blockCounts[index] += 2
            shiftBlocks(from: index + 1, by: 2)
        case .rename(let id):
            guard let index = items.firstIndex(where: { $0.id == id }), let own = ownLines[index] else { return false }
            var block = block(at: index)
            block.replaceSubrange(own, with: [Line(spans: [], item: index, isItemHead: true, isEditor: true)])
            uniqueBlocks()
            blocks.set(index, block)
            editorLine = blockStarts[index] + own.lowerBound
            blockCounts[index] -= own.count - 1
            ownLines[index] = own.lowerBound...own.lowerBound
            shiftBlocks(from: index + 1, by: 1 - own.count)
        }
        return true
    }

    /// The lines of an item's block, laid out now if no one has read them yet.
    private func block(at index: Int) -> [Line] {
        if let block = blocks.get(index) { return block }
        let block = Self.block(items[index], index: index, width: width, query: query, draft: nil)
        blocks.set(index, block)
        return block
    }

    /// Updates a document built for `old` so it matches `new`, when only items changed in place
    /// (ticks, renames); false when the change is of another kind (items added, removed, moved).
    mutating func patch(from old: WorkbookSection, to new: WorkbookSection, width: Int, query: String) -> Bool {
        guard old.items.count == new.items.count, old.key == new.key, old.kind == new.kind,
              old.number == new.number, old.title == new.title, old.paragraphs == new.paragraphs,
              old.inGuide == new.inGuide, editorLine == nil else { return false }
        for index in new.items.indices where old.items[index].id != new.items[index].id { return false }
        return patch(to: new, changed: new.items.indices.lazy.filter { old.items[$0] != new.items[$0] },
                     width: width, query: query)
    }

    /// Re-lays out the head and the `changed` items for `new`, whose other items are those of the
    /// document; false when the head changed its number of lines.
    mutating func patch(to new: WorkbookSection, changed: some Sequence<Int>, width: Int, query: String) -> Bool {
        guard new.items.count == blockCounts.count, editorLine == nil else { return false }
        let newHead = Self.head(section: new, width: width, query: query, draft: nil, addition: addition)
        guard newHead.count == headCount else { return false }
        head = newHead
        items = new.items
        uniqueBlocks()
        for index in changed {
            let block = Self.block(new.items[index], index: index, width: width, query: query, draft: nil)
            let delta = block.count - blockCounts[index]
            blocks.set(index, block)
            blockCounts[index] = block.count
            ownLines[index] = Self.ownRange(in: block, item: index)
            if delta != 0 {
                lineCount += delta
                for later in (index + 1)..<blockStarts.count { blockStarts[later] += delta }
            }
        }
        return true
    }
}
