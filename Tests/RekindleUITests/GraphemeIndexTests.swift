import PropertyBased
import Testing
@testable import RekindleUI
import RekindleKit

/// The quick ways to find a grapheme's place in a line and to tell plain text must agree with the
/// standard ones on any text: ASCII and Latin runs, combining marks after them, CR LF, flags, emoji.
@Suite struct GraphemeIndexTests {
    static let pieces = ["a", "word ", "é", "e\u{301}", "\u{301}", "\r\n", "\r", "\n", "\t", "ñ", "ʼ", "\u{7F}",
                         "漢", "🇫🇷", "👍🏽", "a\u{200D}b", "\u{2014}", "ab\u{308}"]
    static let texts = Gen.element(of: pieces).map { $0! }.array(of: 0...24).map { $0.joined() }

    @Test func aGraphemeIsFoundWhereTheStandardWalkFindsIt() async {
        await propertyCheck(count: 400, input: Self.texts) { text in
            for count in 0...text.count {
                #expect(text.index(afterGraphemes: count) == text.index(text.startIndex, offsetBy: count),
                        "grapheme \(count) of \(text.debugDescription)")
            }
        }
    }

    @Test func plainTextIsCountedAsScalarByScalarChecking() async {
        await propertyCheck(count: 400, input: Self.texts) { text in
            var copy = text
            let bytes = Array(text.utf8)
            let ascii = copy.withUTF8(DisplayText.printableASCIIPrefixCount)
            #expect(ascii == (bytes.firstIndex { !DisplayText.isPrintableASCII($0) } ?? bytes.count))
            let plain = text.unicodeScalars.allSatisfy(DisplayText.isPlainScalar)
            #expect(DisplayText.plainScalarCount(text) == (plain ? text.unicodeScalars.count : nil))
        }
    }

    @Test func longASCIIIsCheckedEightBytesAtATimeToTheFirstControl() {
        for length in 0..<40 {
            for stop in [0x00, 0x1F, 0x7F, 0x80, 0xC3] where length > 0 {
                var bytes = Array(repeating: UInt8(ascii: "x"), count: length)
                bytes[length / 2] = UInt8(stop)
                let count = bytes.withUnsafeBufferPointer(DisplayText.printableASCIIPrefixCount)
                #expect(count == length / 2, "a \(stop) at \(length / 2) of \(length)")
            }
            let plain = Array(repeating: UInt8(ascii: "~"), count: length)
            #expect(plain.withUnsafeBufferPointer(DisplayText.printableASCIIPrefixCount) == length)
        }
    }
}
