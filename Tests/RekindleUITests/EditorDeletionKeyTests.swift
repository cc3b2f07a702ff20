import Testing
import RekindleKit
@testable import RekindleUI

/// Alt-Backspace, Ctrl-Backspace, Ctrl-W, Ctrl-U and Ctrl-K through the key table: both editors
/// delete and stay open, and Ctrl-Z brings the words back (issue 9, item 1).
@Suite struct EditorDeletionKeyTests {
    private func handle(_ app: AppController, _ keys: [Key]) {
        for key in keys { _ = app.handle(.key(key), now: t0) }
    }

    private func typed(_ text: String) -> [Key] { text.map { .char($0) } }

    private func itemText(_ app: AppController) -> String? {
        app.state.panes.guide.editor?.line.text
    }

    @Test func theItemEditorDeletesWordsAndLinePartsAndStaysOpen() {
        let app = AppController(workbook: sampleWorkbook(), store: FakeStore(), size: Size(width: 120, height: 40))
        handle(app, [.char("1"), .tab, .char("a")] + typed("Call my sister now"))
        handle(app, [.altBackspace])
        #expect(itemText(app) == "Call my sister ")
        handle(app, [.ctrlBackspace])
        #expect(itemText(app) == "Call my ")
        handle(app, [.ctrl("w")])
        #expect(itemText(app) == "Call ")
        handle(app, [.ctrl("z")])
        #expect(itemText(app) == "Call my ")
        handle(app, [.left, .left, .left, .ctrl("k")])
        #expect(itemText(app) == "Call ")
        handle(app, [.left, .ctrl("u")])
        #expect(itemText(app) == " ")
        handle(app, [.ctrl("z"), .ctrl("z")])
        #expect(itemText(app) == "Call my ")
        handle(app, [.ctrl("y")])
        #expect(itemText(app) == "Call ")
    }

    @Test func theNotesEditorDeletesWordsAndLinePartsAndStaysOpen() {
        let store = FakeStore()
        store.notesBySection["s1"] = "I miss the walks."
        let app = AppController(workbook: sampleWorkbook(), store: store, size: Size(width: 120, height: 40))
        handle(app, [.char("1"), .tab, .tab, .char("i"), .enter] + typed("so much today"))
        func text() -> String? { app.state.panes.notes.documents["s1"]?.editor?.buffer.text }
        handle(app, [.altBackspace, .ctrlBackspace])
        #expect(app.state.panes.notes.isEditing)
        #expect(text() == "I miss the walks.\nso ")
        handle(app, [.ctrl("w")])
        #expect(text() == "I miss the walks.\n")
        handle(app, [.ctrl("z"), .ctrl("z"), .ctrl("z")])
        #expect(text() == "I miss the walks.\nso much today")
        handle(app, [.up, .end, .ctrl("k")])
        #expect(text() == "I miss the walks.so much today")
        handle(app, [.ctrl("u")])
        #expect(text() == "so much today")
        #expect(app.state.panes.notes.isEditing)
    }
}
