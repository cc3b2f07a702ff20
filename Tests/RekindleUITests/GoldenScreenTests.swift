import Testing
@testable import RekindleUI

/// Whole screens as text, checked by eye once and then held still.
@Suite struct GoldenScreenTests {
    private func screen(_ state: AppState, _ width: Int, _ height: Int) -> String {
        render(state, size: Size(width: width, height: height)).lines.joined(separator: "\n")
    }

    @Test func wideLayoutShowsThreePanes() {
        let lines = render(state(), size: Size(width: 120, height: 40)).lines
        #expect(lines.count == 40)
        #expect(Array(lines.prefix(6)).joined(separator: "\n") == """
         rekindle · Tiny Guide                                                                                        1/4 ▰▱▱▱▱ 
        ╭ Steps ───────────────────────╮╭ Guide ────────────────────────────────────────────╮╭ Notes ──────────────────────────╮
        │ ▸ Introduction               ││ Introduction                                      ││ No notes yet — press i to write │
        │   1 Reflect          1/2 ▰▱▱ ││                                                   ││                                 │
        │   2 Contact          0/2 ▱▱▱ ││ Breakups are hard. Take it one step at a time.    ││                                 │
        │   Closing                    ││                                                   ││                                 │
        """)
        #expect(Array(lines.suffix(2)).joined(separator: "\n") == """
        ╰──────────────────────────────╯╰───────────────────────────────────────────────────╯╰─────────────────────────────────╯
         Introduction · Steps · 1/4 done  Enter open  ? help  ! support  q quit  Tab pane  j move  w journal  / search  u undo  
        """)
    }

    @Test func mediumLayoutPutsNotesUnderTheGuide() {
        var s = state(size: Size(width: 80, height: 24))
        s.focus = .guide
        send(&s, char("2"))
        #expect(screen(s, 80, 24) == """
         rekindle · Tiny Guide                                                1/4 ▰▱▱▱▱ 
        ╭ Steps ───────────────────╮╭ Guide ───────────────────────────────────────────╮
        │   Introduction           ││ Step 2: Contact                                  │
        │   1 Reflect      1/2 ▰▱▱ ││                                                  │
        │ ▸ 2 Contact      0/2 ▱▱▱ ││ Wait, then write.                                │
        │   Closing                ││                                                  │
        │                          ││ Checklist · 0 of 2 done                          │
        │                          ││                                                  │
        │                          ││ [ ] Give it time                                 │
        │                          ││     Let things cool.                             │
        │                          ││                                                  │
        │                          ││ [ ] ✎ Call Sam                                   │
        │                          ││                                                  │
        │                          ││                                                  │
        │                          ││                                                  │
        │                          │╰──────────────────────────────────────────────────╯
        │                          │╭ Notes ───────────────────────────────────────────╮
        │                          ││ No notes yet — press i to write                  │
        │                          ││                                                  │
        │                          ││                                                  │
        │                          ││                                                  │
        │                          ││                                                  │
        ╰──────────────────────────╯╰──────────────────────────────────────────────────╯
         Step 2 · Guide · 1/4 done  Space tick  a add  e edit  ? help  ! support  q quit
        """)
    }

    @Test func narrowLayoutShowsOnePaneWithTabs() {
        var s = state(size: Size(width: 50, height: 20))
        s.focus = .notes
        send(&s, char("1"))
        #expect(screen(s, 50, 12) == """
         rekindle · Tiny Guide                  1/4 ▰▱▱▱▱ 
         Steps   Guide   Notes   Journal                  
        ╭ Notes ─────────────────────────────────────────╮
        │ I miss the walks.                              │
        │                                                │
        │                                                │
        │                                                │
        │                                                │
        │                                                │
        │                                                │
        ╰────────────────────────────────────────────────╯
         Step 1 · Notes · 1/4 done  ? help  ! support     
        """)
    }

    @Test func writingAt80x24GivesTheNotesTheRoom() {
        var s = state(size: Size(width: 80, height: 24))
        send(&s, char("2"), char("i"), char("S"), char("o"), char("o"), char("n"), char("."))
        #expect(screen(s, 80, 24) == """
         rekindle · Tiny Guide                                                1/4 ▰▱▱▱▱ 
        ╭ Steps ───────────────────╮╭ Guide ───────────────────────────────────────────╮
        │   Introduction           ││ Step 2: Contact                                  │
        │   1 Reflect      1/2 ▰▱▱ ││                                                  │
        │ ▸ 2 Contact      0/2 ▱▱▱ ││ Wait, then write.                                │
        │   Closing                ││                                                  │
        │                          ││ Checklist · 0 of 2 done                          │
        ╰──────────────────────────╯╰───────────────────────────────────────── ↓ more ─╯
        ╭ Notes ───────────────────────────────────────────────────────────────────────╮
        │ Soon.                                                                        │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        ╰──────────────────────────────────────────────────────────────────────────────╯
         Step 2 · Notes · 1/4 done · Unsaved changes  Esc done  Ctrl-Z undo  F12 support
        """)
    }

    @Test func helpMarksMoreBelowAndListsThePanesKeysFirst() {
        var s = state(size: Size(width: 60, height: 14))
        send(&s, char("2"), key(.tab), key(.tab), char("?"))
        #expect(screen(s, 60, 14) == """
         rekindle · Tiny Guide                            1/4 ▰▱▱▱▱ 
         S╭ Keys — Esc closes ───────────────────────────────────╮  
        ╭ │ Notes pane                                           │─╮
        │ │ i/Enter           Write notes for this section       │ │
        │ │ H                 Earlier versions of these notes    │ │
        │ │                                                      │ │
        │ │ Anywhere, even while typing                          │ │
        │ │ Ctrl-C            Save everything and quit           │ │
        │ │ Ctrl-L            Redraw the screen                  │ │
        │ │ F12               Support screen, even while typing  │ │
        │ │ Ctrl-B            Blank the screen until a key       │ │
        │ │                                                      │ │
        ╰─╰───────────────────────────────────────────── ↓ more ─╯─╯
         Step 2 · Notes · 1/4 done  j scroll  Esc close  F12 support
        """)
    }

    @Test func tooSmallSaysSoAndClips() {
        #expect(screen(state(), 20, 6) == """
                            
        Terminal too small: 
        20x6 — need at least
                30x8        
                            
                            
        """)
        #expect(screen(state(), 1, 1) == "T")
        #expect(render(state(), size: Size(width: 0, height: 0)).lines == [])
        #expect(render(state(), size: Size(width: 29, height: 100)).lines.joined().contains("29x100"))
    }

    @Test func focusAndSelectionShowWithoutColour() {
        var s = state()
        s.focus = .guide
        send(&s, char("1"), char("j"))
        let grid = render(s, size: Size(width: 80, height: 24))
        // The selected item's title row is reversed; the focused pane's name is bold and underlined.
        let row = grid.lines.firstIndex { $0.contains("[ ] Problems") }!
        let x = grid.lines[row].distance(of: "Problems")
        #expect(grid[x, row].style.attributes.contains(.reverse))
        let titleX = grid.lines[1].distance(of: "Guide")
        #expect(grid[titleX, 1].style.attributes.isSuperset(of: [.bold, .underline]))
    }
}

extension String {
    /// Column of a substring in an all-narrow line (test helper).
    func distance(of needle: String) -> Int {
        distance(from: startIndex, to: range(of: needle)!.lowerBound)
    }
}
