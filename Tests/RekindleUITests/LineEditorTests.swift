import Testing
@testable import RekindleUI
import RekindleKit

@Suite struct LineEditorTests {
    @Test func startsAtTheEndAndKeepsOneLine() {
        var editor = LineEditor(text: "Call\nher")
        #expect(editor.text == "Call her")
        #expect(editor.cursor == 8)
        editor.insert("\tback\r\n")
        #expect(editor.text == "Call her back ")
    }

    @Test func editsAndMovesByGrapheme() {
        var editor = LineEditor(text: "a漢👍🏽")
        editor.moveLeft()
        editor.deleteBackward()
        #expect(editor.text == "a👍🏽")
        editor.moveHome()
        editor.deleteForward()
        #expect(editor.text == "👍🏽")
        editor.moveEnd()
        editor.insert("e")
        editor.insert("\u{301}")
        #expect(editor.text == "👍🏽e\u{301}")
        #expect(editor.cursor == 2)
    }

    @Test func wordMovesAndUndo() {
        var editor = LineEditor(text: "write a letter")
        editor.moveWordLeft()
        #expect(editor.cursor == 8)
        editor.moveWordLeft()
        editor.moveWordRight()
        #expect(editor.cursor == 7)
        editor.insert("nother")
        #expect(editor.text == "write another letter")
        editor.undo()
        #expect(editor.text == "write a letter")
    }

    @Test func shortTextIsShownWhole() {
        let editor = LineEditor(text: "hi")
        let slice = editor.visibleSlice(width: 10)
        #expect(slice.text == "hi")
        #expect(slice.cursorX == 2)
    }

    @Test func scrollsByHalfAWidthToKeepTheCursorVisible() {
        var editor = LineEditor(text: "abcdefghijkl")
        let end = editor.visibleSlice(width: 8)
        #expect(end.text == "ijkl")
        #expect(end.cursorX == 4)
        editor.moveHome()
        let start = editor.visibleSlice(width: 8)
        #expect(start.text == "abcdefgh")
        #expect(start.cursorX == 0)
    }

    @Test func sliceNeverCutsAWideCharacterAndCursorStaysInside() {
        var editor = LineEditor(text: "漢字かな漢字かな漢字")
        for width in 1...12 {
            editor.moveEnd()
            for _ in 0...10 {
                let slice = editor.visibleSlice(width: width)
                #expect(slice.cursorX >= 0 && slice.cursorX < width, "width \(width)")
                #expect(DisplayText.width(of: slice.text) <= width)
                editor.moveLeft()
            }
        }
    }

    @Test func controlsInTitlesAreDrawnAsStandIns() {
        let editor = LineEditor(text: "a\u{1B}b")
        #expect(editor.visibleSlice(width: 10).text == "a␛b")
    }
}
