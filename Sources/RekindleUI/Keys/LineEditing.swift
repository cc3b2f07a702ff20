/// The keys of a one-line field (an item being named, a tool's field): one mapping from actions to
/// edits, so every field edits alike.
extension LineEditor {
    /// Applies an editing action, or inserts a typed character; false for a key that is neither.
    @discardableResult
    mutating func perform(_ action: Action?, key: Key) -> Bool {
        switch action {
        case .cursorLeft: moveLeft()
        case .cursorRight: moveRight()
        case .lineStart: moveHome()
        case .lineEnd: moveEnd()
        case .wordLeft: moveWordLeft()
        case .wordRight: moveWordRight()
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .deleteWordBackward: deleteWordBackward()
        case .deleteToLineStart: deleteToStart()
        case .deleteToLineEnd: deleteToEnd()
        case .undo: undo()
        case .redo: redo()
        default:
            guard case .char(let character) = key else { return false }
            insert(String(character))
        }
        return true
    }
}
