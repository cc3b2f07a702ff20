import Foundation
import RekindleKit
import Testing
@testable import RekindleUI

/// Each tool's room as whole screens, at 120x40 and 80x24, with CJK and emoji in what the person
/// wrote, on a fixed clock in UTC (Monday 30 November 2026, 21:00). Checked by eye once.
@Suite struct ToolGoldenTests {
    static let now = Date(timeIntervalSince1970: 1_796_072_400)
    static let hour: TimeInterval = 3600
    static let day: TimeInterval = 86_400

    static func entry(_ id: Int64, _ kind: EntryKind, _ body: String, ago: TimeInterval, due: LocalDay? = nil,
                      done: Bool = false) -> Entry {
        let at = now.addingTimeInterval(-ago)
        return Entry(id: id, kind: kind, at: at, body: body, sectionKey: kind == .win ? "s5" : kind == .goal ? "s6" : "s2",
                     updatedAt: at, createdAt: at, due: due, doneAt: done ? at.addingTimeInterval(hour) : nil)
    }

    static let snapshot = ToolsSnapshot(
        coolingOff: CoolingOffSettings(breakup: LocalDay(year: 2026, month: 11, day: 1), periodDays: 42),
        entries: [
            entry(1, .contact, "He wrote first. I answered briefly and felt shaky afterwards — 少し悲しい。", ago: 12 * day),
            entry(2, .draft, "Hi, how have you been? I walked past the café we liked and thought of you. 😊", ago: 3 * hour),
            entry(3, .draft, "I'm sorry for how that evening ended.\nI understand it better now.", ago: 2 * day),
            entry(4, .win, "Walked by the river for an hour 🌿", ago: 1 * day),
            entry(5, .win, "Cooked a real dinner", ago: 2 * hour),
            entry(6, .win, "Called my sister — 姉と話した", ago: 9 * day),
            entry(7, .goal, "Plan a calm weekend for myself", ago: 3 * day, due: LocalDay(year: 2026, month: 12, day: 5)),
            entry(8, .goal, "Talk to a counselor 相談する", ago: 6 * day, due: LocalDay(year: 2026, month: 11, day: 27), done: true),
            entry(9, .goal, "Read one chapter a night", ago: 1 * day),
        ])

    private func screen(_ tool: GuideTool, _ width: Int, _ height: Int) -> String {
        let size = Size(width: width, height: height)
        var s = AppState(workbook: toolsWorkbook(), size: size)
        s.tools.timeZone = TimeZone(identifier: "UTC")!
        s.panes.journal.timeZone = TimeZone(identifier: "UTC")!
        s.tools.itemTools = ["i3": .coolingOff, "i5": .drafts, "i6": .wins, "i7": .goals, "i8": .support]
        send(&s, .toolsLoaded(Self.snapshot), now: Self.now)
        _ = s.openTool(tool)
        send(&s, .idle, now: Self.now)
        return render(s, size: size).lines.joined(separator: "\n")
    }

    @Test func counterAt120x40() {
        #expect(screen(.coolingOff, 120, 40) == """
         rekindle · Tiny Guide                                                                                        0/6 ▱▱▱▱▱ 
        ╭ Steps ──────────╭ Cooling-off counter — Esc closes ────────────────────────────────────────────────╮─────────────────╮
        │ ▸ 2 Contact     │ day 12 of about 6 weeks                                                          │press i to write │
        │   5 Memories    │ This stretch began Wednesday 18 November 2026 (contact logged) · counting since  │                 │
        │   6 Future      │ Sunday 1 November 2026 (the breakup)                                             │                 │
        │                 │ Longest stretch: 17 days                                                         │                 │
        │                 │                                                                                  │                 │
        │                 │ Quiet milestones: reached 1 week · next: 2 weeks                                 │                 │
        │                 │                                                                                  │                 │
        │                 │ This counts the days of the time apart you chose. It is not a test: if contact   │                 │
        │                 │ happens, log it here and a new stretch begins — every stretch stays in the       │                 │
        │                 │ history.                                                                         │                 │
        │                 │ If contact ever feels unsafe, F12 shows where to find help.                      │                 │
        │                 │                                                                                  │                 │
        │                 │ Contact logged                                                                   │                 │
        │                 │ ▸ Wednesday 18 November 21:00                                                    │                 │
        │                 │     He wrote first. I answered briefly and felt shaky afterwards — 少し悲しい。  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        ╰─────────────────╰──────────────────────────────────────────────────────────────────────────────────╯─────────────────╯
         Step 2 · Counter · 0/6 done  s set  c log contact  Esc close  j move  F12 support                                      
        """)
    }

    @Test func counterAt80x24() {
        #expect(screen(.coolingOff, 80, 24) == """
         rekindle · Tiny Guide                                                0/6 ▱▱▱▱▱ 
        ╭ ╭ Cooling-off counter — Esc closes ────────────────────────────────────────╮─╮
        │ │ day 12 of about 6 weeks                                                  │ │
        │ │ This stretch began Wednesday 18 November 2026 (contact logged) ·         │ │
        │ │ counting since Sunday 1 November 2026 (the breakup)                      │ │
        │ │ Longest stretch: 17 days                                                 │ │
        │ │                                                                          │ │
        │ │ Quiet milestones: reached 1 week · next: 2 weeks                         │ │
        │ │                                                                          │ │
        │ │ This counts the days of the time apart you chose. It is not a test: if   │ │
        │ │ contact happens, log it here and a new stretch begins — every stretch    │ │
        │ │ stays in the history.                                                    │ │
        │ │ If contact ever feels unsafe, F12 shows where to find help.              │ │
        │ │                                                                          │ │
        │ │ Contact logged                                                           │ │
        │ │ ▸ Wednesday 18 November 21:00                                            │─╯
        │ │     He wrote first. I answered briefly and felt shaky afterwards —       │─╮
        │ │     少し悲しい。                                                         │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        ╰─╰──────────────────────────────────────────────────────────────────────────╯─╯
         Step 2 · Counter · 0/6 done  s set  c log contact  Esc close  F12 support      
        """)
    }

    @Test func draftsAt120x40() {
        #expect(screen(.drafts, 120, 40) == """
         rekindle · Tiny Guide                                                                                        0/6 ▱▱▱▱▱ 
        ╭ Steps ──────────╭ Drafts — Esc closes ─────────────────────────────────────────────────────────────╮─────────────────╮
        │ ▸ 2 Contact     │ Messages you might send, or just need to write. rekindle never sends anything    │press i to write │
        │   5 Memories    │ and has no network code; drafts stay in its database on this computer, and go    │                 │
        │   6 Future      │ elsewhere only in a backup or export you make. Until a day has passed since you  │                 │
        │                 │ last wrote one, it reads “give it a night”.                                      │                 │
        │                 │ If contact ever feels unsafe, F12 shows where to find help.                      │                 │
        │                 │                                                                                  │                 │
        │                 │   1. written 2 days ago · ready to reread                                        │                 │
        │                 │     I'm sorry for how that evening ended.                                        │                 │
        │                 │     I understand it better now.                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │ ▸ 2. written 3 hours ago · give it a night                                       │                 │
        │                 │     Hi, how have you been? I walked past the café we liked and thought of you.   │                 │
        │                 │     😊                                                                           │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        ╰─────────────────╰──────────────────────────────────────────────────────────────────────────────────╯─────────────────╯
         Step 2 · Drafts · 0/6 done  a write  Enter edit  H history  m to notes  Esc close  j move  F12 support                 
        """)
    }

    @Test func draftsAt80x24() {
        #expect(screen(.drafts, 80, 24) == """
         rekindle · Tiny Guide                                                0/6 ▱▱▱▱▱ 
        ╭ ╭ Drafts — Esc closes ─────────────────────────────────────────────────────╮─╮
        │ │ Messages you might send, or just need to write. rekindle never sends     │ │
        │ │ anything and has no network code; drafts stay in its database on this    │ │
        │ │ computer, and go elsewhere only in a backup or export you make. Until a  │ │
        │ │ day has passed since you last wrote one, it reads “give it a night”.     │ │
        │ │ If contact ever feels unsafe, F12 shows where to find help.              │ │
        │ │                                                                          │ │
        │ │   1. written 2 days ago · ready to reread                                │ │
        │ │     I'm sorry for how that evening ended.                                │ │
        │ │     I understand it better now.                                          │ │
        │ │                                                                          │ │
        │ │ ▸ 2. written 3 hours ago · give it a night                               │ │
        │ │     Hi, how have you been? I walked past the café we liked and thought   │ │
        │ │     of you. 😊                                                           │ │
        │ │                                                                          │─╯
        │ │                                                                          │─╮
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        ╰─╰──────────────────────────────────────────────────────────────────────────╯─╯
         Step 2 · Drafts · 0/6 done  a write  Enter edit  H history  j move  F12 support
        """)
    }

    @Test func winsAt120x40() {
        #expect(screen(.wins, 120, 40) == """
         rekindle · Tiny Guide                                                                                        0/6 ▱▱▱▱▱ 
        ╭ Steps ──────────╭ Small wins — Esc closes ─────────────────────────────────────────────────────────╮─────────────────╮
        │ ▸ 2 Contact     │ Small wins, dated. Any size counts; a quiet week is simply not listed.           │press i to write │
        │   5 Memories    │                                                                                  │                 │
        │   6 Future      │ Week of Monday 16 November 2026 · 1 win                                          │                 │
        │                 │   Saturday 21 November                                                           │                 │
        │                 │     Called my sister — 姉と話した                                                │                 │
        │                 │                                                                                  │                 │
        │                 │ Week of Monday 23 November 2026 · 1 win                                          │                 │
        │                 │   Yesterday                                                                      │                 │
        │                 │     Walked by the river for an hour 🌿                                           │                 │
        │                 │                                                                                  │                 │
        │                 │ Week of Monday 30 November 2026 · 1 win                                          │                 │
        │                 │ ▸ Today                                                                          │                 │
        │                 │     Cooked a real dinner                                                         │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        ╰─────────────────╰──────────────────────────────────────────────────────────────────────────────────╯─────────────────╯
         Step 2 · Wins · 0/6 done  a add  Esc close  j move  F12 support                                                        
        """)
    }

    @Test func winsAt80x24() {
        #expect(screen(.wins, 80, 24) == """
         rekindle · Tiny Guide                                                0/6 ▱▱▱▱▱ 
        ╭ ╭ Small wins — Esc closes ─────────────────────────────────────────────────╮─╮
        │ │ Small wins, dated. Any size counts; a quiet week is simply not listed.   │ │
        │ │                                                                          │ │
        │ │ Week of Monday 16 November 2026 · 1 win                                  │ │
        │ │   Saturday 21 November                                                   │ │
        │ │     Called my sister — 姉と話した                                        │ │
        │ │                                                                          │ │
        │ │ Week of Monday 23 November 2026 · 1 win                                  │ │
        │ │   Yesterday                                                              │ │
        │ │     Walked by the river for an hour 🌿                                   │ │
        │ │                                                                          │ │
        │ │ Week of Monday 30 November 2026 · 1 win                                  │ │
        │ │ ▸ Today                                                                  │ │
        │ │     Cooked a real dinner                                                 │ │
        │ │                                                                          │─╯
        │ │                                                                          │─╮
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        ╰─╰──────────────────────────────────────────────────────────────────────────╯─╯
         Step 2 · Wins · 0/6 done  a add  Esc close  j move  F12 support                
        """)
    }

    @Test func goalsAt120x40() {
        #expect(screen(.goals, 120, 40) == """
         rekindle · Tiny Guide                                                                                        0/6 ▱▱▱▱▱ 
        ╭ Steps ──────────╭ Goals — Esc closes ──────────────────────────────────────────────────────────────╮─────────────────╮
        │ ▸ 2 Contact     │ Goals, each with a target day if you want one. Done goals stay, with their day.  │press i to write │
        │   5 Memories    │                                                                                  │                 │
        │   6 Future      │   [x] Talk to a counselor 相談する                                               │                 │
        │                 │       done on Tuesday 24 November · it was set for Friday 27 November 2026       │                 │
        │                 │                                                                                  │                 │
        │                 │   [ ] Plan a calm weekend for myself                                             │                 │
        │                 │       target day in 5 days                                                       │                 │
        │                 │                                                                                  │                 │
        │                 │ ▸ [ ] Read one chapter a night                                                   │                 │
        │                 │       no target day                                                              │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        │                 │                                                                                  │                 │
        ╰─────────────────╰──────────────────────────────────────────────────────────────────────────────────╯─────────────────╯
         Step 2 · Goals · 0/6 done  a add  Space done  Esc close  j move  F12 support                                           
        """)
    }

    @Test func goalsAt80x24() {
        #expect(screen(.goals, 80, 24) == """
         rekindle · Tiny Guide                                                0/6 ▱▱▱▱▱ 
        ╭ ╭ Goals — Esc closes ──────────────────────────────────────────────────────╮─╮
        │ │ Goals, each with a target day if you want one. Done goals stay, with     │ │
        │ │ their day.                                                               │ │
        │ │                                                                          │ │
        │ │   [x] Talk to a counselor 相談する                                       │ │
        │ │       done on Tuesday 24 November · it was set for Friday 27 November    │ │
        │ │       2026                                                               │ │
        │ │                                                                          │ │
        │ │   [ ] Plan a calm weekend for myself                                     │ │
        │ │       target day in 5 days                                               │ │
        │ │                                                                          │ │
        │ │ ▸ [ ] Read one chapter a night                                           │ │
        │ │       no target day                                                      │ │
        │ │                                                                          │ │
        │ │                                                                          │─╯
        │ │                                                                          │─╮
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        ╰─╰──────────────────────────────────────────────────────────────────────────╯─╯
         Step 2 · Goals · 0/6 done  a add  Space done  Esc close  j move  F12 support   
        """)
    }
}
