import PropertyBased
import Testing
@testable import RekindleKit

@Suite struct DisplayTextWrapTests {
    static let pieces = [
        "a", "word", "longerword", "supercalifragilistic", " ", "  ", "\t", "\n", "漢", "字かな",
        "😀", "👍🏽", "🇫🇷", "e\u{301}", "\u{200B}", "ab漢c", "x\u{1B}y", ".",
    ]
    static let paragraphs = Gen.element(of: pieces).map { $0! }.array(of: 0...40).map { $0.joined() }

    static func isBreakWhitespace(_ character: Character) -> Bool {
        character == " " || character == "\t" || DisplayText.isLineBreak(character)
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: isBreakWhitespace).map(String.init)
    }

    @Test func emptyInputGivesOneEmptyLine() {
        #expect(DisplayText.wrap("", width: 10) == [""])
    }

    @Test func wrapsAtSpacesAndDropsBreakSpaces() {
        #expect(DisplayText.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(DisplayText.wrap("aaa   bbb", width: 4) == ["aaa", "bbb"])
    }

    @Test func newlinesForceBreaksAndKeepEmptyLines() {
        #expect(DisplayText.wrap("one\n\ntwo\r\nthree", width: 20) == ["one", "", "two", "three"])
    }

    @Test func leadingIndentIsKept() {
        #expect(DisplayText.wrap("  - item", width: 20) == ["  - item"])
    }

    @Test func tabsExpandToSpaces() {
        #expect(DisplayText.wrap("a\tb", width: 20) == ["a    b"])
    }

    @Test func longWordsBreakBetweenGraphemes() {
        #expect(DisplayText.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(DisplayText.wrap("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test func wideCharactersNeverStraddleTheEdge() {
        #expect(DisplayText.wrap("a漢字", width: 4) == ["a漢", "字"])
        #expect(DisplayText.wrap("😀😀😀", width: 5) == ["😀😀", "😀"])
        #expect(DisplayText.wrap("x🇫🇷👍🏽", width: 3) == ["x🇫🇷", "👍🏽"])
    }

    @Test func widthOneStillPlacesEveryGrapheme() {
        #expect(DisplayText.wrap("ab c", width: 1) == ["a", "b", "c"])
        #expect(DisplayText.wrap("漢x", width: 1) == ["漢", "x"])
        #expect(DisplayText.wrap("abc", width: 0) == ["a", "b", "c"])
        #expect(DisplayText.wrap("abc", width: -5) == ["a", "b", "c"])
    }

    @Test func linesFitTheWidth() async {
        await propertyCheck(input: Self.paragraphs, Gen.int(in: 1...12)) { text, width in
            for line in DisplayText.wrap(text, width: width) {
                let fits = DisplayText.width(of: line) <= width
                #expect(fits || line.count == 1, "\(line.debugDescription) is wider than \(width)")
            }
        }
    }

    @Test func onlyBreakWhitespaceIsLost() async {
        await propertyCheck(input: Self.paragraphs, Gen.int(in: 1...12)) { text, width in
            let lines = DisplayText.wrap(text, width: width)
            let kept = lines.joined().filter { !Self.isBreakWhitespace($0) }
            let original = text.filter { !Self.isBreakWhitespace($0) }
            #expect(Array(kept.unicodeScalars) == Array(original.unicodeScalars))
            #expect(lines.count >= text.filter(DisplayText.isLineBreak).count + 1)
        }
    }

    @Test func wordsThatFitAreNeverSplit() async {
        await propertyCheck(input: Self.paragraphs, Gen.int(in: 1...30)) { text, width in
            let words = Self.words(text)
            guard words.allSatisfy({ DisplayText.width(of: $0) <= width }) else { return }
            let wrapped = DisplayText.wrap(text, width: width).flatMap(Self.words)
            #expect(wrapped == words)
        }
    }

    /// The guide pane counts rows with `rowCount` and lays out only what it draws: both must agree.
    static let simplePieces = ["a", "word", "longerword", "supercalifragilistic", " ", "  ", "é", "ÿ", ".", "(#12)",
                                "don’t", "“quoted”", "—", "…", "│"]
    static let simpleParagraphs = Gen.element(of: simplePieces).map { $0! }.array(of: 0...40).map { $0.joined() }

    /// Lines of plain letters are wrapped from their scalars (`SoftWrap.plainRowStarts`), not their
    /// graphemes: wrapping grapheme by grapheme is the oracle.
    @Test func plainTextWrapsAsGraphemeByGrapheme() async {
        await propertyCheck(input: Self.simpleParagraphs, Gen.int(in: 1...30)) { text, width in
            let graphemeWise = DisplayText.wrapByGraphemes(text, width: width)
            #expect(DisplayText.wrap(text, width: width) == graphemeWise)
            #expect(DisplayText.rowCount(text, width: width) == graphemeWise.count)
        }
        for width in 0...12 {
            for text in ["", " ", "a b", "aaa   bbb", "  leading", "trailing  ", "abcdefghijklmnop qr", "éé ÿÿÿ é", "    "] {
                #expect(DisplayText.wrap(text, width: width) == DisplayText.wrapByGraphemes(text, width: width), "'\(text)' at \(width)")
            }
        }
    }

    @Test func rowCountMatchesWrapOnAnyText() async {
        await propertyCheck(input: Self.paragraphs, Gen.int(in: 1...30)) { text, width in
            #expect(DisplayText.rowCount(text, width: width) == DisplayText.wrap(text, width: width).count)
        }
        for width in 0...12 {
            for text in ["", " ", "a b", "aaa   bbb", "  leading", "trailing  ", "abcdefghijklmnop qr", "a bcdefghijklmnopqr s"] {
                #expect(DisplayText.rowCount(text, width: width) == DisplayText.wrap(text, width: width).count, "'\(text)' at \(width)")
            }
        }
    }

    @Test func megabyteParagraphWraps() {
        let text = String(repeating: "lorem ipsum 漢字 😀 dolor ", count: 40_000)
        let lines = DisplayText.wrap(text, width: 80)
        #expect(lines.count > 10_000)
        #expect(lines.allSatisfy { DisplayText.width(of: $0) <= 80 })
    }
}
