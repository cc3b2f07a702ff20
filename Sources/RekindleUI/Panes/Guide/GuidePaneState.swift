import RekindleKit

/// The guide pane's own state: the selected checklist item of each section, the scroll, the inline
/// item editor, the checklist's undo history and the laid-out documents.
struct GuidePaneState: Equatable, Sendable {
    /// The selected item per section key.
    var selection: [String: ItemSelection] = [:]
    /// First visible line, for the selected section.
    var scroll = 0
    /// The inline editor for adding or rewording an item of one's own, while it is open.
    var editor: ItemDraft?
    var undo = ChecklistHistory()
    /// The safety note and where it shows (nil: none for this guide).
    var safetyNotes: SafetyNotes?
    let layout = GuideLayoutCache()
    /// Which items of each section open a tool (`toolLines`), found once per version of its items.
    let toolItems = ToolItems()

    init() {}

    /// The caches are not part of what the pane shows: they only remember work.
    static func == (lhs: GuidePaneState, rhs: GuidePaneState) -> Bool {
        lhs.selection == rhs.selection && lhs.scroll == rhs.scroll && lhs.editor == rhs.editor && lhs.undo == rhs.undo
            && lhs.safetyNotes == rhs.safetyNotes
    }
}

/// A selected checklist item: its id, and the index it had, which finds it at once while the list
/// is unchanged and keeps the place when the item itself is gone.
struct ItemSelection: Equatable, Sendable {
    var id: Int64
    var index: Int

    /// Where the selected item is among `items` now (nil: no items).
    func index(in items: [ChecklistItem]) -> Int? {
        guard !items.isEmpty else { return nil }
        if items.indices.contains(index), items[index].id == id { return index }
        return items.firstIndex { $0.id == id } ?? index.clamped(to: 0...items.count - 1)
    }
}

/// An item being added or reworded in the inline editor.
struct ItemDraft: Equatable, Sendable {
    enum Purpose: Equatable, Sendable {
        /// A new item of one's own, to go after the item with this id (nil: first).
        case add(after: Int64?)
        case rename(itemID: Int64)
    }
    var purpose: Purpose
    var line: LineEditor
    init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.line = LineEditor(text: text)
    }

    /// Two drafts are the same when they would look and save the same (the editor's undo is not compared).
    static func == (lhs: ItemDraft, rhs: ItemDraft) -> Bool {
        lhs.purpose == rhs.purpose && lhs.line.text == rhs.line.text && lhs.line.cursor == rhs.line.cursor
    }
}

extension AppState {
    /// Index of the selected checklist row in the selected section, clamped to its items.
    var itemIndex: Int? {
        guard let section else { return nil }
        guard let selection = panes.guide.selection[section.key] else { return section.items.isEmpty ? nil : 0 }
        return selection.index(in: section.items)
    }

    var selectedChecklistItem: ChecklistItem? {
        guard let section, let itemIndex else { return nil }
        return section.items[itemIndex]
    }

    /// Selects the item at `index` of the section with `sectionKey`.
    mutating func selectItem(_ index: Int, inSection sectionKey: String) {
        guard let items = workbook.sections.first(where: { $0.key == sectionKey })?.items,
              items.indices.contains(index) else { return }
        panes.guide.selection[sectionKey] = ItemSelection(id: items[index].id, index: index)
    }
}
