import Testing
@testable import RekindleUI

/// Counting in folded notes gives what the on-screen highlight finds, and the fold is kept until
/// the text changes.
@Suite struct FoldedNotesTests {
    @Test(arguments: [
        ("Café CAFE cafe café", "cafe"), ("ÉTÉ été ete", "été"), ("aaaa", "aa"), ("今日は落ち着いている。今日", "今日"),
        ("no match here", "xyz"), ("", "a"), ("Straße strasse", "straße"), ("I miss him 🌙 so 🌙", "🌙"),
    ])
    func countsWhatTheHighlightFinds(text: String, query: String) {
        let folded = FoldedNotes()
        #expect(folded.occurrences(of: query, in: text, key: "s1") == Span.occurrences(of: query, in: text).count)
    }

    /// The fast fold (ASCII byte by byte, the rest through Foundation) is Foundation's fold.
    @Test(arguments: ["Café CAFE cafe café", "ÉTÉ été ete", "e\u{301}te\u{301} E\u{301}TE\u{301}", "Straße STRASSE",
                      "今日は落ち着いている。Today", "I miss HIM 🌙 so 🌙!", "naïve Ünïcödé\nÅngström\r\n", "ΣΊΣΥΦΟΣ σίσυφος", "", "ASCII only"])
    func theFastFoldIsFoundationsFold(text: String) {
        #expect(FoldedNotes.foldedBytes(text) == Array(FoldedNotes.fold(text).utf8))
    }

    @Test func aChangedTextIsFoldedAgain() {
        let folded = FoldedNotes()
        #expect(folded.occurrences(of: "walk", in: "a walk", key: "s1") == 1)
        #expect(folded.occurrences(of: "walk", in: "a walk, another walk", key: "s1") == 2)
    }
}
