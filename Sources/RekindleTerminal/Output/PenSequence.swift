/// One pen's sequence, from terminfo's pieces: the reset (sgr0), the terminal's own colours (op),
/// then one piece per attribute and colour.
///
/// Where every piece is a single ECMA-48 SGR, as on xterm, tmux, screen and the Linux console,
/// their parameters go in one sequence that starts from 0: bold in the accent colour is
/// "⎋[0;1;38;5;63m" (14 bytes) rather than "⎋(B⎋[m⎋[39;49m⎋[1m⎋[38;5;63m" (30), and a section
/// switch sends about a tenth fewer bytes. SGR 0 puts the colours back to the terminal's own as
/// well, so op is not needed there. sgr0's charset part (xterm's "⎋(B", screen's SI) selects the
/// ASCII set: curses selected it when it started, and nothing rekindle sends selects another.
enum PenSequence {
    static func joined(reset: String, defaultColors: String, _ pieces: [String]) -> String {
        guard let resetParameters = sgrParameters(of: reset, charsetAllowed: true) else {
            return reset + defaultColors + pieces.joined()
        }
        var parameters = [resetParameters.isEmpty ? "0" : resetParameters]
        for piece in pieces {
            guard let own = sgrParameters(of: piece, charsetAllowed: false), !own.isEmpty else {
                return reset + defaultColors + pieces.joined()
            }
            parameters.append(own)
        }
        return "\u{1B}[" + parameters.joined(separator: ";") + "m"
    }

    /// "1" for "⎋[1m", "" for "⎋[m"; nil for anything that is not one SGR of digits and ';'.
    /// With `charsetAllowed`, sgr0's "⎋(B" before it or SI after it is let through.
    static func sgrParameters(of sequence: String, charsetAllowed: Bool) -> String? {
        var text = Substring(sequence)
        if charsetAllowed {
            if text.hasPrefix("\u{1B}(B") { text = text.dropFirst(3) }
            if text.hasSuffix("\u{0F}") { text = text.dropLast() }
        }
        guard text.hasPrefix("\u{1B}["), text.hasSuffix("m"), text.count >= 3 else { return nil }
        let parameters = text.dropFirst(2).dropLast()
        guard parameters.allSatisfy({ $0 == ";" || ("0"..."9").contains($0) }) else { return nil }
        return String(parameters)
    }
}
