import Foundation
import Testing
import RekindleKit
@testable import RekindleUI

/// What a newcomer tripped on (issue 9): keys that work where the person is, and say what they did.
@Suite struct FirstContactTests {
    private func screen(_ s: AppState) -> [String] { render(s, size: s.size).lines }

    // Item 2
    @Test func iWritesTheShownSectionsNotesFromAnyPane() {
        for pane in [Pane.steps, .guide] {
            var s = state()
            send(&s, char("2"))
            s.focus = pane
            #expect(send(&s, char("i")) == [.refreshNotes(sectionKey: "s2")])
            #expect(s.panes.notes.editingKey == "s2" && s.focus == .notes)
            send(&s, char("x"), char(" "))
            #expect(s.notesText(for: "s2") == "x ")
            #expect(s.workbook.sections[2].done == 0)
        }
    }

    @Test func aClickInTheNotesPaneStartsWriting() {
        var s = state()
        send(&s, char("2"))
        let notes = s.contentRect(of: .notes)
        let click = AppEvent.input(.mouse(MouseEvent(button: .left, position: Point(x: notes.x + 1, y: notes.y + 3))))
        #expect(send(&s, click) == [.refreshNotes(sectionKey: "s2")])
        #expect(s.panes.notes.editingKey == "s2")
    }

    // Item 3
    @Test func aResizeKeepsTheSelectedItemInView() {
        var s = state(size: Size(width: 100, height: 30))
        s.workbook.sections[1].paragraphs = Array(repeating: "A paragraph long enough to wrap over several rows of a narrow pane.", count: 4)
        send(&s, char("1"), key(.enter), char("j"))
        for size in [Size(width: 80, height: 24), Size(width: 50, height: 12), Size(width: 100, height: 10)] {
            send(&s, .input(.resize(size)))
            #expect(screen(s).contains { $0.contains("[ ] Problems") }, "at \(size)")
        }
    }

    // Item 7
    @Test func undoActsOnTheShownSectionAndNamesTheItem() {
        var s = state()
        send(&s, char("2"), key(.enter), char(" "))
        #expect(s.workbook.sections[2].done == 1)
        send(&s, char("1"), char("u"))
        #expect(s.workbook.sections[2].done == 1)
        #expect(s.section?.key == "s1")
        #expect(s.message?.text == "Nothing to undo in Step 1")
        send(&s, char("2"), char("u"))
        #expect(s.workbook.sections[2].done == 0)
        #expect(s.message?.text == "Undid: ticked “Give it time”")
        send(&s, key(.ctrl("r")))
        #expect(s.message?.text == "Redid: ticked “Give it time”")
    }

    @Test func undoOfARenameSaysWhatTheItemIsCalledAgain() {
        var s = state()
        send(&s, char("2"), key(.enter), char("j"), char("e"), char("!"), key(.enter))
        #expect(s.workbook.sections[2].items[1].title == "Call Sam!")
        send(&s, char("u"))
        #expect(s.message?.text == "Undid rename — back to “Call Sam”")
    }

    @Test func undoInTheNotesPaneSaysHowNotesAreUndone() {
        var s = state()
        send(&s, char("2"), key(.enter), char(" "), char("l"), char("u"))
        #expect(s.workbook.sections[2].done == 1)
        #expect(s.focus == .notes)
        #expect(s.message?.text.contains("Ctrl-Z") == true && s.message?.text.contains("H") == true)
    }

    // Item 8
    @Test func escapeKeepsThePatternAndNFindsItAgain() {
        var s = state()
        send(&s, char("/"), char("t"), char("i"), char("m"), char("e"), key(.enter), key(.escape))
        #expect(s.search.highlight == "")
        send(&s, char("n"))
        #expect(s.search.highlight == "time")
        #expect(s.message?.text.contains("No search yet") != true)
    }

    @Test func nAndNSayWhenTheyWrap() {
        var s = state()
        send(&s, char("/"), char("t"), char("i"), char("m"), char("e"), key(.enter))
        send(&s, char("n"))
        #expect(s.message?.text.contains("wrapped") != true)
        send(&s, char("n"))
        #expect(s.message?.text.contains("wrapped") == true)
        send(&s, char("N"))
        #expect(s.message?.text.contains("wrapped") == true)
    }

    @Test func theCountIsOfHighlightedOccurrences() {
        var s = state()
        send(&s, char("/"), char("i"), char("t"))
        // "Take it one step at a time", "Wait, then write" (twice) and "Give it time": four
        // highlighted words in three places.
        var texts: [String] = s.workbook.sections.flatMap { section in
            [section.displayName] + section.paragraphs + section.items.flatMap { [$0.title, $0.text] }
        }
        texts.append(s.notesText(for: "s1"))
        let occurrences = texts.map { $0.lowercased().components(separatedBy: "it").count - 1 }.reduce(0, +)
        #expect(occurrences == 4)
        #expect(screen(s).last!.contains("  4 matches"))
        send(&s, key(.enter))
        #expect(screen(s).last!.contains("“it”: 1 of 3 places, 4 matches"))
        send(&s, char("2"))
        let grid = render(s, size: s.size)
        let row = grid.lines.firstIndex { $0.contains("Wait, then write.") }!
        #expect(grid[grid.lines[row].distance(of: "it, "), row].style.role == .match)
        #expect(grid[grid.lines[row].distance(of: "ite."), row].style.role == .match)
    }

    @Test func matchesAreNotReversedSoThePalettesColoursShow() {
        let spans = Span.highlighting("one time", query: "time", style: .plain)
        #expect(spans.last?.style.role == .match)
        #expect(spans.last?.style.attributes.contains(.reverse) == false)
    }

    // Item 13
    @Test func theStepsPaneFitsItsTitlesWhenThereIsRoomAndTheGuideKeepsAMeasure() {
        var s = state(size: Size(width: 200, height: 30))
        s.workbook.sections[1].title = "Self-Reflection and Understanding"
        s.workbook.sections[2].title = "Building a Better Future Together"
        let lines = screen(s)
        #expect(lines.contains { $0.contains("1 Self-Reflection and Understanding") })
        #expect(lines.contains { $0.contains("2 Building a Better Future Together") })
        let guide = s.contentRect(of: .guide)
        #expect(guide.width <= 84 && guide.width >= 60)
    }

    // Item 14
    @Test func helpListsTheCurrentPanesKeysFirstAndGJumps() {
        var s = state(size: Size(width: 80, height: 24))
        send(&s, char("1"), key(.enter), char("?"))
        let headings = ["Anywhere", "Moving around", "Steps pane", "Guide pane", "Notes pane"]
        let first = screen(s).compactMap { line in headings.first { line.contains($0) } }.first
        #expect(first == "Guide pane")
        send(&s, char("G"))
        #expect(screen(s).contains { $0.contains(HelpOverlay.supportLine(.standard, .unicode).text) }, "G shows the end: the pointer to support")
        send(&s, char("g"))
        #expect(s.overlay == .help(scroll: 0))
    }

    @Test func scrolledPanesAndOverlaysMarkWhatIsAboveAndBelow() {
        var s = state(size: Size(width: 80, height: 24))
        send(&s, char("?"))
        #expect(screen(s).contains { $0.contains("↓ more") })
        #expect(!screen(s).contains { $0.contains("↑ more") })
        send(&s, key(.pageDown))
        #expect(screen(s).contains { $0.contains("↑ more") })
        var h = state(size: Size(width: 80, height: 12))
        let revisions = (0..<30).map { summary(Int64($0), "v\($0)") }
        send(&h, .historyLoaded(sectionKey: "s1", revisions: revisions))
        #expect(screen(h).contains { $0.contains("↓ more") })
    }

    @Test func theStatusBarKeepsHelpAt40x12() {
        for pane in Pane.allCases {
            var s = state(size: Size(width: 40, height: 12))
            s.focus = pane
            #expect(screen(s).last!.contains("? help"), "\(pane)")
        }
    }

    /// At the smallest size the app draws, the way to help and to support both stay: the place
    /// ("Introduction") gives way when even its short form leaves them no room.
    @Test func theStatusBarKeepsHelpAndSupportAtTheMinimumSize() {
        for pane in Pane.allCases {
            for section in ["1", "0"] {
                var s = state(size: ScreenLayout.minimum)
                send(&s, char(Character(section)))
                s.focus = pane
                let bottom = screen(s).last!
                #expect(bottom.contains("? help") && bottom.contains("! support"), "\(pane), section \(section): \(bottom)")
                // What gives way goes whole: no count or separator left without its place.
                #expect(bottom.first(where: { $0 != " " }) != "·", "\(pane), section \(section): \(bottom)")
            }
        }
    }

    /// While writing at the smallest size, the save state shows whole and so does the way to
    /// support; the place gives way to them.
    @Test func whileWritingAtTheMinimumSizeTheSaveStateAndSupportShow() {
        for section in ["1", "0"] {
            var s = state(size: ScreenLayout.minimum)
            send(&s, char(Character(section)), char("i"), char("x"))
            let bottom = screen(s).last!
            #expect(bottom.contains("Unsaved changes") && bottom.contains("support"), "section \(section): \(bottom)")
            #expect(bottom.first(where: { $0 != " " }) != "·", "section \(section): \(bottom)")
        }
    }

    // Item 15
    @Test func whileWritingAt80x24TheNotesGetTheRoom() {
        var s = state(size: Size(width: 80, height: 24))
        let reading = s.contentRect(of: .notes).height
        send(&s, char("1"), char("i"))
        let writing = s.contentRect(of: .notes).height
        #expect(reading <= 6 && writing >= 12)
        #expect(checkInvariants(render(s, size: s.size)) == [])
        send(&s, key(.escape))
        #expect(s.contentRect(of: .notes).height == reading)
    }

    // Item 18
    @Test func digitsPastTheLastStepSaySo() {
        var s = state()
        send(&s, char("1"), char("9"))
        #expect(s.section?.key == "s1")
        #expect(s.message?.text == "There is no step 9 — steps 1 to 2")
    }

    @Test func enterInTheGuidePaneTicksTheItem() {
        var s = state()
        send(&s, char("2"), key(.enter), key(.enter))
        #expect(s.workbook.sections[2].done == 1)
    }

    @Test func cJumpsToTheClosing() {
        var s = state()
        send(&s, char("1"), char("c"))
        #expect(s.section?.key == "closing")
    }
}
