import Foundation
import RekindleKit

/// Ticking, adding, rewording, deleting and moving checklist items. Every change shows at once,
/// is persisted through an effect, and is recorded for undo.
extension AppState {
    mutating func toggleSelectedItem(now: Date) -> [Effect] {
        // The key only: a copy of the section kept alive here would make the tick copy its items.
        guard let key = section?.key, let item = selectedChecklistItem else { return [] }
        let change = ChecklistChange.tick(sectionKey: key, itemID: item.id, from: item.doneAt,
                                          to: item.isDone ? nil : now)
        panes.guide.undo.record(change)
        return apply(change)
    }

    mutating func startAddingItem() {
        guard focus == .guide, section != nil else { return }
        panes.guide.editor = ItemDraft(purpose: .add(after: selectedChecklistItem?.id))
        revealSelectedItem()
    }

    mutating func startRenamingItem() {
        guard let item = selectedChecklistItem else { return }
        guard item.isCustom else {
            message = StatusMessage("Items from the guide can't be reworded — press \(key(for: .addItem, in: .guide)) to add one of your own")
            return
        }
        panes.guide.editor = ItemDraft(purpose: .rename(itemID: item.id), text: item.title)
        revealSelectedItem()
    }

    mutating func deleteSelectedItem() -> [Effect] {
        guard let section, let index = itemIndex, let item = selectedChecklistItem else { return [] }
        guard item.isCustom else {
            message = StatusMessage("Items from the guide can't be deleted — they are part of the guide")
            return []
        }
        let change = ChecklistChange.delete(sectionKey: section.key, item: item, index: index)
        panes.guide.undo.record(change)
        message = StatusMessage("Deleted “\(item.title)” — \(key(for: .undo, in: .global)) brings it back")
        return apply(change)
    }

    mutating func moveSelectedItem(by delta: Int) -> [Effect] {
        guard let section, let index = itemIndex, let item = selectedChecklistItem else { return [] }
        let target = index + delta
        guard section.items.indices.contains(target) else { return [] }
        let change = ChecklistChange.move(sectionKey: section.key, itemID: item.id, from: index, to: target)
        panes.guide.undo.record(change)
        return apply(change)
    }

    /// Undoes the shown section's last checklist change (never one made elsewhere, out of sight).
    mutating func undoChecklist() -> [Effect] { stepThroughChecklistHistory(undoing: true) }

    mutating func redoChecklist() -> [Effect] { stepThroughChecklistHistory(undoing: false) }

    private mutating func stepThroughChecklistHistory(undoing: Bool) -> [Effect] {
        guard let section else { return [] }
        let change = undoing ? panes.guide.undo.popUndo(inSection: section.key) : panes.guide.undo.popRedo(inSection: section.key)
        guard let change else {
            message = StatusMessage("Nothing to \(undoing ? "undo" : "redo") in \(section.shortName)")
            return []
        }
        message = StatusMessage(change.message(undone: undoing, title: title(of: change, in: section)))
        return apply(undoing ? change.inverse : change)
    }

    /// The item's title as the person sees it now.
    private func title(of change: ChecklistChange, in section: WorkbookSection) -> String {
        switch change {
        case .add(_, let item, _), .delete(_, let item, _): item.title
        default: section.items.first { $0.id == change.itemID }?.title ?? "an item"
        }
    }

    /// Keys of the inline item editor: Enter saves, Esc cancels, the rest edits the line.
    mutating func handleItemEditorKey(_ key: Key, action: Action?, draft: ItemDraft) -> [Effect] {
        var draft = draft
        switch action {
        case .confirm:
            panes.guide.editor = nil
            return commit(draft)
        case .cancel:
            panes.guide.editor = nil
            return []
        default: draft.line.perform(action, key: key)
        }
        panes.guide.editor = draft
        return []
    }

    /// An added item needs its id from the store, so it appears when `itemAdded` comes back.
    private mutating func commit(_ draft: ItemDraft) -> [Effect] {
        let title = draft.line.text.trimmingCharacters(in: .whitespaces)
        guard let section, !title.isEmpty else { return [] }
        switch draft.purpose {
        case .add(let after):
            return [.addItem(sectionKey: section.key, title: title, after: after)]
        case .rename(let id):
            guard let item = section.items.first(where: { $0.id == id }), item.title != title else { return [] }
            let change = ChecklistChange.rename(sectionKey: section.key, itemID: id, from: item.title, to: title)
            panes.guide.undo.record(change)
            return apply(change)
        }
    }

    /// The store gave the new item its id: show it below the one it was added after, and select it.
    mutating func insertAddedItem(_ item: ChecklistItem, sectionKey: String, after: Int64?) {
        guard let sectionIndex = workbook.sections.firstIndex(where: { $0.key == sectionKey }) else { return }
        let items = workbook.sections[sectionIndex].items
        let index = after.flatMap { id in items.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0
        workbook.sections[sectionIndex].items.insert(item, at: index)
        panes.guide.selection[sectionKey] = ItemSelection(id: item.id, index: index)
        panes.guide.undo.record(.add(sectionKey: sectionKey, item: item, index: index))
        revealSelectedItem()
    }

    /// Makes a change visible in the state and returns the store writes that persist it.
    mutating func apply(_ change: ChecklistChange) -> [Effect] {
        guard let sectionIndex = workbook.sections.firstIndex(where: { $0.key == change.sectionKey }) else { return [] }
        selectSection(sectionIndex)
        focus = .guide
        defer { revealSelectedItem() }
        let key = change.sectionKey
        let layout = panes.guide.layout
        func select(_ index: Int) {
            let items = workbook.sections[sectionIndex].items
            if items.indices.contains(index) { panes.guide.selection[key] = ItemSelection(id: items[index].id, index: index) }
        }
        func index(of id: Int64) -> Int? { workbook.sections[sectionIndex].items.firstIndex { $0.id == id } }
        switch change {
        case let .tick(_, id, _, to):
            guard let index = index(of: id) else { return [] }
            layout.changeItem(at: index, of: &workbook.sections[sectionIndex]) { $0.doneAt = to }
            select(index)
            return [.setDone(itemID: id, doneAt: to)]
        case let .rename(_, id, _, to):
            guard let index = index(of: id) else { return [] }
            layout.changeItem(at: index, of: &workbook.sections[sectionIndex]) { $0.title = to }
            select(index)
            return [.renameItem(id: id, title: to)]
        case let .add(_, item, index):
            let position = min(index, workbook.sections[sectionIndex].items.count)
            workbook.sections[sectionIndex].items.insert(item, at: position)
            select(position)
            return [.restoreItem(id: item.id), .reorder(sectionKey: key, itemIDs: workbook.sections[sectionIndex].items.map(\.id))]
        case let .delete(_, item, _):
            guard let index = index(of: item.id) else { return [] }
            workbook.sections[sectionIndex].items.remove(at: index)
            select(max(0, min(index, workbook.sections[sectionIndex].items.count - 1)))
            return [.deleteItem(id: item.id)]
        case let .move(_, id, _, to):
            guard let index = index(of: id) else { return [] }
            let target = to.clamped(to: 0...workbook.sections[sectionIndex].items.count - 1)
            workbook.sections[sectionIndex].items.insert(workbook.sections[sectionIndex].items.remove(at: index), at: target)
            select(target)
            return [.reorder(sectionKey: key, itemIDs: workbook.sections[sectionIndex].items.map(\.id))]
        }
    }

    /// A tick the store refused is taken back, so the screen never claims progress that is not stored.
    mutating func revertFailedTick(_ effect: Effect) {
        guard case let .setDone(id, _) = effect,
              case let .tick(_, _, from, _)? = panes.guide.undo.undoStack.last(where: {
                  if case .tick(_, id, _, _) = $0 { true } else { false }
              }) else { return }
        for section in workbook.sections.indices {
            if let index = workbook.sections[section].items.firstIndex(where: { $0.id == id }) {
                workbook.sections[section].items[index].doneAt = from
            }
        }
    }
}
