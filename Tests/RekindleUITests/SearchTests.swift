import Testing
@testable import RekindleUI

@Suite struct SearchTests {
    @Test func typingFindsMatchesIncrementallyAndHighlightsThem() {
        var s = state()
        send(&s, char("/"), char("w"), char("r"), char("o"))
        #expect(s.overlay == .search)
        #expect(s.search.matches.count == 1)
        #expect(s.section?.key == "s1" && s.selectedChecklistItem?.title == "Problems")
        let grid = render(s, size: s.size)
        let row = grid.lines.firstIndex { $0.contains("List what went wrong.") }!
        let x = grid.lines[row].distance(of: "wro")
        #expect(grid[x, row].style.role == .match)
        #expect(grid.lines.last!.hasPrefix("/wro"))
        #expect(grid.cursor == Point(x: 4, y: 39))
    }

    @Test func nextAndPreviousCycleAndEnterKeepsTheHighlight() {
        var s = state()
        send(&s, char("/"), char("t"), char("i"), char("m"), char("e"))
        // "one step at a time" (intro) and "Give it time" (Step 2)
        #expect(s.search.matches.count == 2)
        send(&s, key(.enter))
        #expect(s.isBrowsing && s.search.highlight == "time")
        send(&s, char("n"))
        #expect(s.section?.key == "s2")
        send(&s, char("n"))
        #expect(s.section?.key == "intro")
        send(&s, char("N"))
        #expect(s.section?.key == "s2")
        send(&s, key(.escape))
        #expect(s.search.highlight == "")
    }

    @Test func searchFindsNotes() {
        var s = state()
        send(&s, char("/"), char("w"), char("a"), char("l"), char("k"), key(.enter))
        #expect(s.section?.key == "s1" && s.focus == .notes)
    }

    /// Issue 10 item 22: the first key of a search over 10 MB of notes wrapped all of them to find
    /// the row of a match near the top (seconds in a release build).
    @Test func aMatchNearTheTopOfLongNotesWrapsOnlyAsFarAsIt() {
        let lines = (1...20_000).map { "Line \($0) of a long evening, written down." }
        var s = AppState(workbook: sampleWorkbook(),
                         notes: ["s1": (lines[..<99] + ["The sea at night."] + lines[99...]).joined(separator: "\n")])
        send(&s, char("/"), char("s"), char("e"), char("a"))
        #expect(s.section?.key == "s1" && s.focus == .notes)
        let rows = NotesPane.wrappedLines(s, "s1", width: s.contentRect(of: .notes).width, limit: 200)
        let shown = rows[s.panes.notes.scroll ..< min(rows.count, s.panes.notes.scroll + s.contentRect(of: .notes).height)]
        #expect(shown.contains { $0.contains("The sea at night.") })
        #expect(s.panes.notes.wrapCache.wrappedRowCount(key: "s1") < 1_000)
    }

    @Test func aMatchFarDownInLongNotesIsScrolledTo() {
        let lines = (1...20_000).map { "Line \($0) of a long evening, written down." }
        var s = AppState(workbook: sampleWorkbook(), notes: ["s1": (lines + ["The sea at night."]).joined(separator: "\n")])
        send(&s, char("/"), char("s"), char("e"), char("a"))
        let height = s.contentRect(of: .notes).height
        let rows = NotesPane.wrappedLines(s, "s1", width: s.contentRect(of: .notes).width)
        #expect(rows[s.panes.notes.scroll ..< min(rows.count, s.panes.notes.scroll + height)].contains { $0.contains("The sea at night.") })
    }

    @Test func escapeCancelsAndPutsYouBack() {
        var s = state()
        send(&s, char("2"), char("/"), char("m"), char("o"), char("t"))
        #expect(s.section?.key == "s1")
        send(&s, key(.backspace), key(.escape))
        #expect(s.section?.key == "s2" && s.focus == .steps && s.isBrowsing)
        #expect(s.search.query == "")
    }

    @Test func resizeWhileSearchingKeepsThePrompt() {
        var s = state()
        send(&s, char("/"), char("x"), .input(.resize(Size(width: 40, height: 10))))
        #expect(s.overlay == .search)
        #expect(render(s, size: s.size).lines.last!.hasPrefix("/x"))
    }
}
