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
        undo.record(change)
        return apply(change)
    }

    mutating func startAddingItem() {
        guard focus == .guide, section != nil else { return }
        mode = .itemEditor(ItemDraft(purpose: .add(after: selectedChecklistItem?.id)))
        revealSelectedItem()
    }

    mutating func startRenamingItem() {
        guard let item = selectedChecklistItem else { return }
        guard item.isCustom else {
            status = StatusMessage("Items from the guide can't be reworded — press a to add one of your own", isWarning: true)
            return
        }
        mode = .itemEditor(ItemDraft(purpose: .rename(itemID: item.id), text: item.title))
        revealSelectedItem()
    }

    mutating func deleteSelectedItem() -> [Effect] {
        guard let section, let index = itemIndex, let item = selectedChecklistItem else { return [] }
        guard item.isCustom else {
            status = StatusMessage("Items from the guide can't be deleted — they are part of the guide", isWarning: true)
            return []
        }
        let change = ChecklistChange.delete(sectionKey: section.key, item: item, index: index)
        undo.record(change)
        status = StatusMessage("Deleted “\(item.title)” — u brings it back")
        return apply(change)
    }

    mutating func moveSelectedItem(by delta: Int) -> [Effect] {
        guard let section, let index = itemIndex, let item = selectedChecklistItem else { return [] }
        let target = index + delta
        guard section.items.indices.contains(target) else { return [] }
        let change = ChecklistChange.move(sectionKey: section.key, itemID: item.id, from: index, to: target)
        undo.record(change)
        return apply(change)
    }

    mutating func undoChecklist() -> [Effect] {
        guard let change = undo.popUndo() else {
            status = StatusMessage("Nothing to undo")
            return []
        }
        status = StatusMessage("Undid: \(change.summary)")
        return apply(change.inverse)
    }

    mutating func redoChecklist() -> [Effect] {
        guard let change = undo.popRedo() else {
            status = StatusMessage("Nothing to redo")
            return []
        }
        status = StatusMessage("Redid: \(change.summary)")
        return apply(change)
    }

    /// Keys of the inline item editor: Enter saves, Esc cancels, the rest edits the line.
    mutating func handleItemEditorKey(_ key: Key, action: Action?, draft: ItemDraft, now: Date) -> [Effect] {
        var draft = draft
        switch action {
        case .confirm:
            mode = .browsing
            return commit(draft)
        case .cancel: mode = .browsing
        case .cursorLeft: draft.line.moveLeft()
        case .cursorRight: draft.line.moveRight()
        case .lineStart: draft.line.moveHome()
        case .lineEnd: draft.line.moveEnd()
        case .wordLeft: draft.line.moveWordLeft()
        case .wordRight: draft.line.moveWordRight()
        case .deleteBackward: draft.line.deleteBackward()
        case .deleteForward: draft.line.deleteForward()
        case .deleteWordBackward: draft.line.deleteWordBackward()
        case .deleteToLineStart: draft.line.deleteToStart()
        case .deleteToLineEnd: draft.line.deleteToEnd()
        case .undo: draft.line.undo()
        case .redo: draft.line.redo()
        default: if case .char(let character) = key { draft.line.insert(String(character)) }
        }
        if mode != .browsing { mode = .itemEditor(draft) }
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
            undo.record(change)
            return apply(change)
        }
    }

    /// The store gave the new item its id: show it below the one it was added after, and select it.
    mutating func insertAddedItem(_ item: ChecklistItem, sectionKey: String, after: Int64?) {
        guard let sectionIndex = workbook.sections.firstIndex(where: { $0.key == sectionKey }) else { return }
        let items = workbook.sections[sectionIndex].items
        let index = after.flatMap { id in items.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0
        workbook.sections[sectionIndex].items.insert(item, at: index)
        selectedItem[sectionKey] = index
        undo.record(.add(sectionKey: sectionKey, item: item, index: index))
        revealSelectedItem()
    }

    /// Makes a change visible in the state and returns the store writes that persist it.
    mutating func apply(_ change: ChecklistChange) -> [Effect] {
        guard let sectionIndex = workbook.sections.firstIndex(where: { $0.key == change.sectionKey }) else { return [] }
        selectSection(sectionIndex)
        focus = .guide
        // A tick or a rename changes one item in place. Every other holder of the items array lets go
        // of it first (the guide pane's cached layout, the workbook), so that change does not copy
        // the whole array (about 1 ms a tick for 10,000 items); the layout gets the item back after.
        var detached: GuideDocument.Detached?
        switch change {
        case .tick, .rename: detached = GuideDocument.detach(workbook.sections[sectionIndex])
        default: break
        }
        var changedItem: Int?
        var items = workbook.sections[sectionIndex].items
        workbook.sections[sectionIndex].items = []
        defer {
            workbook.sections[sectionIndex].items = items
            if let detached, let changedItem {
                GuideDocument.reattach(detached, section: workbook.sections[sectionIndex], changedItem: changedItem)
            }
            revealSelectedItem()
        }
        let key = change.sectionKey
        switch change {
        case let .tick(_, id, _, to):
            guard let index = items.firstIndex(where: { $0.id == id }) else { return [] }
            changedItem = index
            items[index].doneAt = to
            selectedItem[key] = index
            return [.setDone(itemID: id, doneAt: to)]
        case let .add(_, item, index):
            let position = min(index, items.count)
            items.insert(item, at: position)
            selectedItem[key] = position
            return [.restoreItem(id: item.id), .reorder(sectionKey: key, itemIDs: items.map(\.id))]
        case let .rename(_, id, _, to):
            guard let index = items.firstIndex(where: { $0.id == id }) else { return [] }
            changedItem = index
            items[index].title = to
            selectedItem[key] = index
            return [.renameItem(id: id, title: to)]
        case let .delete(_, item, _):
            guard let index = items.firstIndex(where: { $0.id == item.id }) else { return [] }
            items.remove(at: index)
            selectedItem[key] = max(0, min(index, items.count - 1))
            return [.deleteItem(id: item.id)]
        case let .move(_, id, _, to):
            guard let index = items.firstIndex(where: { $0.id == id }) else { return [] }
            let target = to.clamped(to: 0...items.count - 1)
            items.insert(items.remove(at: index), at: target)
            selectedItem[key] = target
            return [.reorder(sectionKey: key, itemIDs: items.map(\.id))]
        }
    }
}
