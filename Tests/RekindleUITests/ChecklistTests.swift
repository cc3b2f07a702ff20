import Testing
import RekindleKit
@testable import RekindleUI

@Suite struct ChecklistTests {
    /// A controller on the sample workbook, with Step 1's checklist focused.
    func app(_ store: FakeStore = FakeStore()) -> AppController {
        let app = AppController(workbook: sampleWorkbook(), store: store, size: Size(width: 120, height: 40))
        for k: Key in [.char("1"), .enter] { _ = app.handle(.key(k), now: t0) }
        return app
    }

    func press(_ app: AppController, _ keys: Key...) {
        for k in keys { _ = app.handle(.key(k), now: t0) }
    }

    func type(_ app: AppController, _ text: String) {
        for c in text { _ = app.handle(.key(.char(c)), now: t0) }
    }

    @Test func aFailedMoveShowsTheChecklistAsTheDatabaseHoldsIt() {
        let store = FakeStore()
        store.failChecklistWrites = "database is locked"
        let stored = sampleWorkbook()
        store.storedWorkbook = stored
        let app = AppController(workbook: stored, store: store, size: Size(width: 120, height: 40))
        for k: Key in [.char("1"), .enter] { _ = app.handle(.key(k), now: t0) }
        press(app, .char("J"))
        #expect(app.state.workbook == stored)
        #expect(app.state.section?.key == "s1")
        #expect(app.state.message?.text.contains("database is locked") == true)
        // Nothing left to undo: the move never reached the database.
        press(app, .char("u"))
        #expect(app.state.message?.text == "Nothing to undo in Step 1")
    }

    @Test func tickingPersistsAtOnceAndUpdatesCounts() {
        let store = FakeStore()
        let app = app(store)
        press(app, .char("j"), .char(" "))
        #expect(store.calls == ["setDone 2 true"])
        #expect(app.state.section?.done == 2)
        #expect(app.render(size: Size(width: 120, height: 40)).lines[0].hasSuffix("2/4 ▰▰▱▱▱ "))
        press(app, .char("x"))
        #expect(store.calls.last == "setDone 2 false")
        #expect(app.state.workbook.done == 1)
    }

    @Test func addingAnItemGoesBelowTheSelectionAndCanBeUndone() {
        let store = FakeStore()
        let app = app(store)
        press(app, .char("a"))
        type(app, "Write a letter")
        let screen = app.render(size: Size(width: 120, height: 40))
        #expect(screen.lines.contains { $0.contains("[ ] Write a letter") })
        #expect(screen.cursor != nil)
        press(app, .enter)
        #expect(store.calls == ["add s1 Write a letter after 1"])
        #expect(app.state.section?.items.map(\.title) == ["Motives", "Write a letter", "Problems"])
        #expect(app.state.selectedChecklistItem?.title == "Write a letter")
        press(app, .char("u"))
        #expect(app.state.section?.items.count == 2)
        #expect(store.calls.last == "delete 101")
        #expect(app.state.message?.text == "Undid: added “Write a letter”")
        press(app, .ctrl("r"))
        #expect(app.state.section?.items.map(\.title) == ["Motives", "Write a letter", "Problems"])
        #expect(store.calls.suffix(2) == ["restore 101", "reorder s1 1,101,2"])
    }

    @Test func emptyTextOrEscapeCancelsTheEditor() {
        let store = FakeStore()
        let app = app(store)
        press(app, .char("a"), .char(" "), .enter, .char("a"), .char("z"), .escape)
        #expect(store.calls.isEmpty)
        #expect(app.state.isBrowsing && app.state.section?.items.count == 2)
    }

    @Test func ownItemsCanBeRewordedAndDeletedGuideItemsCannot() {
        let store = FakeStore()
        let app = app(store)
        press(app, .char("e"))
        #expect(app.state.isBrowsing)
        #expect(app.state.message?.text.contains("can't be reworded") == true)
        press(app, .char("d"))
        #expect(app.state.message?.text.contains("can't be deleted") == true)
        #expect(store.calls.isEmpty)

        press(app, .char("2"), .char("j"), .function(2), .backspace, .backspace, .backspace)
        type(app, "Jo")
        press(app, .enter)
        #expect(app.state.selectedChecklistItem?.title == "Call Jo")
        #expect(store.calls == ["rename 4 Call Jo"])
        press(app, .char("d"))
        #expect(app.state.section?.items.map(\.title) == ["Give it time"])
        press(app, .char("u"), .char("u"))
        #expect(app.state.section?.items.map(\.title) == ["Give it time", "Call Sam"])
        #expect(store.calls.suffix(3) == ["restore 4", "reorder s2 3,4", "rename 4 Call Sam"])
    }

    @Test func movingItemsWorksForGuideItemsTooAndUndoes() {
        let store = FakeStore()
        let app = app(store)
        press(app, .char("J"))
        #expect(app.state.section?.items.map(\.id) == [2, 1])
        #expect(app.state.selectedChecklistItem?.id == 1)
        press(app, .shiftUp)
        #expect(app.state.section?.items.map(\.id) == [1, 2])
        press(app, .char("K"))
        #expect(store.calls == ["reorder s1 2,1", "reorder s1 1,2"])
        press(app, .char("u"), .char("u"))
        #expect(app.state.section?.items.map(\.id) == [1, 2])
        #expect(app.state.panes.guide.undo.undoStack.isEmpty)
        press(app, .char("u"))
        #expect(app.state.message?.text == "Nothing to undo in Step 1")
    }

    @Test func undoGoesManyStepsDeepWithinEachSection() {
        let app = app()
        press(app, .char(" "), .char("j"), .char(" "), .char("2"), .char(" "))
        #expect(app.state.workbook.done == 2)
        // In step 2 only step 2's tick is undone; step 1's two changes wait for step 1.
        press(app, .char("u"), .char("u"), .char("u"))
        #expect(app.state.workbook.done == 1)
        #expect(app.state.message?.text == "Nothing to undo in Step 2")
        press(app, .char("1"), .char("u"), .char("u"))
        #expect(app.state.workbook.sections[1].items[0].doneAt == t0)
        #expect(app.state.workbook.sections[1].items[1].doneAt == nil)
        // Redone in order: Motives unticked again, then Problems ticked.
        press(app, .ctrl("r"), .ctrl("r"))
        #expect(app.state.workbook.done == 1)
        #expect(app.state.workbook.sections[1].items[1].doneAt == t0)
        press(app, .char("2"), .ctrl("r"))
        #expect(app.state.workbook.done == 2)
    }

    @Test func aFailedTickIsTakenBackAndSaidSo() {
        let store = FakeStore()
        store.failTicks = "disk full"
        let app = app(store)
        press(app, .char("j"), .char(" "))
        #expect(app.state.workbook.done == 1)
        #expect(app.state.message == StatusMessage("Not saved: disk full", isWarning: true))
    }
}
