import Testing
import RekindleKit
@testable import RekindleUI

@Suite struct HistoryOverlayTests {
    @Test func showsTheEndOfTheLastLineWithTextCutFromTheFront() {
        #expect(HistoryOverlay.ending(of: "first\nthe last words\n\n", width: 40) == "the last words")
        #expect(HistoryOverlay.ending(of: "the last words", width: 8) == "…t words")
        #expect(HistoryOverlay.ending(of: "   \n", width: 8) == "(empty)")
    }

    @Test func wideCharactersAreNeverCutInHalf() {
        let ending = HistoryOverlay.ending(of: "今日は落ち着いている", width: 6)
        #expect(ending == "…いる")
        #expect(DisplayText.width(of: ending) <= 6)
    }
}
