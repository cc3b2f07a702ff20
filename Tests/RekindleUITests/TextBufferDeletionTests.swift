import Testing
@testable import RekindleUI

/// The readline/nano deletions: the word before the cursor (Alt-Backspace, Ctrl-Backspace,
/// Ctrl-W), to the line start (Ctrl-U) and to the line end (Ctrl-K); each one undo step.
@Suite struct TextBufferDeletionTests {
    private func undone(_ buffer: inout TextBuffer) -> Bool { buffer.undo() }
    private func redone(_ buffer: inout TextBuffer) -> Bool { buffer.redo() }

    @Test func wordBeforeTheCursorGoesWithTheSpacesAfterIt() {
        var buffer = TextBuffer(text: "I miss him, so much  ")
        buffer.moveToEnd()
        buffer.deleteWordBackward()
        #expect(buffer.text == "I miss him, so ")
        buffer.deleteWordBackward()
        #expect(buffer.text == "I miss him, ")
        buffer.deleteWordBackward()
        #expect(buffer.text == "I miss ")
        #expect(buffer.cursor == TextPosition(line: 0, column: 7))
    }

    @Test func wordInTheMiddleKeepsWhatFollows() {
        var buffer = TextBuffer(text: "café漢字 later")
        for _ in 0..<6 { buffer.moveRight() }
        buffer.deleteWordBackward()
        #expect(buffer.text == " later")
        #expect(buffer.cursor == TextPosition(line: 0, column: 0))
    }

    @Test func atALineStartOnlyTheLineBreakGoes() {
        var buffer = TextBuffer(text: "first words\nsecond")
        buffer.moveDown(width: 80)
        buffer.moveLineStart()
        buffer.deleteWordBackward()
        #expect(buffer.text == "first wordssecond")
        #expect(buffer.cursor == TextPosition(line: 0, column: 11))
    }

    @Test func toTheLineStartAndEndStayOnTheLogicalLine() {
        var buffer = TextBuffer(text: "one\ntwo three four\nfive")
        buffer.moveDown(width: 80)
        buffer.moveLineStart()
        for _ in 0..<4 { buffer.moveRight() }
        buffer.deleteToLineEnd()
        #expect(buffer.text == "one\ntwo \nfive")
        buffer.deleteToLineStart()
        #expect(buffer.text == "one\n\nfive")
        #expect(buffer.cursor == TextPosition(line: 1, column: 0))
        buffer.deleteToLineStart() // nothing before the cursor on this line: nothing happens
        #expect(buffer.text == "one\n\nfive")
        buffer.deleteToLineEnd() // at a line end, Ctrl-K joins the next line (as in Emacs and nano)
        #expect(buffer.text == "one\nfive")
    }

    @Test func eachDeletionIsOneUndoStepAndRedoes() {
        var buffer = TextBuffer()
        TextBufferEditingTests.typing("write a letter", into: &buffer)
        let changes = buffer.changeCount
        buffer.deleteWordBackward()
        buffer.deleteWordBackward()
        #expect(buffer.text == "write ")
        #expect(buffer.changeCount == changes + 2)
        #expect(undone(&buffer))
        #expect(buffer.text == "write a ")
        #expect(undone(&buffer))
        #expect(buffer.text == "write a letter")
        #expect(buffer.cursor == TextPosition(line: 0, column: 14))
        #expect(redone(&buffer))
        #expect(buffer.text == "write a ")
        buffer.deleteToLineStart()
        #expect(buffer.text == "")
        #expect(undone(&buffer))
        #expect(buffer.text == "write a ")
    }

    @Test func nothingToDeleteChangesNothing() {
        var buffer = TextBuffer(text: "end")
        buffer.deleteWordBackward()
        buffer.deleteToLineStart()
        buffer.moveToEnd()
        buffer.deleteToLineEnd()
        #expect(buffer.text == "end")
        #expect(buffer.changeCount == 0)
        #expect(!undone(&buffer))
    }

    @Test func theLineEditorDeletesTheSameWaysAndUndoes() {
        var editor = LineEditor(text: "Call my sister")
        editor.deleteWordBackward()
        #expect(editor.text == "Call my ")
        editor.moveLeft()
        editor.moveLeft()
        editor.deleteToEnd()
        #expect(editor.text == "Call m")
        editor.moveLeft()
        editor.deleteToStart()
        #expect(editor.text == "m")
        #expect(editor.cursor == 0)
        editor.undo()
        #expect(editor.text == "Call m")
        editor.undo()
        editor.undo()
        #expect(editor.text == "Call my sister")
    }
}
