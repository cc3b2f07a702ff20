import Testing
import RekindleKit
@testable import RekindleUI

@Suite struct HistoryOverlayTests {
    @Test func previewsTheLineThatChangedCutAtTheEnd() {
        #expect(HistoryOverlay.preview(of: summary(1, "the new words"), width: 40) == "the new words")
        #expect(HistoryOverlay.preview(of: summary(1, "the new words"), width: 8) == "the new…")
        #expect(HistoryOverlay.preview(of: summary(1, "   "), width: 8) == "(empty)")
        let removed = NoteRevisionSummary(id: 1, savedAt: t0, preview: "old line", change: .removed)
        #expect(HistoryOverlay.preview(of: removed, width: 40) == "took out: old line")
    }

    @Test func wideCharactersAreNeverCutInHalf() {
        let preview = HistoryOverlay.preview(of: summary(1, "今日は落ち着いている"), width: 6)
        #expect(preview == "今日…")
        #expect(DisplayText.width(of: preview) <= 6)
    }

    @Test func controlCharactersInAPreviewAreShownAsStandIns() {
        #expect(!HistoryOverlay.preview(of: summary(1, "a\u{1B}[31mred"), width: 40).contains("\u{1B}"))
    }
}
