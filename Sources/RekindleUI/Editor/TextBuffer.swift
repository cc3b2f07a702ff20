/// The notes editor's document: lines of grapheme clusters, a cursor, and undo history.
///
/// Lines are stored one string each (`GraphemeLines`) so a keystroke touches one line (O(line length)),
/// never the whole document; `text` joins everything and is meant for saving only. Every edit goes through one
/// splice that keeps graphemes segmented as Swift would segment the joined text (typing U+0301 after
/// "e" yields one grapheme "é"). Vertical moves and layout are by soft-wrapped rows; see
/// `TextBuffer+Vertical.swift` and `TextLayout`.
struct TextBuffer: Sendable {
    private(set) var lines: GraphemeLines
    var cursor: TextPosition
    /// Bumped by every change to the text (edits, undo, redo): a cheap "something changed" signal
    /// for autosave.
    private(set) var changeCount = 0
    /// Display column that vertical moves try to keep; nil once the cursor moves sideways or edits.
    var preferredX: Int?
    var history = UndoHistory()
    private var lastTypedWasWhitespace = false

    /// A buffer holding `text` ("\r\n" and "\r" become "\n"), cursor at the start, nothing to undo.
    init(text: String = "") {
        lines = GraphemeLines(Self.normalizingLineBreaks(text)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init))
        cursor = TextPosition(line: 0, column: 0)
    }

    /// The whole document, lines joined with "\n". O(document): call it to save, not per keystroke.
    var text: String {
        lines.text
    }

    /// The position after the last grapheme of the document.
    var endPosition: TextPosition {
        TextPosition(line: lines.count - 1, column: lines.count(ofLine: lines.count - 1))
    }

    // MARK: Editing

    /// Inserts typed or pasted text at the cursor. A single typed grapheme joins the current undo
    /// step until a word ends (whitespace followed by non-whitespace); anything longer is one step.
    mutating func insert(_ text: String) {
        let text = Self.normalizingLineBreaks(text)
        guard !text.isEmpty else { return }
        if text.count == 1, let typed = text.first {
            let extendsGroup = !(lastTypedWasWhitespace && !typed.isWhitespace)
            apply(from: cursor, to: cursor, with: text, kind: .typing, extendsGroup: extendsGroup)
            lastTypedWasWhitespace = typed.isWhitespace
        } else {
            apply(from: cursor, to: cursor, with: text, kind: .block, extendsGroup: false)
        }
    }

    /// Deletes the grapheme before the cursor, joining lines at a line start.
    mutating func deleteBackward() {
        guard let previous = position(before: cursor) else { return }
        apply(from: previous, to: cursor, with: "", kind: .deletingBackward, extendsGroup: true)
    }

    /// Deletes the grapheme after the cursor, joining lines at a line end.
    mutating func deleteForward() {
        guard let next = position(after: cursor) else { return }
        apply(from: cursor, to: next, with: "", kind: .deletingForward, extendsGroup: true)
    }

    /// Reverts the last undo step; returns false when there is nothing to undo.
    @discardableResult
    mutating func undo() -> Bool {
        guard let group = history.popUndo() else { return false }
        for change in group.changes.reversed() {
            _ = GraphemeSplice.splice(&lines, from: change.start, to: change.insertedEnd, with: change.removed)
        }
        didChange(cursor: group.cursorBefore)
        return true
    }

    /// Re-applies the last undone step; returns false when there is nothing to redo.
    @discardableResult
    mutating func redo() -> Bool {
        guard let group = history.popRedo() else { return false }
        for change in group.changes {
            _ = GraphemeSplice.splice(&lines, from: change.start, to: change.removedEnd, with: change.inserted)
        }
        didChange(cursor: group.cursorAfter)
        return true
    }

    mutating func apply(from start: TextPosition, to end: TextPosition, with replacement: String,
                                kind: UndoHistory.Kind, extendsGroup: Bool) {
        let before = cursor
        let change = GraphemeSplice.splice(&lines, from: start, to: end, with: replacement)
        history.record(change, kind: kind, extendsGroup: extendsGroup, cursorBefore: before,
                       cursorAfter: change.caret)
        didChange(cursor: change.caret)
    }

    private mutating func didChange(cursor newCursor: TextPosition) {
        cursor = newCursor
        preferredX = nil
        changeCount += 1
    }

    /// Puts the cursor at `position` and ends the current undo step: every cursor move does this.
    mutating func moved(to position: TextPosition) {
        cursor = position
        history.closeGroup()
        lastTypedWasWhitespace = false
    }

    static func normalizingLineBreaks(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        return text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }
}
