/// Measuring, sanitising and wrapping text for a terminal, by grapheme cluster and display width.
///
/// Widths follow what glibc's `wcwidth` and common terminals do for a cluster's base scalar, so the
/// grid and the terminal agree on where every cell lands.
public enum DisplayText {
    /// Terminal columns one grapheme cluster takes: 0 (zero-width), 1, or 2 (wide: CJK, emoji).
    ///
    /// The base is the cluster's first scalar that is not itself zero-width; marks, joiners and
    /// variation selectors after it add nothing. A base with default emoji presentation, or an
    /// emoji-capable base followed by U+FE0F, is wide. A cluster of zero-width scalars only (a lone
    /// U+200B) is 0. Controls count 1: `sanitize` draws them as a one-column stand-in.
    public static func width(of character: Character) -> Int {
        // Printable ASCII by its one byte: walking the scalars of a `Character` costs far more.
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first, isPrintableASCII(byte) { return 1 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let isSingleScalar = scalars.index(after: scalars.startIndex) == scalars.endIndex
        if isSingleScalar && first.value >= 0x20 && first.value < 0x7F { return 1 }
        // Latin letters, dashes and ellipses, box drawing and blocks (every frame border and progress
        // bar): one column, without the Unicode property lookups below, which were a quarter of the
        // time of a frame. DisplayTextWidthTests checks these ranges against the full rule.
        if isSingleScalar && Self.isPlainOneColumn(first.value) { return 1 }
        if ScalarWidth.standIn(for: first) != nil || first == "\t" || first == "\n" { return 1 }
        guard let base = scalars.first(where: { !ScalarWidth.isZeroWidth($0) }) else { return 0 }
        let properties = base.properties
        if properties.isEmojiPresentation || ScalarWidth.isEastAsianWide(base) { return 2 }
        if properties.isEmoji && scalars.contains("\u{FE0F}") { return 2 }
        return 1
    }

    /// Single scalars the rule above always measures 1: no control, mark, joiner, wide or emoji base.
    /// Geometric shapes up to U+25FC hold the steps pane's pointer and the progress bars' blocks.
    @usableFromInline
    static func isPlainOneColumn(_ value: UInt32) -> Bool {
        (0xA0...0x24F).contains(value) || (0x2010...0x2027).contains(value) || (0x2500...0x25FC).contains(value)
    }

    /// Whether a scalar is a one-column character on its own: printable ASCII or one of the plain
    /// ranges above. Text made only of these is one grapheme, and one column, per scalar, with
    /// nothing to sanitise, so measuring and drawing it need no grapheme segmentation.
    @inlinable
    public static func isPlainScalar(_ scalar: Unicode.Scalar) -> Bool {
        isPlainScalar(scalar.value)
    }

    @inlinable
    public static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

    @inlinable
    public static func isPlainScalar(_ value: UInt32) -> Bool {
        (0x20..<0x7F).contains(value) || (value >= 0xA0 && isPlainOneColumn(value))
    }

    /// The number of scalars of `text` when every one is plain (`isPlainScalar`), else nil.
    @inlinable
    public static func plainScalarCount<S: StringProtocol>(_ text: S) -> Int? {
        if let count = text.utf8.withContiguousStorageIfAvailable(plainScalarCount) { return count }
        var count = 0
        for scalar in text.unicodeScalars {
            guard isPlainScalar(scalar) else { return nil }
            count += 1
        }
        return count
    }

    /// `plainScalarCount` of text given as its UTF-8 bytes.
    @inlinable
    public static func plainScalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let ascii = printableASCIIPrefixCount(bytes)
        guard ascii < bytes.count else { return ascii }
        var count = ascii
        for value in UTF8Scalars(UnsafeBufferPointer(rebasing: bytes[ascii...])) {
            guard isPlainScalar(value) else { return nil }
            count += 1
        }
        return count
    }

    /// How many leading bytes are printable ASCII (0x20 to 0x7E), checked eight at a time: most of
    /// what is drawn is, and a row was checked a byte at a time several times a frame.
    @inlinable
    public static func printableASCIIPrefixCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let high: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // With no high bit set, no byte carries: adding 0x60 sets the high bit exactly of the
            // bytes from 0x20 up, adding 0x01 exactly of 0x7F (DEL).
            guard word & high == 0, (word &+ 0x6060_6060_6060_6060) & high == high,
                  (word &+ 0x0101_0101_0101_0101) & high == 0 else { break }
            index += 8
        }
        while index < bytes.count && isPrintableASCII(bytes[index]) { index += 1 }
        return index
    }

    /// Terminal columns a string takes when drawn after `sanitize`; tab and newline count 1 each,
    /// like any other control (layout expands tabs and breaks lines before anything is drawn).
    @inlinable
    public static func width<S: StringProtocol>(of text: S) -> Int {
        if let plain = plainScalarCount(text) { return plain }
        var total = 0
        for character in text { total += width(of: character) }
        return total
    }

    /// Text safe to draw: C0 controls (but tab and newline), DEL, C1 controls and bidi overrides
    /// become visible stand-ins, so nothing from a file or the person reaches the terminal as a control.
    ///
    /// Stand-ins are one column wide: C0 controls become their control picture (ESC is "␛", a lone
    /// CR "␍"), DEL becomes "␡", C1 controls and bidi overrides, isolates and marks become "�".
    /// A CR LF pair is a line break and becomes "\n".
    public static func sanitize(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { ScalarWidth.standIn(for: $0) != nil }) else { return text }
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "\r" && next != scalars.endIndex && scalars[next] == "\n" {
                // The LF is appended on the next turn.
            } else {
                result.append(ScalarWidth.standIn(for: scalar) ?? scalar)
            }
            index = next
        }
        return String(result)
    }

    /// Decodes UTF-8 bytes, replacing every invalid sequence with U+FFFD.
    public static func decode(_ bytes: some Sequence<UInt8>) -> String {
        String(decoding: Array(bytes), as: UTF8.self)
    }

    /// Word-wraps one paragraph to `width` columns by display width; words longer than a line are
    /// broken between graphemes; a wide character never straddles the edge. Newlines force breaks.
    /// Always returns at least one line ("" for empty input). `width < 1` is treated as 1.
    ///
    /// Tabs become `SoftWrap.tabWidth` spaces and spaces at a soft break are dropped. The only line
    /// that can exceed `width` is a single grapheme wider than `width` itself (a wide character at
    /// width 1); `truncate` turns it into an ellipsis when drawing. Sanitise before or after: the
    /// widths already count each control as its one-column stand-in.
    public static func wrap(_ text: String, width: Int) -> [String] {
        if let single = fitsOnOneRow(text, width: width) { return [single] }
        if let starts = SoftWrap.plainRowStarts(of: text, width: width) { return SoftWrap.rows(of: text, startingAt: starts) }
        return wrapByGraphemes(text, width: width)
    }

    /// `wrap` grapheme by grapheme: any text, and the answer the plain path above must give.
    static func wrapByGraphemes(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak) {
            let graphemes = Array(paragraph)
            let starts = SoftWrap.rowStarts(of: graphemes, width: width)
            for (row, start) in starts.enumerated() {
                let end = row + 1 < starts.count ? starts[row + 1] : graphemes.count
                lines.append(SoftWrap.rowText(graphemes[start..<end]))
            }
        }
        return lines
    }

    /// `wrap(text, width: width).count`, without building the rows when every scalar of `text` is a
    /// one-column letter that never joins (the set `fitsOnOneRow` accepts): the guide pane counts the
    /// rows of every item of a section, and only draws the few on screen.
    public static func rowCount(_ text: String, width: Int) -> Int {
        SoftWrap.plainRowStarts(of: text, width: width)?.count ?? wrapByGraphemes(text, width: width).count
    }

    /// The common case without grapheme segmentation: a line of plain letters (no tab or line
    /// break: `SoftWrap.isPlainLetter`) of at most `width` scalars. Returns that one row (break
    /// spaces at its end dropped, as `SoftWrap.rowText` does), or nil when the full algorithm is
    /// needed.
    static func fitsOnOneRow(_ text: String, width: Int) -> String? {
        var count = 0
        var trailingSpaces = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard SoftWrap.isPlainLetter(value) else { return nil }
            count += 1
            if count > max(1, width) { return nil }
            trailingSpaces = value == 0x20 ? trailingSpaces + 1 : 0
        }
        guard trailingSpaces > 0 else { return text }
        return String(text.unicodeScalars.dropLast(trailingSpaces))
    }

    /// Cuts `text` (one line) to at most `width` columns, ending in `ellipsis` when anything was cut;
    /// a wide character that would straddle the limit is left out whole. Returns "" for `width < 1`.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let ellipsis = self.width(of: ellipsis) <= width ? ellipsis : ""
        let room = width - self.width(of: ellipsis)
        if let plain = plainScalarCount(text) {
            return plain <= width ? text : String(text.unicodeScalars.prefix(room)) + ellipsis
        }
        var used = 0
        var cut = text.startIndex
        var index = text.startIndex
        while index != text.endIndex {
            used += self.width(of: text[index])
            if used > width {
                return text[..<cut] + ellipsis
            }
            index = text.index(after: index)
            if used <= room { cut = index }
        }
        return text
    }

    /// Whether a grapheme ends a line: LF, or CR LF (one grapheme in Swift).
    static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n"
    }
}
