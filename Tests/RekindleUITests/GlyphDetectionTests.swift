import Testing
@testable import RekindleUI

/// ASCII glyphs exactly where the terminal may lack the Unicode ones.
@Suite struct GlyphDetectionTests {
    @Test(arguments: [
        (["LANG": "en_US.UTF-8"], GlyphSet.Kind.unicode),
        (["LANG": "C.UTF-8", "TERM": "xterm-256color"], .unicode),
        (["LC_ALL": "de_DE.utf8@euro"], .unicode),
        ([:], .ascii),
        (["LANG": "C"], .ascii),
        (["LANG": "POSIX"], .ascii),
        (["LANG": "en_US"], .ascii),
        (["LANG": "en_US.ISO-8859-1"], .ascii),
        // LC_ALL wins over LC_CTYPE, which wins over LANG; an empty one does not count.
        (["LC_ALL": "C", "LANG": "en_US.UTF-8"], .ascii),
        (["LC_CTYPE": "C", "LANG": "en_US.UTF-8"], .ascii),
        (["LC_ALL": "", "LC_CTYPE": "en_US.UTF-8", "LANG": "C"], .unicode),
        (["LANG": "en_US.UTF-8", "TERM": "linux"], .ascii),
    ])
    func detection(environment: [String: String], expected: GlyphSet.Kind) {
        #expect(GlyphSet.detect(environment: environment).kind == expected)
    }

    @Test func asciiStandInsKeepTheirWidth() {
        let pairs: [(String, String)] = [
            (GlyphSet.unicode.horizontal, GlyphSet.ascii.horizontal), (GlyphSet.unicode.topLeft, GlyphSet.ascii.topLeft),
            (GlyphSet.unicode.progressFilled, GlyphSet.ascii.progressFilled), (GlyphSet.unicode.moreAbove, GlyphSet.ascii.moreAbove),
            (GlyphSet.unicode.pointer, GlyphSet.ascii.pointer), (GlyphSet.unicode.ownItem, GlyphSet.ascii.ownItem),
        ]
        for (unicode, ascii) in pairs {
            #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
            #expect(ascii.count == unicode.count, "\(unicode) → \(ascii)")
        }
        #expect(GlyphSet.ascii.plain("Keys — Esc closes · “x” ✎ ↑") == "Keys - Esc closes - \"x\" * Up")
        #expect(GlyphSet.unicode.plain("Keys — Esc") == "Keys — Esc")
    }
}
