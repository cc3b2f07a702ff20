import Testing
@testable import RekindleKit

@Suite struct DisplayTextWidthTests {
    @Test(arguments: [
        ("a", 1), (" ", 1), ("~", 1),
        ("\u{E9}", 1), ("e\u{301}", 1), ("e\u{301}\u{323}", 1),
        ("漢", 2), ("한", 2), ("\u{1100}\u{1161}\u{11A8}", 2), ("Ａ", 2), ("。", 2),
        ("😀", 2), ("👍🏽", 2), ("🇫🇷", 2), ("👨\u{200D}👩\u{200D}👧\u{200D}👦", 2),
        ("❤\u{FE0F}", 2), ("1\u{FE0F}\u{20E3}", 2), ("☺", 1),
        ("\u{200B}", 0), ("\u{301}", 0), ("\u{200D}", 0),
        ("\u{1B}", 1), ("\u{7F}", 1), ("\u{85}", 1), ("\u{202E}", 1), ("\t", 1), ("\u{AD}", 1),
    ] as [(String, Int)])
    func characterWidth(text: String, expected: Int) {
        #expect(text.count == 1, "fixture must be one grapheme")
        #expect(DisplayText.width(of: Character(text)) == expected)
    }

    @Test func stringWidthSumsGraphemes() {
        #expect(DisplayText.width(of: "") == 0)
        #expect(DisplayText.width(of: "abc") == 3)
        #expect(DisplayText.width(of: "漢字 ok") == 7)
        #expect(DisplayText.width(of: "a😀e\u{301}🇫🇷") == 6)
        #expect(DisplayText.width(of: "a\u{1B}[31m") == 6)
    }

    @Test func stringWidthMatchesSanitisedWidth() {
        let raw = "x\u{1B}]52;c;AAAA\u{07}\u{9B}2J\u{202E}y\u{7F}"
        #expect(DisplayText.width(of: raw) == DisplayText.width(of: DisplayText.sanitize(raw)))
    }

    /// The fast path for common one-column scalars agrees with the full rule it skips.
    @Test func plainOneColumnScalarsPassTheFullRule() {
        for value in UInt32(0)...0x2FFF where DisplayText.isPlainOneColumn(value) {
            let scalar = Unicode.Scalar(value)!
            #expect(ScalarWidth.standIn(for: scalar) == nil, "U+\(String(value, radix: 16))")
            #expect(!ScalarWidth.isZeroWidth(scalar), "U+\(String(value, radix: 16))")
            #expect(!ScalarWidth.isEastAsianWide(scalar), "U+\(String(value, radix: 16))")
            #expect(!scalar.properties.isEmojiPresentation, "U+\(String(value, radix: 16))")
            #expect(DisplayText.width(of: Character(scalar)) == 1)
        }
    }

    /// Text of plain scalars is drawn a scalar a cell without segmenting it: no plain scalar joins
    /// the one before it (an extending or spacing mark would) or the one after it (a prepended one).
    @Test func plainScalarsAreEachTheirOwnGrapheme() {
        for value in UInt32(0x20)...0x2FFF {
            guard let scalar = Unicode.Scalar(value), DisplayText.isPlainScalar(scalar) else { continue }
            #expect("a\(scalar)".count == 2 && "\(scalar)a".count == 2 && "\(scalar)\(scalar)".count == 2,
                    "U+\(String(value, radix: 16))")
        }
    }
}
