import Foundation
import RekindleKit

/// One checklist change, recorded with enough to undo and redo it.
enum ChecklistChange: Equatable, Sendable {
    case tick(sectionKey: String, itemID: Int64, from: Date?, to: Date?)
    case add(sectionKey: String, item: ChecklistItem, index: Int)
    case rename(sectionKey: String, itemID: Int64, from: String, to: String)
    case delete(sectionKey: String, item: ChecklistItem, index: Int)
    case move(sectionKey: String, itemID: Int64, from: Int, to: Int)

    /// What the status line says after undoing (or redoing) it, naming the item by `title`:
    /// "Undid: ticked “Give It Time”", "Undid rename — back to “Call Sam”".
    func message(undone: Bool, title: String) -> String {
        let verb = undone ? "Undid" : "Redid"
        switch self {
        case let .rename(_, _, from, to): return undone ? "Undid rename — back to “\(from)”" : "Redid rename — now “\(to)”"
        case .tick(_, _, _, let to): return "\(verb): \(to == nil ? "unticked" : "ticked") “\(title)”"
        case .add: return "\(verb): added “\(title)”"
        case .delete: return "\(verb): deleted “\(title)”"
        case let .move(_, _, from, to): return "\(verb): moved “\(title)” \(to > from ? "down" : "up")"
        }
    }

    /// The item the change is about, as far as the change itself knows.
    var itemID: Int64 {
        switch self {
        case .tick(_, let id, _, _), .rename(_, let id, _, _), .move(_, let id, _, _): id
        case .add(_, let item, _), .delete(_, let item, _): item.id
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

/// Undo and redo stacks for checklist changes, many steps deep. Undo acts where the person is: each
/// section's changes are undone and redone on their own.
struct ChecklistHistory: Equatable, Sendable {
    private(set) var undoStack: [ChecklistChange] = []
    private(set) var redoStack: [ChecklistChange] = []
    /// Enough for a long evening; the oldest changes fall off first.
    static let depth = 200

    init() {}

    /// A new change clears what could be redone in its section, as in every editor.
    mutating func record(_ change: ChecklistChange) {
        undoStack.append(change)
        if undoStack.count > Self.depth { undoStack.removeFirst() }
        redoStack.removeAll { $0.sectionKey == change.sectionKey }
    }

    /// The last change in a section, moved to the redo stack.
    mutating func popUndo(inSection key: String) -> ChecklistChange? {
        Self.move(lastIn: key, from: &undoStack, to: &redoStack)
    }

    /// The last undone change in a section, moved back to the undo stack.
    mutating func popRedo(inSection key: String) -> ChecklistChange? {
        Self.move(lastIn: key, from: &redoStack, to: &undoStack)
    }

    private static func move(lastIn key: String, from source: inout [ChecklistChange],
                             to target: inout [ChecklistChange]) -> ChecklistChange? {
        guard let index = source.lastIndex(where: { $0.sectionKey == key }) else { return nil }
        let change = source.remove(at: index)
        target.append(change)
        return change
    }
}
