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

    /// Line `index` as text.
    func string(_ index: Int) -> String { storage[index] }

    /// The number of graphemes in line `index`, without building the array.
    func count(ofLine index: Int) -> Int { storage[index].count }

    /// The grapheme at `column` of line `index`, without building the array.
    func character(line index: Int, column: Int) -> Character {
        let line = storage[index]
        return line[line.index(line.startIndex, offsetBy: column)]
    }

    mutating func replaceSubrange(_ range: ClosedRange<Int>, withLines lines: [String]) {
        storage.replaceSubrange(range, with: lines)
    }
}
