import Testing
@testable import RekindleKit

@Suite struct DisplayTextSanitizeTests {
    /// No scalar a terminal would act on may survive.
    static func isSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }

    @Test func plainTextIsUnchanged() {
        let text = "Step 1: breathe.\n\tThen write 漢字 and 😀, café."
        #expect(DisplayText.sanitize(text) == text)
    }

    @Test func escapeSequencesLoseTheirEscape() {
        let csi = DisplayText.sanitize("\u{1B}[2J\u{1B}[31mred")
        #expect(csi == "␛[2J␛[31mred")
        let osc52 = DisplayText.sanitize("\u{1B}]52;c;ZXZpbA==\u{07}")
        #expect(osc52 == "␛]52;c;ZXZpbA==␇")
        #expect(Self.isSafe(osc52))
    }

    @Test func c1AndBidiBecomeReplacementCharacter() {
        #expect(DisplayText.sanitize("a\u{9B}b\u{85}c") == "a\u{FFFD}b\u{FFFD}c")
        let bidi = "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{61C}"
        #expect(DisplayText.sanitize(bidi) == String(repeating: "\u{FFFD}", count: 12))
    }

    @Test func deleteAndLoneCarriageReturnGetPictures() {
        #expect(DisplayText.sanitize("a\u{7F}b\rc\u{0}") == "a␡b␍c␀")
    }

    @Test func crlfBecomesNewline() {
        #expect(DisplayText.sanitize("one\r\ntwo\u{1B}") == "one\ntwo␛")
    }

    @Test func everyControlScalarIsReplaced() {
        var all = String.UnicodeScalarView()
        for value in UInt32(0)...0xA0 { all.append(Unicode.Scalar(value)!) }
        let clean = DisplayText.sanitize(String(all))
        #expect(Self.isSafe(clean))
        #expect(clean.contains("\t") && clean.contains("\n"))
    }

    @Test func decodeRepairsInvalidUTF8() {
        #expect(DisplayText.decode([0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
        #expect(DisplayText.decode([0xE6, 0xBC]) == "\u{FFFD}")
        #expect(DisplayText.decode(Array("漢字".utf8)) == "漢字")
    }
}
