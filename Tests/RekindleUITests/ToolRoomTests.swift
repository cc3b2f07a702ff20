import Foundation
import RekindleKit
import Testing
@testable import RekindleUI

/// A workbook whose items carry the guide's tools, as the bundled guide attaches them.
func toolsWorkbook() -> Workbook {
    Workbook(guideID: "tiny", title: "Tiny Guide", sections: [
        WorkbookSection(key: "s2", kind: .step, number: 2, title: "Contact", paragraphs: ["Wait, then write."],
                        items: [item(3, "Give it time"), item(5, "Casual contact"), item(9, "No tool here")]),
        WorkbookSection(key: "s5", kind: .step, number: 5, title: "Memories", paragraphs: ["Small things."],
                        items: [item(6, "Small wins")]),
        WorkbookSection(key: "s6", kind: .step, number: 6, title: "Future", paragraphs: ["Plans."],
                        items: [item(7, "Goals"), item(8, "Help")]),
    ])
}

/// The tools' rooms driven through the controller against the in-memory store, on a fixed clock
/// in UTC: what the person does, what the store ends up holding, and what the screen says.
@Suite struct ToolRoomTests {
    let utc = TimeZone(identifier: "UTC")!
    /// 2026-11-30 21:00 UTC, a Monday.
    static let monday = Date(timeIntervalSince1970: 1_796_072_400)
    let size = Size(width: 120, height: 40)

    func app(_ store: FakeStore) -> AppController {
        store.itemTools = ["i3": .coolingOff, "i5": .drafts, "i6": .wins, "i7": .goals, "i8": .support]
        store.storedWorkbook = toolsWorkbook()
        let app = AppController(workbook: toolsWorkbook(), store: store, size: size, timeZone: utc)
        _ = app.idle(now: Self.monday)  // the first idle tick reads the journal and the tools
        return app
    }

    func press(_ app: AppController, _ keys: Key..., at now: Date = monday) {
        for key in keys { _ = app.handle(.key(key), now: now) }
    }

    func type(_ app: AppController, _ text: String, at now: Date = monday) {
        for c in text { _ = app.handle(.key(c == "\n" ? .enter : .char(c)), now: now) }
    }

    func screen(_ app: AppController, at now: Date = monday) -> String {
        _ = app.idle(now: now)
        return app.render(size: size).lines.joined(separator: "\n")
    }

    /// The room of the tool of item `index` of the step with this number.
    func open(_ app: AppController, step: Character, item index: Int) {
        select(app, step: step, item: index)
        press(app, .enter)
    }

    /// The guide pane on item `index` of the section with this number.
    func select(_ app: AppController, step: Character, item index: Int) {
        press(app, .char(step), .char("l"))
        for _ in 0..<index { press(app, .char("j")) }
    }

    @Test func enterOnAnItemWithAToolOpensItAndTheStatusBarSaysSo() {
        let store = FakeStore()
        let app = app(store)
        select(app, step: "2", item: 0)
        #expect(screen(app).contains("Enter counter"))
        press(app, .enter)
        #expect(app.state.overlay == .tool(.coolingOff))
        #expect(screen(app).contains("Cooling-off counter — Esc closes"))
        press(app, .escape)
        #expect(app.state.overlay == nil)
        // An item without a tool: Enter ticks it, as before, and no tool hint shows.
        press(app, .char("j"), .char("j"))
        #expect(!screen(app).contains("Enter counter"))
        press(app, .enter)
        #expect(store.calls.contains("setDone 9 true"))
        #expect(app.state.overlay == nil)
    }

    @Test func helpOpensFromARoom() {
        let app = app(FakeStore())
        open(app, step: "5", item: 0)
        press(app, .char("?"))
        #expect(app.state.overlay == .help(scroll: 0, returnTo: .tool(.wins)))
        #expect(screen(app).contains("Small wins"), "the help starts with the room's keys")
        press(app, .escape)
        #expect(app.state.overlay == .tool(.wins), "closing the help goes back to the room")
    }

    @Test func theSupportItemOpensTheSupportScreen() {
        let app = app(FakeStore())
        open(app, step: "6", item: 1)
        guard case .support? = app.state.overlay else {
            Issue.record("support screen not open: \(String(describing: app.state.overlay))")
            return
        }
    }

    @Test func theCounterIsSetOneQuestionAtATimeAndCountsLocalDays() {
        let store = FakeStore()
        let app = app(store)
        open(app, step: "2", item: 0)
        #expect(screen(app).contains("Not set yet"))
        press(app, .char("s"))
        type(app, "2026-11-07\n")  // the breakup
        type(app, "\n")            // no last contact
        press(app, .ctrl("u"))
        type(app, "6w\n")
        #expect(store.storedCoolingOff == CoolingOffSettings(breakup: LocalDay(year: 2026, month: 11, day: 7), periodDays: 42))
        let shown = screen(app)
        #expect(shown.contains("day 23 of about 6 weeks"))
        #expect(shown.contains("reached 1 week, 2 weeks · next: 4 weeks"))
        // Reopened after a restart, the store's settings are what shows.
        let again = self.app(store)
        select(again, step: "2", item: 0)
        press(again, .enter)
        #expect(screen(again).contains("day 23 of about 6 weeks"))
    }

    @Test func aDayThatIsNotADayIsAskedAgainWithTheReason() {
        let store = FakeStore()
        let app = app(store)
        open(app, step: "2", item: 0)
        press(app, .char("s"))
        type(app, "7 Nov\n")
        #expect(app.state.tools.field?.purpose == .breakupDay(CoolingOffSettings()))
        #expect(app.state.tools.field?.line.text == "7 Nov")
        #expect(screen(app).contains("'7 Nov' is not a day rekindle reads — write it as YYYY-MM-DD"))
        press(app, .escape)
        #expect(app.state.tools.field == nil)
        #expect(store.storedCoolingOff == nil)
    }

    @Test func loggedContactStartsANewStretchAndKeepsTheLongest() {
        let store = FakeStore()
        store.storedCoolingOff = CoolingOffSettings(breakup: LocalDay(year: 2026, month: 11, day: 1), periodDays: 42)
        let app = app(store)
        open(app, step: "2", item: 0)
        press(app, .char("c"))
        type(app, "He wrote first; I answered briefly\n")
        #expect(store.storedEntries.map(\.kind) == [.contact])
        #expect(store.storedEntries.first?.body == "He wrote first; I answered briefly")
        #expect(store.storedEntries.first?.sectionKey == "s2")
        let twoDaysLater = Self.monday.addingTimeInterval(2 * 86_400)
        let shown = screen(app, at: twoDaysLater)
        #expect(shown.contains("day 2 of about 6 weeks"))
        #expect(shown.contains("Longest stretch: 29 days"))
        #expect(shown.contains("He wrote first; I answered briefly"))
        #expect(!shown.contains("fail"))
    }

    @Test func aDraftIsWrittenInItsRoomAutosavedAndRestsForANight() {
        let store = FakeStore()
        let app = app(store)
        open(app, step: "2", item: 1)
        press(app, .char("a"))
        type(app, "Hi, how have you been?")
        #expect(screen(app).contains("New draft · kept here, never sent"))
        press(app, .escape)  // leaving the editor saves
        #expect(store.storedEntries.map(\.kind) == [.draft])
        #expect(store.storedEntries.first?.body == "Hi, how have you been?")
        #expect(app.state.overlay == .tool(.drafts))
        #expect(app.state.panes.journal.entries?.isEmpty != false, "a draft is not a journal entry")
        let shown = screen(app, at: Self.monday.addingTimeInterval(3 * 3600))
        #expect(shown.contains("1. written 3 hours ago · give it a night"))
        #expect(screen(app, at: Self.monday.addingTimeInterval(25 * 3600)).contains("written 1 day ago · ready to reread"))
    }

    @Test func anEditedDraftRestsAgainFromItsLastWordsAndKeepsItsHistory() {
        let store = FakeStore()
        let app = app(store)
        open(app, step: "2", item: 1)
        press(app, .char("a"))
        type(app, "First words")
        press(app, .escape)
        let later = Self.monday.addingTimeInterval(2 * 3600)
        press(app, .enter, at: later)
        type(app, ", and more", at: later)
        press(app, .escape, at: later)
        #expect(store.storedEntries.first?.body == "First words, and more")
        #expect(screen(app, at: later).contains("1. written just now · give it a night"))
        #expect(app.state.tools.drafts.entries.first?.createdAt == Self.monday, "when it was first written stays")
        press(app, .char("H"), at: later)
        guard case .noteHistory(let history)? = app.state.overlay else {
            Issue.record("history not open")
            return
        }
        #expect(history.revisions.count == 2)
        press(app, .escape, at: later)
        #expect(app.state.overlay == .tool(.drafts), "closing the history goes back to the drawer")
    }

    @Test func aDraftMovesIntoTheStepsNotesAndUndoBringsItBack() {
        let store = FakeStore()
        store.notesBySection["s2"] = "Earlier notes."
        let app = app(store)
        open(app, step: "2", item: 1)
        press(app, .char("a"))
        type(app, "Not sending this.")
        press(app, .escape, .char("m"))
        #expect(store.notesBySection["s2"] == "Earlier notes.\n\nNot sending this.")
        #expect(store.storedEntries.isEmpty)
        #expect(screen(app).contains("Moved into the notes of Step 2"))
        press(app, .char("u"))
        #expect(store.storedEntries.map(\.body) == ["Not sending this."])
    }

    @Test func winsShowUnderTheirWeekWithACountAndDeleteWithUndo() {
        let store = FakeStore()
        let app = app(store)
        open(app, step: "5", item: 0)
        press(app, .char("a"))
        type(app, "Walked for an hour 🌿\n")
        press(app, .char("a"))
        type(app, "Called my sister\n")
        #expect(store.storedEntries.map(\.kind) == [.win, .win])
        var shown = screen(app)
        #expect(shown.contains("Week of Monday 30 November 2026 · 2 wins"))
        #expect(shown.contains("Walked for an hour 🌿"))
        press(app, .char("d"))
        #expect(store.storedEntries.map(\.body) == ["Walked for an hour 🌿"])
        shown = screen(app)
        #expect(shown.contains("· 1 win"))
        #expect(shown.contains("u brings it back"))
        press(app, .char("u"))
        #expect(store.storedEntries.count == 2)
    }

    @Test func goalsTakeATargetDayAndKeepItWhenDone() {
        let store = FakeStore()
        let app = app(store)
        open(app, step: "6", item: 0)
        press(app, .char("a"))
        type(app, "Plan a calm weekend\n5d\n")
        #expect(store.storedEntries.first?.due == LocalDay(year: 2026, month: 12, day: 5))
        #expect(screen(app).contains("target day in 5 days"))
        let later = Self.monday.addingTimeInterval(8 * 86_400)
        #expect(screen(app, at: later).contains("target day 3 days ago"))
        press(app, .char("x"), at: later)
        #expect(store.storedEntries.first?.doneAt == later)
        #expect(screen(app, at: later).contains("done today · it was set for Saturday 5 December 2026"))
        press(app, .char("x"), at: later)
        #expect(store.storedEntries.first?.doneAt == nil)
        press(app, .char("t"), at: later)
        #expect(app.state.tools.field?.line.text == "2026-12-05", "the field starts with the day it has")
        press(app, .ctrl("u"), at: later)
        type(app, "2w\n", at: later)
        #expect(store.storedEntries.first?.due == LocalDay(year: 2026, month: 12, day: 22))
        press(app, .char("t"), .ctrl("u"), .enter, at: later)
        #expect(store.storedEntries.first?.due == nil)
        #expect(screen(app, at: later).contains("no target day"))
    }

    @Test func searchFindsADraftAndEnterOpensTheDrawerOnIt() {
        let store = FakeStore()
        let app = app(store)
        open(app, step: "2", item: 1)
        for draft in ["The café we liked", "Something else"] {
            press(app, .char("a"))
            type(app, draft)
            press(app, .escape)
        }
        press(app, .escape)
        press(app, .char("1"))
        press(app, .char("/"))
        type(app, "cafe\n")
        #expect(app.state.focus == .guide)
        #expect(app.state.selectedItemTool == .drafts)
        press(app, .enter)
        #expect(app.state.overlay == .tool(.drafts))
        #expect(app.state.tools.drafts.selectedEntry?.body == "The café we liked")
    }

    @Test func aPasteLandsInTheOpenField() {
        let store = FakeStore()
        let app = app(store)
        open(app, step: "5", item: 0)
        press(app, .char("a"))
        _ = app.handle(.paste("Slept well\nfor once"), now: Self.monday)
        press(app, .enter)
        #expect(store.storedEntries.map(\.body) == ["Slept well for once"])
    }

    @Test func aDraftTheStoreRefusedIsKeptAndNamedAsADraft() {
        let store = FakeStore()
        let app = app(store)
        open(app, step: "2", item: 1)
        press(app, .char("a"))
        store.failEntryWrites = "disk full"
        type(app, "Keep these words")
        press(app, .escape)
        #expect(store.storedEntries.isEmpty)
        #expect(app.unsavedNotes.map(\.section) == ["Unsent draft"])
        #expect(app.unsavedNotes.first?.body == "Keep these words")
        #expect(screen(app).contains("Not saved: disk full"))
    }

    @Test func quittingWhileWritingADraftSavesIt() {
        let store = FakeStore()
        let app = app(store)
        open(app, step: "2", item: 1)
        press(app, .char("a"))
        type(app, "Words at the last moment")
        _ = app.handle(.key(.ctrl("c")), now: Self.monday)
        #expect(store.storedEntries.map(\.body) == ["Words at the last moment"])
        #expect(store.storedEntries.map(\.kind) == [.draft])
    }

    @Test func everyRoomFitsASmallWindowWithoutBreakingAFrame() {
        let store = FakeStore()
        store.storedCoolingOff = CoolingOffSettings(breakup: LocalDay(year: 2026, month: 11, day: 1), periodDays: 42)
        let app = app(store)
        for (step, index) in [("2", 0), ("2", 1), ("5", 0), ("6", 0)] as [(Character, Int)] {
            select(app, step: step, item: index)
            press(app, .enter, .char("a"))
            for size in [Size(width: 40, height: 10), Size(width: 30, height: 8), Size(width: 200, height: 60)] {
                _ = app.handle(.resize(size), now: Self.monday)
                #expect(checkInvariants(app.render(size: size)) == [])
            }
            _ = app.handle(.resize(self.size), now: Self.monday)
            press(app, .escape, .escape)
        }
    }
}
