/// Where a run of a file's bytes starts and ends (a line, a piece of an item, a marker's setting).
/// Not a `Range<Int>` in the arrays that hold them: the first array of ranges cost every start a
/// scan of the runtime's conformance records for `Int: Comparable` (0.3 M instructions).
struct ByteSpan {
    var start: Int
    var end: Int

    init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    var range: Range<Int> { start..<end }
}
