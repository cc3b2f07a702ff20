import Foundation
import Synchronization

/// Counting a query in long notes, fast enough to do on every key of the search prompt. Each
/// section's notes are folded once (case and diacritics removed, as the on-screen highlight
/// ignores them) and kept with the text they came from; a search then counts byte matches in the
/// folded copy. 10 MB of notes took about 2 s a key with a case- and diacritic-insensitive
/// `range(of:)`; the folded copy is searched byte by byte. Owned by the notes pane's state; its
/// answers are those of folding afresh.
final class FoldedNotes: Sendable {
    private let folded = Mutex<[String: (text: String, folded: [UInt8])]>([:])

    /// How often `query` occurs in `text` (the notes of section `key`), ignoring case and accents.
    func occurrences(of query: String, in text: String, key: String) -> Int {
        let needle = Array(Self.fold(query).utf8)
        guard !needle.isEmpty, !text.isEmpty else { return 0 }
        let haystack = folded.withLock { cache -> [UInt8] in
            // Comparing the text is cheap while it is the same string (identical storage).
            if let entry = cache[key], entry.text == text { return entry.folded }
            let bytes = Self.foldedBytes(text)
            cache[key] = (text, bytes)
            return bytes
        }
        return Self.count(needle, in: haystack)
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// `fold(text)` as UTF-8, with ASCII lowered byte by byte: Foundation's folding of 10 MB of
    /// notes took over a second on the first key of a search. Only the non-ASCII runs go through
    /// `fold`, each with the ASCII character before it (the base a combining accent belongs to).
    static func foldedBytes(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { source in
            var out: [UInt8] = []
            out.reserveCapacity(source.count)
            func lower(_ range: Range<Int>) {
                for index in range {
                    let byte = source[index]
                    out.append(byte &- 0x41 < 26 ? byte &+ 0x20 : byte)
                }
            }
            var start = 0
            while start < source.count {
                var end = start
                while end < source.count, source[end] < 0x80 { end += 1 }
                guard end < source.count else {
                    lower(start..<end)
                    break
                }
                // The last ASCII byte joins the run that follows it.
                let base = end > start ? end - 1 : end
                lower(start..<base)
                var runEnd = end
                while runEnd < source.count, source[runEnd] >= 0x80 { runEnd += 1 }
                out += fold(String(decoding: UnsafeBufferPointer(rebasing: source[base..<runEnd]), as: UTF8.self)).utf8
                start = runEnd
            }
            return out
        }
    }

    /// Non-overlapping occurrences, as the highlight finds them: `memchr` finds each candidate
    /// first byte, then the rest is compared.
    private static func count(_ needle: [UInt8], in haystack: [UInt8]) -> Int {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress, pin.count <= hay.count else { return 0 }
                var count = 0
                var offset = 0
                while offset + pin.count <= hay.count,
                      let found = memchr(base + offset, Int32(pin[0]), hay.count - offset - pin.count + 1) {
                    let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + start, pin.baseAddress!, pin.count) == 0 {
                        count += 1
                        offset = start + pin.count
                    } else {
                        offset = start + 1
                    }
                }
                return count
            }
        }
    }
}
