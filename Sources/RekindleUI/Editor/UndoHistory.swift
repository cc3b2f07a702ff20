/// Undo and redo steps for a `TextBuffer`. A step is a group of splices undone together: a run of
/// typed characters up to a word boundary, a run of deletions, one paste, or one deletion of a
/// word or a line part.
struct UndoHistory {
    /// What kind of edit a group collects, so the next edit knows whether it may join it.
    enum Kind: Equatable {
        case typing
        case deletingBackward
        case deletingForward
        case block
    }

    struct Group {
        var kind: Kind
        var changes: [GraphemeSplice.Change]
        var cursorBefore: TextPosition
        var cursorAfter: TextPosition
    }

    /// Oldest groups are forgotten beyond this depth.
    static let maximumDepth = 10_000

    private(set) var done: [Group] = []
    private(set) var undone: [Group] = []
    /// The group the next edit of the same kind may extend; nil after a move, undo or save.
    private var isOpen = false

    /// Records a splice; `extendsGroup` tells whether it may join the open group of the same kind.
    mutating func record(_ change: GraphemeSplice.Change, kind: Kind, extendsGroup: Bool,
                         cursorBefore: TextPosition, cursorAfter: TextPosition) {
        undone.removeAll()
        if isOpen, extendsGroup, let last = done.indices.last, done[last].kind == kind {
            done[last].changes.append(change)
            done[last].cursorAfter = cursorAfter
        } else {
            done.append(Group(kind: kind, changes: [change],
                              cursorBefore: cursorBefore, cursorAfter: cursorAfter))
            if done.count > Self.maximumDepth { done.removeFirst(done.count - Self.maximumDepth) }
        }
        isOpen = kind != .block
    }

    /// Ends the open group so the next edit starts a new undo step.
    mutating func closeGroup() {
        isOpen = false
    }

    mutating func popUndo() -> Group? {
        isOpen = false
        guard let group = done.popLast() else { return nil }
        undone.append(group)
        return group
    }

    mutating func popRedo() -> Group? {
        isOpen = false
        guard let group = undone.popLast() else { return nil }
        done.append(group)
        return group
    }
}
