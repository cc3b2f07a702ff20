import Testing
@testable import RekindleUI

@Suite struct NavigationTests {
    @Test func jAndKMoveThroughSectionsAndStopAtTheEnds() {
        var s = state()
        send(&s, char("k"))
        #expect(s.panes.steps.selected == 0)
        send(&s, char("j"), key(.down))
        #expect(s.section?.key == "s2")
        send(&s, char("G"))
        #expect(s.section?.key == "closing")
        send(&s, key(.home))
        #expect(s.section?.key == "intro")
    }

    @Test func digitsJumpToStepsAndZeroToTheIntroduction() {
        var s = state()
        send(&s, char("2"))
        #expect(s.section?.key == "s2")
        send(&s, char("9"))
        #expect(s.section?.key == "s2")
        send(&s, char("0"))
        #expect(s.section?.key == "intro")
    }

    @Test func panesCycleWithTabAndMoveWithHL() {
        var s = state()
        send(&s, key(.tab))
        #expect(s.focus == .guide)
        send(&s, key(.tab), key(.tab), key(.tab))
        #expect(s.focus == .steps)
        send(&s, key(.backTab))
        #expect(s.focus == .journal)
        send(&s, char("l"))
        #expect(s.focus == .journal)
        send(&s, char("h"), key(.left), key(.left), key(.left))
        #expect(s.focus == .steps)
        send(&s, char("1"), key(.enter))
        #expect(s.focus == .guide)
    }

    @Test func guideKeysMoveBetweenItems() {
        var s = state()
        send(&s, char("1"), key(.enter), char("j"))
        #expect(s.selectedChecklistItem?.title == "Problems")
        send(&s, char("j"))
        #expect(s.selectedChecklistItem?.title == "Problems")
        send(&s, char("g"))
        #expect(s.selectedChecklistItem?.title == "Motives")
    }

    @Test func pageKeysScrollLongTextAndKeepTheSelectionOnScreen() {
        var s = state(size: Size(width: 80, height: 12))
        s.workbook.sections[1].paragraphs = Array(repeating: "A long paragraph of text.", count: 20)
        send(&s, char("1"), key(.enter), key(.pageDown))
        #expect(s.panes.guide.scroll > 0)
        send(&s, key(.ctrl("u")), key(.pageUp), key(.pageUp))
        #expect(s.panes.guide.scroll == 0)
        send(&s, char("G"))
        let rect = s.contentRect(of: .guide)
        let range = s.guideDocument(width: rect.width).range(ofItem: 1)!
        #expect(range.upperBound < s.panes.guide.scroll + rect.height && range.lowerBound >= s.panes.guide.scroll)
    }

    @Test func helpOpensScrollsAndClosesAndSurvivesResize() {
        var s = state(size: Size(width: 80, height: 12))
        send(&s, char("?"))
        #expect(s.overlay == .help(scroll: 0))
        send(&s, char("j"), key(.pageDown))
        guard case .help(let scroll, _) = s.overlay else { Issue.record("help closed"); return }
        #expect(scroll > 1)
        send(&s, .input(.resize(Size(width: 200, height: 200))))
        #expect(s.overlay == .help(scroll: 0))
        #expect(checkInvariants(render(s, size: Size(width: 3, height: 2))) == [])
        send(&s, char("q"))
        #expect(s.isBrowsing)
        send(&s, key(.function(1)), key(.escape))
        #expect(s.isBrowsing)
    }

    @Test func helpListsEveryBindingFromTheKeyMap() {
        let text = HelpOverlay.lines(.standard).map { $0.key + " " + $0.text }.joined(separator: "\n")
        for binding in KeyMap.standard.bindings { #expect(text.contains(binding.description)) }
    }

    @Test func clicksSelectSectionsAndItems() {
        var s = state(size: Size(width: 120, height: 40))
        let steps = ScreenLayout.make(size: s.size, focus: .steps).content(of: .steps)!
        send(&s, .input(.mouse(MouseEvent(button: .left, position: Point(x: steps.x + 3, y: steps.y + 1)))))
        #expect(s.section?.key == "s1")
        let grid = render(s, size: s.size)
        let row = grid.lines.firstIndex { $0.contains("[ ] Problems") }!
        send(&s, .input(.mouse(MouseEvent(button: .left, position: Point(x: 40, y: row)))))
        #expect(s.focus == .guide)
        #expect(s.selectedChecklistItem?.title == "Problems")
    }

    @Test func aClickOnTheCheckboxTicksAndUnticksLikeSpace() {
        var s = state(size: Size(width: 120, height: 40))
        s.selectSection(1)
        let row = render(s, size: s.size).lines.firstIndex { $0.contains("[ ] Problems") }!
        let guide = ScreenLayout.make(size: s.size, focus: .guide).content(of: .guide)!
        let onBox = AppEvent.input(.mouse(MouseEvent(button: .left, position: Point(x: guide.x + 1, y: row))))
        let ticking = send(&s, onBox)
        #expect(!ticking.isEmpty)
        #expect(s.selectedChecklistItem?.title == "Problems" && s.selectedChecklistItem?.isDone == true)
        #expect(render(s, size: s.size).lines[row].contains("[x] Problems"))
        send(&s, onBox)
        #expect(s.selectedChecklistItem?.isDone == false)
        // A click on the title only selects.
        let onTitle = AppEvent.input(.mouse(MouseEvent(button: .left, position: Point(x: guide.x + 6, y: row))))
        #expect(send(&s, onTitle).isEmpty)
        #expect(s.selectedChecklistItem?.isDone == false)
    }

    @Test func ctrlLRedrawsAndCtrlZSuspends() {
        var s = state()
        #expect(send(&s, key(.ctrl("l"))) == [.redraw])
        #expect(send(&s, key(.ctrl("z"))) == [.suspend])
        // Quitting first saves, then asks again once the saves are done; with nothing unsaved it leaves.
        #expect(send(&s, char("q")) == [.then(.quitRequested)])
        #expect(send(&s, key(.ctrl("c"))) == [.then(.quitRequested)])
        #expect(send(&s, .quitRequested) == [.quit])
    }

    @Test func positionRoundTrips() {
        var s = state()
        s.position = Position(sectionKey: "s2", pane: .notes)
        #expect(s.section?.key == "s2" && s.focus == .notes)
        #expect(s.position == Position(sectionKey: "s2", pane: .notes))
        s.position = Position(sectionKey: "missing", pane: .guide)
        #expect(s.section?.key == "s2")
    }
}
