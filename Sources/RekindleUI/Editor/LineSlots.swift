/// Values by line number for the few dozen lines one layout looks at, kept in line order and found by
/// binary search: hashing line numbers into a dictionary was a tenth of a typed character's cost.
struct LineSlots<Value> {
    private var lines: [Int] = []
    /// Nil once taken (`take`): the rest keep their slots.
    private var values: [Value?] = []

    /// Where `line` is held, taken or not.
    func slot(of line: Int) -> Int? {
        let slot = insertionSlot(of: line)
        return slot < lines.count && lines[slot] == line ? slot : nil
    }

    /// Moves the value of `line` out (nil when there is none), so whoever takes it holds the only copy.
    mutating func take(_ line: Int) -> Value? {
        guard let slot = slot(of: line) else { return nil }
        return values[slot].take()
    }

    /// Holds `value` for `line`, which must not be held yet; returns its slot.
    mutating func insert(_ value: Value, for line: Int) -> Int {
        let slot = insertionSlot(of: line)
        lines.insert(line, at: slot)
        values.insert(value, at: slot)
        return slot
    }

    /// The value in `slot` (one `slot(of:)` or `insert` returned, not taken), changed in place.
    subscript(slot: Int) -> Value {
        get { values[slot]! }
        _modify { yield &values[slot]! }
    }

    /// Runs `body` on the value in `slot` where it is held: reading a field through the getter
    /// copies the whole value first (for a wrapped line, a retain of each of its arrays).
    mutating func withValue<Result>(in slot: Int, _ body: (inout Value) -> Result) -> Result {
        body(&values[slot]!)
    }

    /// The first slot whose line is not before `line`; lines come mostly in order, so the end first.
    private func insertionSlot(of line: Int) -> Int {
        if let last = lines.last, last < line { return lines.count }
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle] < line { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension LineSlots: Sendable where Value: Sendable {}
