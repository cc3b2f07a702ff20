
/// The lines of a `TextBuffer`, each kept as a `String` and handed out as `[Character]`.
///
/// A `[Character]` costs 16 bytes per grapheme, so 1 MB of notes held as `[[Character]]` took 16 MB
/// (more than half the app's peak memory on the benchmark database); as strings it takes about the
/// size of the text. Reading a line (`lines[i]`) segments that one line, O(line length), which is
/// what an edit or a wrap of that line costs anyway.
struct GraphemeLines: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    private var storage: [String]

    init(_ lines: [String]) { storage = lines }

    init(arrayLiteral elements: [Character]...) { storage = elements.map { String($0) } }

    var startIndex: Int { 0 }
    var endIndex: Int { storage.count }

    /// The graphemes of line `index`, as `Array(String)` segments them.
    subscript(index: Int) -> [Character] { Array(storage[index]) }

    /// Every line, joined with "\n", in a string of exactly that size: the standard `joined`
    /// guesses low and doubles, and the 1 MB note's saves held 2 MB each.
    var text: String {
        var text = ""
        text.reserveCapacity(storage.reduce(Swift.max(0, storage.count - 1)) { $0 + $1.utf8.count })
        for (index, line) in storage.enumerated() {
            if index > 0 { text += "\n" }
            text += line
        }
        return text
    }

    /// Whether `text` is these lines joined with "\n", byte for byte, found without joining them.
    func joinedEqual(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var offset = 0
            for (index, line) in storage.enumerated() {
                if index > 0 {
                    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\n") else { return false }
                    offset += 1
                }
                var line = line
                let length = line.withUTF8 { own in
                    own.count <= bytes.count - offset && own.elementsEqual(bytes[offset ..< offset + own.count]) ? own.count : nil
                }
                guard let length else { return false }
                offset += length
            }
            return offset == bytes.count
        }
    }

    /// Line `index` as text.
    func string(_ index: Int) -> String { storage[index] }

    /// The number of graphemes in line `index`, without building the array.
    func count(ofLine index: Int) -> Int { storage[index].count }

    /// The grapheme at `column` of line `index`, without building the array.
    func character(line index: Int, column: Int) -> Character {
        let line = storage[index]
        return line[line.index(afterGraphemes: column)]
    }

    mutating func replaceSubrange(_ range: ClosedRange<Int>, withLines lines: [String]) {
        storage.replaceSubrange(range, with: lines)
    }
}

extension String {
    /// Where grapheme `count` starts (`endIndex` after the last), as `index(startIndex, offsetBy:)`
    /// finds it; the editor asks for the cursor's place in its line on every key. Scalars below
    /// U+0300 (ASCII, Latin) other than CR never join the scalar before or after them, so over a run
    /// of them each scalar is a grapheme and no segmenting is needed; from the first other scalar on,
    /// the standard walk takes over.
    func index(afterGraphemes count: Int) -> String.Index {
        var text = self
        let (graphemes, bytes) = text.withUTF8 { bytes in
            var graphemes = 0
            var offset = 0
            while graphemes < count, let length = Self.separateScalarLength(bytes, at: offset),
                  offset + length == bytes.count || Self.separateScalarLength(bytes, at: offset + length) != nil {
                graphemes += 1
                offset += length
            }
            return (graphemes, offset)
        }
        let reached = utf8.index(startIndex, offsetBy: bytes)
        return graphemes == count ? reached : index(reached, offsetBy: count - graphemes)
    }

    /// The UTF-8 length of the scalar at `offset` when it is below U+0300 and not CR, else nil.
    private static func separateScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        let lead = bytes[offset]
        if lead < 0x80 { return lead == 0x0D ? nil : 1 }
        // Two-byte sequences led by C2 to CB hold U+0080 to U+02FF.
        return lead >= 0xC2 && lead <= 0xCB ? 2 : nil
    }
}
