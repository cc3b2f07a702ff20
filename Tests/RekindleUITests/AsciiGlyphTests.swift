import Testing
@testable import RekindleUI

/// Where the locale is not UTF-8 or the terminal is the Linux console, the app draws its frame and
/// marks in ASCII; the person's text is drawn as it is, in the same columns.
@Suite struct AsciiGlyphTests {
    private func asciiState(_ width: Int = 80, _ height: Int = 24) -> AppState {
        var s = state(size: Size(width: width, height: height))
        s.session.preferences.glyphs = .ascii
        return s
    }

    private func screen(_ state: AppState) -> String {
        render(state, size: state.size).lines.joined(separator: "\n")
    }

    @Test func theGuideAt80x24() {
        var s = asciiState()
        s.focus = .guide
        send(&s, char("2"))
        #expect(screen(s) == """
         rekindle - Tiny Guide                                                1/4 #---- 
        + Steps -------------------++ Guide -------------------------------------------+
        |   Introduction           || Step 2: Contact                                  |
        |   1 Reflect      1/2 #-- ||                                                  |
        | > 2 Contact      0/2 --- || Wait, then write.                                |
        |   Closing                ||                                                  |
        |                          || Checklist - 0 of 2 done                          |
        |                          ||                                                  |
        |                          || [ ] Give it time                                 |
        |                          ||     Let things cool.                             |
        |                          ||                                                  |
        |                          || [ ] * Call Sam                                   |
        |                          ||                                                  |
        |                          ||                                                  |
        |                          ||                                                  |
        |                          |+--------------------------------------------------+
        |                          |+ Notes -------------------------------------------+
        |                          || No notes yet - press i to write                  |
        |                          ||                                                  |
        |                          ||                                                  |
        |                          ||                                                  |
        |                          ||                                                  |
        +--------------------------++--------------------------------------------------+
         Step 2 - Guide - 1/4 done  Space tick  a add  e edit  ? help  ! support  q quit
        """)
    }

    @Test func helpAt80x24NamesArrowKeysInWords() {
        var s = asciiState()
        s.focus = .guide
        send(&s, char("?"))
        let text = screen(s)
        #expect(text.contains("| J/Shift-Down        Move the item down"))
        #expect(text.contains("+ Keys - Esc closes ---"))
        #expect(text.contains(" v more "))
        #expect(text.contains("Add an item of your own (marked *) below"))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    /// The person's words keep their letters and their columns; only the app's own glyphs change.
    @Test func nonASCIITextKeepsTheLayout() {
        var s = AppState(workbook: sampleWorkbook(), notes: ["s1": "Heute fühle ich mich ruhiger — 今日は 🌙"],
                         size: Size(width: 80, height: 24))
        s.session.preferences.glyphs = .ascii
        send(&s, char("1"))
        let grid = render(s, size: s.size)
        #expect(checkInvariants(grid).isEmpty)
        let lines = grid.lines
        let note = lines.first { $0.contains("Heute") }
        #expect(note?.contains("Heute fühle ich mich ruhiger — 今日は 🌙") == true)
        for line in lines where line != note { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)") }
    }
}
