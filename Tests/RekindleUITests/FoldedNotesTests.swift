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

    @Test func aChangedTextIsFoldedAgain() {
        let folded = FoldedNotes()
        #expect(folded.occurrences(of: "walk", in: "a walk", key: "s1") == 1)
        #expect(folded.occurrences(of: "walk", in: "a walk, another walk", key: "s1") == 2)
    }
}
