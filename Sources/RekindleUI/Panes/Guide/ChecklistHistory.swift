import Foundation
import RekindleKit

/// One checklist change, recorded with enough to undo and redo it.
enum ChecklistChange: Equatable, Sendable {
    case tick(sectionKey: String, itemID: Int64, from: Date?, to: Date?)
    case add(sectionKey: String, item: ChecklistItem, index: Int)
    case rename(sectionKey: String, itemID: Int64, from: String, to: String)
    case delete(sectionKey: String, item: ChecklistItem, index: Int)
    case move(sectionKey: String, itemID: Int64, from: Int, to: Int)

    /// What the status line says after undoing or redoing it.
    var summary: String {
        switch self {
        case .tick(_, _, _, let to): to == nil ? "untick" : "tick"
        case .add(_, let item, _): "add “\(item.title)”"
        case .rename(_, _, _, let to): "rename to “\(to)”"
        case .delete(_, let item, _): "delete “\(item.title)”"
        case .move: "move"
        }
    }

    var sectionKey: String {
        switch self {
        case .tick(let key, _, _, _), .add(let key, _, _), .rename(let key, _, _, _),
             .delete(let key, _, _), .move(let key, _, _, _): key
        }
    }

    /// The change that takes this one back.
    var inverse: ChecklistChange {
        switch self {
        case let .tick(key, id, from, to): .tick(sectionKey: key, itemID: id, from: to, to: from)
        case let .add(key, item, index): .delete(sectionKey: key, item: item, index: index)
        case let .rename(key, id, from, to): .rename(sectionKey: key, itemID: id, from: to, to: from)
        case let .delete(key, item, index): .add(sectionKey: key, item: item, index: index)
        case let .move(key, id, from, to): .move(sectionKey: key, itemID: id, from: to, to: from)
        }
    }
}

/// Undo and redo stacks for checklist changes, many steps deep.
struct ChecklistHistory: Equatable, Sendable {
    private(set) var undoStack: [ChecklistChange] = []
    private(set) var redoStack: [ChecklistChange] = []
    /// Enough for a long evening; the oldest changes fall off first.
    static let depth = 200

    init() {}

    /// A new change clears the redo stack, as in every editor.
    mutating func record(_ change: ChecklistChange) {
        undoStack.append(change)
        if undoStack.count > Self.depth { undoStack.removeFirst() }
        redoStack.removeAll()
    }

    mutating func popUndo() -> ChecklistChange? {
        guard let change = undoStack.popLast() else { return nil }
        redoStack.append(change)
        return change
    }

    mutating func popRedo() -> ChecklistChange? {
        guard let change = redoStack.popLast() else { return nil }
        undoStack.append(change)
        return change
    }
}
