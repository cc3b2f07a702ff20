import RekindleKit
import Synchronization

/// The wrapped rows of the text and width each section's notes were last shown at. Every frame of
/// a section with long notes wrapped the same screenful again (1 MB of notes in the benchmark:
/// 100-200 µs a frame), scrolling down wrapped everything above the view each time, and with one
/// text kept, each section switch wrapped the new section's notes afresh (1.7 M instructions a
/// switch). Owned by the pane's state; its answers are always those of wrapping afresh.
final class NotesWrapCache: Sendable {
    private let wrapped = Mutex<[String: WrappedText]>([:])

    /// Notes as screen lines: each written line wrapped to the width. With a `limit`, stops once it
    /// has that many rows, so drawing the top of long notes does not wrap all of them. `key` says
    /// whose notes they are (a section's key), so each keeps its own rows.
    func lines(_ text: String, width: Int, limit: Int = .max, key: String = "") -> ArraySlice<String> {
        let width = max(1, width)
        return wrapped.withLock { wrapped in
            // Taken out while it grows, so its rows are not copied; comparing the text is cheap
            // while it is the same string (identical storage).
            var entry = wrapped.removeValue(forKey: key)
            if entry == nil || entry!.width != width || entry!.text != text {
                entry = WrappedText(text: text, width: width)
            }
            let rows = entry!.rows(limit: limit)
            wrapped[key] = entry
            return rows
        }
    }

    /// Lets go of a section's rows, and of the text they were wrapped from (the editor shows it
    /// while it is being written: kept here, the text before the first save would stay in memory
    /// beside the text being written).
    func forget(key: String) {
        _ = wrapped.withLock { $0.removeValue(forKey: key) }
    }

    /// How many rows of the last text are wrapped so far (to check that a search near the top of
    /// long notes wraps no further than it needs).
    func wrappedRowCount(key: String = "") -> Int {
        wrapped.withLock { $0[key]?.rows.count ?? 0 }
    }
}

/// Rows of one text at one width, wrapped line by line as far as anyone asked.
private struct WrappedText {
    let text: String
    let width: Int
    var rows: [String] = []
    /// `rows.count` after each written line.
    var lineEnds: [Int] = []
    /// What is not wrapped yet; nil once everything is.
    var rest: Substring?

    init(text: String, width: Int) {
        self.text = text
        self.width = width
        rest = Substring(text)
    }

    /// The rows up to the end of the first written line that reaches `limit` rows (or all).
    mutating func rows(limit: Int) -> ArraySlice<String> {
        guard limit > 0 else { return [] }
        while (lineEnds.last ?? 0) < limit, let pending = rest {
            if let newline = pending.utf8.firstIndex(of: UInt8(ascii: "\n")) {
                var line = pending[..<newline]
                if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() } // CR LF is one break
                rows += DisplayText.wrap(String(line), width: width)
                rest = pending[pending.utf8.index(after: newline)...]
            } else {
                rows += DisplayText.wrap(String(pending), width: width)
                rest = nil
            }
            lineEnds.append(rows.count)
        }
        // The first line end at or past the limit: where wrapping line by line would have stopped.
        let end = lineEnds.isEmpty ? 0 : lineEnds[min(lineEnds.partitionPoint { $0 >= limit }, lineEnds.count - 1)]
        return rows[0..<end]
    }
}
