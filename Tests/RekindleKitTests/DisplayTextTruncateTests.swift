import Testing
@testable import RekindleKit

@Suite struct DisplayTextTruncateTests {
    @Test func shortTextIsKept() {
        #expect(DisplayText.truncate("hello", width: 5) == "hello")
        #expect(DisplayText.truncate("漢字", width: 4) == "漢字")
    }

    @Test func longTextEndsInEllipsis() {
        #expect(DisplayText.truncate("hello world", width: 6) == "hello…")
        #expect(DisplayText.truncate("hello", width: 1) == "…")
    }

    @Test func wideCharacterIsNeverSplit() {
        #expect(DisplayText.truncate("漢字漢字", width: 4) == "漢…")
        #expect(DisplayText.truncate("a漢字", width: 3) == "a…")
        #expect(DisplayText.truncate("漢", width: 1) == "…")
    }

    @Test func ellipsisWiderThanRoomIsDropped() {
        #expect(DisplayText.truncate("abcdef", width: 2, ellipsis: "...") == "ab")
        #expect(DisplayText.truncate("abc", width: 0) == "")
    }

    @Test func resultNeverExceedsWidth() {
        let samples = ["", "a", "漢字かな", "😀👍🏽🇫🇷x", "e\u{301}e\u{301}e\u{301}", "a\u{1B}b"]
        for text in samples {
            for width in 0...8 {
                #expect(DisplayText.width(of: DisplayText.truncate(text, width: width)) <= width)
            }
        }
    }
}
