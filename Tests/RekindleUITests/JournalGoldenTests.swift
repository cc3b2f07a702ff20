import Foundation
import Testing
@testable import RekindleUI

/// The journal as whole screens, with CJK and emoji in the entries, checked by eye once.
@Suite struct JournalGoldenTests {
    private func screen(_ width: Int, _ height: Int) -> String {
        var s = journalState(size: Size(width: width, height: height))
        s.focus = .journal
        send(&s, char("j"))
        return render(s, size: Size(width: width, height: height)).lines.joined(separator: "\n")
    }

    @Test func at120x40() {
        #expect(screen(120, 40) == """
         rekindle · Tiny Guide                                                                                        1/4 ▰▱▱▱▱ 
        ╭ Steps ───────────────────────╮╭ Guide ────────────────────────────────────────────╮╭ Journal ────────────────────────╮
        │ ▸ Introduction               ││ Introduction                                      ││ On this day                     │
        │   1 Reflect          1/2 ▰▱▱ ││                                                   ││ A week ago · Tuesday 7 November │
        │   2 Contact          0/2 ▱▱▱ ││ Breakups are hard. Take it one step at a time.    ││   22:13                         │
        │   Closing                    ││                                                   ││   First week. 一週間。          │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││ Today                           │
        │                              ││                                                   ││ ▸ 21:13 · calm · Step 1         │
        │                              ││                                                   ││   今日は散歩した 🌿 The walk by │
        │                              ││                                                   ││   the river helped more than I  │
        │                              ││                                                   ││   thought.                      │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││ Yesterday                       │
        │                              ││                                                   ││   20:13 · 2/5 · Step 2          │
        │                              ││                                                   ││   Hard evening. 😢 I wanted to  │
        │                              ││                                                   ││   write to him and did not.     │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││ Tuesday 7 November              │
        │                              ││                                                   ││   22:13                         │
        │                              ││                                                   ││   First week. 一週間。          │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        │                              ││                                                   ││                                 │
        ╰──────────────────────────────╯╰───────────────────────────────────────────────────╯╰─────────────────────────────────╯
         Introduction · Journal · 1/4 done  Enter edit  M mood  f only this  H history  ? help  ! support  q quit  Tab pane     
        """)
    }

    @Test func at80x24() {
        #expect(screen(80, 24) == """
         rekindle · Tiny Guide                                                1/4 ▰▱▱▱▱ 
        ╭ Steps ───────────────────╮╭ Guide ───────────────────────────────────────────╮
        │ ▸ Introduction           ││ Introduction                                     │
        │   1 Reflect      1/2 ▰▱▱ ││                                                  │
        │   2 Contact      0/2 ▱▱▱ ││ Breakups are hard. Take it one step at a time.   │
        │   Closing                ││                                                  │
        │                          ││                                                  │
        │                          ││                                                  │
        │                          ││                                                  │
        │                          ││                                                  │
        │                          ││                                                  │
        │                          ││                                                  │
        │                          ││                                                  │
        │                          ││                                                  │
        │                          ││                                                  │
        │                          │╰──────────────────────────────────────────────────╯
        │                          │╭ Journal ──────────────────────────────── ↑ more ─╮
        │                          ││ Today                                            │
        │                          ││ ▸ 21:13 · calm · Step 1                          │
        │                          ││   今日は散歩した 🌿 The walk by the river helped │
        │                          ││   more than I thought.                           │
        │                          ││                                                  │
        ╰──────────────────────────╯╰───────────────────────────────────────── ↓ more ─╯
         Introduction · Journal · 1/4 done  Enter edit  M mood  ? help  ! support       
        """)
    }

    @Test func at40x12() {
        #expect(screen(40, 12) == """
         rekindle · Tiny Guide        1/4 ▰▱▱▱▱ 
         Steps   Guide   Notes   Journal        
        ╭ Journal ──────────────────── ↑ more ─╮
        │ Today                                │
        │ ▸ 21:13 · calm · Step 1              │
        │   今日は散歩した 🌿 The walk by the  │
        │   river helped more than I thought.  │
        │                                      │
        │ Yesterday                            │
        │   20:13 · 2/5 · Step 2               │
        ╰───────────────────────────── ↓ more ─╯
         Introduction  M mood  ? help  ! support
        """)
    }
}
