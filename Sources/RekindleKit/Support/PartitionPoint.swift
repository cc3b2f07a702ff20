extension RandomAccessCollection {
    /// The first index whose element satisfies `isInSecondPart`, or `endIndex` when none does, in a
    /// collection where every element that satisfies it comes after every element that does not
    /// (for example, in a sorted array, "is greater than x"). Binary search: O(log n) tests.
    public func partitionPoint(where isInSecondPart: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try isInSecondPart(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
