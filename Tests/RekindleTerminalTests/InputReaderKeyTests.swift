import Testing
@testable import RekindleTerminal
import RekindleUI

/// Every common spelling of a key decodes to that key, whatever `$TERM` says (issue 9, item 5),
/// and no spelling of an editing key ever comes out as Esc, which would leave an editor (item 1).
@Suite struct InputReaderKeyTests {
    static let spellings: [(String, Key)] = [
        // Home and End: VT220 (tmux, screen, Linux console), rxvt, xterm normal and application mode.
        ("\u{1B}[1~", .home), ("\u{1B}[7~", .home), ("\u{1B}[H", .home), ("\u{1B}OH", .home), ("\u{1B}[1;5H", .home),
        ("\u{1B}[4~", .end), ("\u{1B}[8~", .end), ("\u{1B}[F", .end), ("\u{1B}OF", .end), ("\u{1B}[1;2F", .end),
        // Arrows in both cursor modes, and modified.
        ("\u{1B}[A", .up), ("\u{1B}OA", .up), ("\u{1B}[B", .down), ("\u{1B}OB", .down),
        ("\u{1B}[C", .right), ("\u{1B}OC", .right), ("\u{1B}[D", .left), ("\u{1B}OD", .left),
        ("\u{1B}[1;2A", .shiftUp), ("\u{1B}[a", .shiftUp), ("\u{1B}[1;2B", .shiftDown), ("\u{1B}[b", .shiftDown),
        ("\u{1B}[1;2C", .shiftRight), ("\u{1B}[c", .shiftRight), ("\u{1B}[1;2D", .shiftLeft), ("\u{1B}[d", .shiftLeft),
        ("\u{1B}[1;5C", .ctrlRight), ("\u{1B}[1;3C", .ctrlRight), ("\u{1B}Oc", .ctrlRight),
        ("\u{1B}[1;5D", .ctrlLeft), ("\u{1B}[1;3D", .ctrlLeft), ("\u{1B}Od", .ctrlLeft),
        ("\u{1B}[1;5A", .up), ("\u{1B}[1;5B", .down), ("\u{1B}\u{1B}[D", .left), ("\u{1B}\u{1B}OA", .up),
        // Page and editing keys.
        ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[3~", .delete), ("\u{1B}[3;5~", .delete),
        ("\u{1B}[2~", .insert), ("\u{1B}[Z", .backTab),
        // Function keys: xterm, VT220, the Linux console.
        ("\u{1B}OP", .function(1)), ("\u{1B}[11~", .function(1)), ("\u{1B}[[A", .function(1)), ("\u{1B}[1;2P", .function(1)),
        ("\u{1B}OQ", .function(2)), ("\u{1B}[12~", .function(2)), ("\u{1B}[[B", .function(2)),
        ("\u{1B}[15~", .function(5)), ("\u{1B}[17~", .function(6)), ("\u{1B}[24~", .function(12)),
        // Backspace and its modified forms: DEL, Esc DEL, Ctrl-H, CSI u, modifyOtherKeys.
        ("\u{7F}", .backspace), ("\u{1B}[127u", .backspace),
        ("\u{1B}\u{7F}", .altBackspace), ("\u{1B}\u{08}", .altBackspace),
        ("\u{1B}[127;3u", .altBackspace), ("\u{1B}[27;3;127~", .altBackspace),
        ("\u{08}", .ctrlBackspace), ("\u{1B}[127;5u", .ctrlBackspace), ("\u{1B}[27;5;127~", .ctrlBackspace),
        // Control keys and their CSI u forms.
        ("\r", .enter), ("\n", .enter), ("\u{1B}OM", .enter), ("\u{1B}[13u", .enter), ("\t", .tab),
        ("\u{17}", .ctrl("w")), ("\u{15}", .ctrl("u")), ("\u{0B}", .ctrl("k")), ("\u{1A}", .ctrl("z")),
        ("\u{1B}[119;5u", .ctrl("w")), ("\u{1B}[27;5;117~", .ctrl("u")),
        // Alt plus a character.
        ("\u{1B}b", .alt("b")), ("\u{1B}f", .alt("f")), ("\u{1B}[98;3u", .alt("b")),
    ]

    @Test(arguments: spellings)
    func spellingDecodesToItsKey(bytes: String, key: Key) {
        #expect(events(bytes) == [.key(key)])
    }

    @Test func eachSpellingAloneLeavesTheFollowingTextIntact() {
        for (bytes, key) in Self.spellings {
            #expect(events(bytes + "ok") == [.key(key), .key(.char("o")), .key(.char("k"))], "\(Array(bytes.utf8))")
        }
    }

    @Test func ctrlHIsBackspaceWhereTerminfoSaysSo() {
        #expect(events(ScriptedBytes().send("\u{08}"), backspaceIsCtrlH: true) == [.key(.backspace)])
        #expect(events(ScriptedBytes().send("\u{1B}\u{08}"), backspaceIsCtrlH: true) == [.key(.altBackspace)])
    }

    @Test func unknownAndBrokenSequencesAreDroppedWholeNeverTyped() {
        #expect(events("\u{1B}[99~x") == [.key(.char("x"))])
        #expect(events("\u{1B}[?1;2cx") == [.key(.char("x"))])  // a device attributes reply
        #expect(events("\u{1B}[Ix\u{1B}[O") == [.key(.char("x"))])  // focus in and out
        #expect(events("\u{1B}[1;5Ex") == [.key(.char("x"))])
        #expect(events("\u{1B}[2 qx") == [.key(.char("x"))])  // an intermediate byte
        // A sequence broken off by the next one: the broken part goes, the next key stays.
        #expect(events("\u{1B}[1;\u{1B}[A") == [.key(.up)])
        #expect(events(ScriptedBytes().send("\u{1B}[1;5").pause(200).send("x")) == [.key(.char("x"))])
    }

    @Test func textIsDecodedFromUTF8EvenWhenACharacterIsSplitBetweenReads() {
        #expect(events("café 漢字🎉") == "café 漢字🎉".map { .key(.char($0)) })
        let bytes = Array("漢🎉".utf8)
        let split = ScriptedBytes().send(Array(bytes[0..<2])).pause(5).send(Array(bytes[2..<5])).send(Array(bytes[5...]))
        #expect(events(split) == [.key(.char("漢")), .key(.char("🎉"))])
        #expect(events("e\u{301}") == [.key(.char("é"))])
        #expect(events("🇫🇷👍🏽") == [.key(.char("🇫🇷")), .key(.char("👍🏽"))])
        #expect(events(ScriptedBytes().send([0xFF, 0x61, 0xC3])) == [.key(.char("\u{FFFD}")), .key(.char("a")),
                                                                      .key(.char("\u{FFFD}"))])
    }

    @Test func controlCharactersWithoutAMeaningAreIgnored() {
        #expect(events("\u{00}\u{1C}\u{1D}a") == [.key(.char("a"))])
        #expect(events("\u{9B}a") == [.key(.char("a"))])  // a C1 control sent as UTF-8
    }
}
