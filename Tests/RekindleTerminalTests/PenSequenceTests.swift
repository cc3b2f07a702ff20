import Testing
@testable import RekindleTerminal

/// A pen's sequence from terminfo's pieces: one SGR where every piece is one, the pieces as they
/// are where any is not.
@Suite struct PenSequenceTests {
    private let escape = "\u{1B}"

    @Test func xtermPiecesBecomeOneSequenceFromZero() {
        // xterm-256color: sgr0 ⎋(B⎋[m, op ⎋[39;49m, bold ⎋[1m, setaf 63 ⎋[38;5;63m.
        let joined = PenSequence.joined(reset: "\(escape)(B\(escape)[m", defaultColors: "\(escape)[39;49m",
                                        ["\(escape)[1m", "\(escape)[38;5;63m"])
        #expect(joined == "\(escape)[0;1;38;5;63m")
        #expect(PenSequence.joined(reset: "\(escape)(B\(escape)[m", defaultColors: "\(escape)[39;49m", []) == "\(escape)[0m")
    }

    @Test func screenAndTheLinuxConsoleToo() {
        // screen and linux: sgr0 ⎋[m followed by SI; linux's eight colours ⎋[3Nm.
        let joined = PenSequence.joined(reset: "\(escape)[m\u{0F}", defaultColors: "\(escape)[39;49m",
                                        ["\(escape)[7m", "\(escape)[37m", "\(escape)[41m"])
        #expect(joined == "\(escape)[0;7;37;41m")
        #expect(PenSequence.joined(reset: "\(escape)[0m", defaultColors: "", ["\(escape)[4m"]) == "\(escape)[0;4m")
    }

    @Test func anyPieceThatIsNotOneSGRKeepsThemAllAsTheyAre() {
        let reset = "\(escape)[m", colors = "\(escape)[39;49m"
        // Two sequences in one piece, a private form, and a reset that is not an SGR.
        for piece in ["\(escape)[1m\(escape)[2m", "\(escape)[?5m", "\(escape)[m", "\u{0F}"] {
            #expect(PenSequence.joined(reset: reset, defaultColors: colors, [piece]) == reset + colors + piece)
        }
        let oddReset = "\(escape)[0;10m\(escape)(B"
        #expect(PenSequence.joined(reset: oddReset, defaultColors: colors, ["\(escape)[1m"]) == oddReset + colors + "\(escape)[1m")
        #expect(PenSequence.joined(reset: "", defaultColors: "", ["\(escape)[1m"]) == "\(escape)[1m")
    }

    @Test func theCharsetPartIsAllowedOnlyInTheReset() {
        #expect(PenSequence.sgrParameters(of: "\(escape)(B\(escape)[m", charsetAllowed: true) == "")
        #expect(PenSequence.sgrParameters(of: "\(escape)(B\(escape)[1m", charsetAllowed: false) == nil)
        #expect(PenSequence.sgrParameters(of: "\(escape)[38;5;63m", charsetAllowed: false) == "38;5;63")
    }
}
