import PropertyBased
import Testing
@testable import RekindleUI
import RekindleKit

/// A layout built from the one before re-wraps an edited line only from two rows above the edit
/// (`WrappedLine.replaceGraphemes`) and keeps the row texts before it: it must show exactly what
/// a layout built from nothing shows, after any edit, at any width.
@Suite struct TextLayoutIncrementalTests {
    static let sessions = EditOperation.generator.array(of: 1...40)
    static let startTexts = Gen.element(of: [
        "", "a long line of words that wraps over several rows of a narrow pane",
        "word word word\twith a tab and  double  spaces   at the end   ",
        "漢字 😀 wide and emoji 🇫🇷🇩🇪 flags e\u{301}x accents\n\nsecond paragraph here",
        "averyveryverylongwordwithoutanyspacethatmustbreakbetweengraphemes and more",
    ]).map { $0! }
    static let widths = Gen.int(in: 1...24)

    @Test func aLayoutBuiltFromTheLastShowsWhatAFreshOneShows() async {
        await propertyCheck(count: 300, input: Self.startTexts, Self.widths, Self.sessions) { start, width, operations in
            var buffer = TextBuffer(text: start)
            var model = TextBufferModel(text: start)
            var layout = TextLayout(buffer: buffer, width: width, height: 5, scroll: ScrollPosition())
            for (step, operation) in operations.enumerated() {
                operation.apply(to: &buffer, &model)
                let scroll = layout.scroll
                let fresh = TextLayout(buffer: buffer, width: width, height: 5, scroll: scroll)
                layout = TextLayout(buffer: buffer, width: width, height: 5, scroll: scroll, reusing: layout)
                #expect(layout == fresh, "step \(step): \(operation) at width \(width) in \(operations)")
                #expect(layout.continuesBelow == fresh.continuesBelow, "step \(step): \(operation)")
                if layout != fresh { return }
            }
        }
    }

    @Test func typingAtTheEndOfALongParagraphKeepsTheRowsAboveIt() {
        var buffer = TextBuffer(text: String(repeating: "some words to wrap ", count: 40))
        buffer.moveToEnd()
        var layout = TextLayout(buffer: buffer, width: 20, height: 50, scroll: ScrollPosition())
        for character in "and then a few more words typed at the end" {
            buffer.insert(String(character))
            layout = TextLayout(buffer: buffer, width: 20, height: 50, scroll: layout.scroll, reusing: layout)
            #expect(layout == TextLayout(buffer: buffer, width: 20, height: 50, scroll: layout.scroll))
        }
    }
}
