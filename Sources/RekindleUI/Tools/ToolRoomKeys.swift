import Foundation
import RekindleKit

/// Opening a tool from its item, and the keys of a room: its field or the drafts' editor first,
/// then the room's own keys, then those every room shares.
extension AppState {
    /// The tool of the selected checklist item, if the guide attaches one.
    var selectedItemTool: GuideTool? {
        guard focus == .guide, let section, let index = itemIndex, section.items.indices.contains(index),
              let key = section.items[index].key else { return nil }
        return tools.itemTools[key]
    }

    /// Enter on an item: its tool, or a tick for an item without one.
    mutating func openSelectedItemTool(now: Date) -> [Effect] {
        guard let tool = selectedItemTool else { return toggleSelectedItem(now: now) }
        return openTool(tool)
    }

    mutating func openTool(_ tool: GuideTool) -> [Effect] {
        guard ToolRooms.room(tool) != nil else { return [.loadSupport] }
        overlay = .tool(tool)
        tools.field = nil
        return tools.isLoaded || tools.isReading ? [] : readToolsIfNeeded()
    }

    /// Read on the first idle tick (or when a room opens first), not before the first frame.
    mutating func readToolsIfNeeded() -> [Effect] {
        guard !tools.isLoaded, !tools.isReading else { return [] }
        tools.isReading = true
        return [.loadTools]
    }

    mutating func handleToolKey(_ key: Key, action: Action?, tool: GuideTool, now: Date) -> [Effect] {
        if panes.journal.isWriting { return handleEntryEditorKey(key, action: action, now: now) }
        if let field = tools.field { return handleToolFieldKey(key, action: action, field: field, now: now) }
        guard let action, let room = ToolRooms.room(tool) else { return [] }
        switch action {
        case .cancel: overlay = nil
        case .help: overlay = .help(scroll: 0, returnTo: .tool(tool))
        case .down: tools[tool].move(by: 1)
        case .up: tools[tool].move(by: -1)
        case .first: tools[tool].move(by: -Int.max / 2)
        case .last: tools[tool].move(by: Int.max / 2)
        case .deleteEntry: return deleteSelected(of: tool, name: room.entryName)
        case .undo: return restoreDeleted(of: tool)
        default: return room.perform(action, in: &self, now: now)
        }
        return []
    }

    /// Soft delete: the entry leaves the list at once and u brings it back.
    private mutating func deleteSelected(of tool: GuideTool, name kind: String) -> [Effect] {
        guard let entry = tools[tool].selectedEntry else { return [] }
        if let draft = panes.journal.draft, draft.entryID == entry.id {
            guard !draft.document.isUnsaved else {
                message = StatusMessage("This draft's newest words are not saved yet (they are kept here); delete it once they are")
                return []
            }
            panes.journal.draft = nil
        }
        tools[tool].remove(id: entry.id)
        tools[tool].deleted.insert(entry, at: 0)
        let day = tools.calendar.day(of: entry.at)
        let name = DayName.name(of: day, today: tools.today, calendar: tools.calendar)
        let when = tools.calendar.days(from: day, to: tools.today) <= 1 ? "from " + name.lowercased() : "of " + name
        message = StatusMessage("Deleted the \(kind) \(when) · \(key(for: .undo, in: .toolRoom)) brings it back")
        return [.deleteEntry(id: entry.id)]
    }

    private mutating func restoreDeleted(of tool: GuideTool) -> [Effect] {
        guard !tools[tool].deleted.isEmpty else {
            message = StatusMessage("Nothing deleted to bring back")
            return []
        }
        let entry = tools[tool].deleted.removeFirst()
        tools[tool].put(entry)
        tools[tool].select(id: entry.id)
        message = StatusMessage("Brought it back")
        return [.restoreEntry(id: entry.id)]
    }

    /// The tools' read: what they keep, as the store holds it.
    mutating func takeTools(_ snapshot: ToolsSnapshot) {
        tools.take(snapshot)
    }

    /// A contact, win or goal the store added.
    mutating func toolEntryAdded(_ entry: Entry) {
        guard let tool = ToolsState.tool(keeping: entry.kind) else { return }
        tools[tool].put(entry)
        tools[tool].select(id: entry.id)
        switch entry.kind {
        case .contact: message = StatusMessage(ToolWording.contactLogged)
        case .win: message = StatusMessage("Kept your win")
        case .goal: message = StatusMessage("Kept your goal")
        default: break
        }
    }
}
