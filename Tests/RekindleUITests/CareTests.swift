import Foundation
import RekindleKit
import Testing
@testable import RekindleUI

/// The support screen, the safety note before contact, the blank screen and discreet mode.
@Suite struct CareTests {
    func app(size: Size = Size(width: 120, height: 40), notes: SafetyNotes? = nil) -> (AppController, FakeStore) {
        let store = FakeStore()
        if let notes { store.safetyNotesByGuide["tiny"] = notes }
        return (AppController(workbook: sampleWorkbook(), store: store, size: size), store)
    }

    func press(_ app: AppController, _ keys: Key...) {
        for k in keys { _ = app.handle(.key(k), now: t0) }
    }

    func screen(_ app: AppController, _ size: Size = Size(width: 120, height: 40)) -> String {
        app.render(size: size).lines.joined(separator: "\n")
    }

    @Test(arguments: [Pane.steps, .guide, .notes])
    func bangOpensSupportFromEveryPaneWithTheCardFirstAndEscGoesBack(pane: Pane) {
        let (app, _) = app()
        press(app, .char("2"))
        while app.state.focus != pane { press(app, .tab) }
        press(app, .char("!"))
        let text = screen(app)
        #expect(text.contains("Support — Esc closes"))
        let danger = text.range(of: "In danger now")!, card = text.range(of: "Call Mum: 0123")!
        #expect(danger.lowerBound < card.lowerBound)
        #expect(text.contains("not therapy or crisis care"))
        press(app, .escape)
        #expect(app.state.overlay == nil && app.state.focus == pane && app.state.section?.key == "s2")
    }

    @Test func f12WorksWhileWritingAndTheWordsWait() {
        let (app, _) = app()
        press(app, .char("1"), .tab, .tab, .char("i"), .char("h"), .char("i"), .char("!"))
        #expect(app.state.notesText(for: "s1").hasSuffix("hi!"), "! is text while writing")
        press(app, .function(12))
        #expect(screen(app).contains("Support — Esc closes"))
        press(app, .char("x"))
        #expect(app.state.notesText(for: "s1").hasSuffix("hi!"), "keys go to the support screen, not the notes")
        press(app, .escape, .char("?"))
        #expect(app.state.panes.notes.isEditing)
        #expect(app.state.notesText(for: "s1").hasSuffix("hi!?"))
    }

    @Test func supportOpensOverHelpAndHistoryAndReturnsToThem() {
        let (app, _) = app()
        press(app, .char("?"), .function(12))
        #expect(screen(app).contains("Support — Esc closes"))
        press(app, .escape)
        #expect(app.state.overlay == .help(scroll: 0))
        press(app, .escape, .char("1"), .tab, .tab, .char("H"), .function(12), .escape)
        guard case .noteHistory? = app.state.overlay else { Issue.record("history not shown again"); return }
    }

    @Test func theStatusBarOffersSupportWhileBrowsingAndWhileTyping() {
        let (app, _) = app()
        #expect(screen(app).split(separator: "\n").last!.contains("! support"))
        press(app, .char("1"), .tab, .tab, .char("i"))
        #expect(screen(app).split(separator: "\n").last!.contains("F12 support"))
    }

    @Test func theSafetyNoteShowsUnderItsStepUntilHiddenAndTheHidingIsStored() {
        let notes = SafetyNotes(text: "Reaching out is a choice, and it is yours.", sections: ["s2"], hidden: [])
        let (app, store) = app(notes: notes)
        press(app, .char("1"))
        #expect(!screen(app).contains("Reaching out is a choice"))
        press(app, .char("2"))
        #expect(screen(app).contains("┃ Reaching out is a choice"))
        press(app, .tab, .char("z"))
        #expect(!screen(app).contains("Reaching out is a choice"))
        #expect(store.hiddenSafetyNotes == ["s2"])
        // Hidden before: it stays hidden when the app opens again.
        let (reopened, _) = self.app(notes: SafetyNotes(text: notes.text, sections: ["s2"], hidden: ["s2"]))
        press(reopened, .char("2"))
        #expect(!screen(reopened).contains("Reaching out is a choice"))
        press(app, .char("1"), .char("z"))
        #expect(app.state.message?.text == "This step has no safety note to hide")
    }

    @Test func closingPointsToTheSupportScreen() {
        let (app, _) = app()
        press(app, .char("G"))
        #expect(app.state.section?.key == "closing")
        #expect(screen(app).contains("! opens the support screen"))
    }

    @Test func ctrlBBlanksTheScreenUntilTheNextKeyWhichDoesNothingElse() {
        let (app, _) = app()
        press(app, .char("1"), .ctrl("b"))
        #expect(app.render(size: Size(width: 80, height: 24)).lines.allSatisfy { $0.allSatisfy { $0 == " " } })
        press(app, .char("q"))
        #expect(app.state.overlay == nil)
        #expect(screen(app).contains("Step 1: Reflect"), "the q only brought the screen back")
    }

    @Test func discreetModeKeepsTheGuidesTitleOffTheScreen() {
        let store = FakeStore()
        let app = AppController(workbook: sampleWorkbook(), store: store, size: Size(width: 120, height: 40),
                                preferences: Preferences(discreet: true))
        let top = app.render(size: Size(width: 120, height: 40)).lines[0]
        #expect(top.hasPrefix(" rekindle ") && !top.contains("Tiny Guide"))
    }

    @Test func mildNoticesAreNotWarnings() {
        let (app, _) = app()
        press(app, .char("1"), .enter, .char("d"))
        #expect(app.state.message?.isWarning == false)
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 40, height: 12), Size(width: 30, height: 8), Size(width: 3, height: 2)])
    func theSupportScreenScrollsAndIsCleanAtEverySize(size: Size) {
        let (app, _) = app(size: size)
        press(app, .char("!"))
        for _ in 0..<30 { press(app, .char("j")) }
        press(app, .pageUp)
        #expect(checkInvariants(app.render(size: size)) == [])
    }
}
