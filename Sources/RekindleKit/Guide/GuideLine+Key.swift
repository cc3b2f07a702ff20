extension GuideLine {
    /// Splits an optional `{#key}` off the end of a heading or item.
    ///
    /// Returns the text before it (trimmed) and the key's characters; `keyStart` is the offset of
    /// `{#`, for pointing at a bad key. Text that does not end in `}` or has no `{#` has no key.
    static func splitTrailingKey(_ range: Range<Int>, in bytes: [UInt8]) -> (text: Range<Int>, key: Range<Int>?, keyStart: Int) {
        let noKey = (text: range, key: Range<Int>?.none, keyStart: range.upperBound)
        guard let last = range.last, bytes[last] == UInt8(ascii: "}") else { return noKey }
        var brace = last - 1
        while brace >= range.lowerBound && bytes[brace] != UInt8(ascii: "{") { brace -= 1 }
        guard brace >= range.lowerBound, brace + 1 < last, bytes[brace + 1] == UInt8(ascii: "#") else { return noKey }
        return (trimmed(range.lowerBound..<brace, in: bytes), brace + 2..<last, brace)
    }

    /// The inside of a marker, `give-it-time tool=cooling-off`: the key, then the settings after
    /// it, each a run of non-space bytes.
    static func splitMarker(_ range: Range<Int>, in bytes: [UInt8]) -> (key: Range<Int>, rest: [ByteSpan]) {
        var runs: [ByteSpan] = []
        var start: Int?
        for index in range {
            if isSpace(bytes[index]) {
                if let runStart = start { runs.append(ByteSpan(start: runStart, end: index)) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let runStart = start { runs.append(ByteSpan(start: runStart, end: range.upperBound)) }
        guard let key = runs.first else { return (range, []) }
        return (key.range, Array(runs.dropFirst()))
    }
}
