import Foundation

/// The line a history list shows for a revision: the first line that differs from the revision
/// before it, so revisions that end alike still look different.
public struct NotePreview: Equatable, Sendable {
    public enum Change: String, Equatable, Sendable {
        /// `line` is new or reworded in this revision.
        case changed
        /// This revision took text away; `line` is the first line it removed.
        case removed
    }

    /// At most `maxLength` characters of the line; blank lines are skipped.
    public var line: String
    public var change: Change

    public static let maxLength = 200

    public init(line: String, change: Change) {
        self.line = line
        self.change = change
    }

    /// The first non-blank line where `new` differs from `old`. Reads both texts once, up to the
    /// difference; a 1 MB note costs one pass over its bytes, never a split into lines.
    public init(old: String, new: String) {
        var old = old, new = new  // withUTF8 may make a string contiguous
        self = old.withUTF8 { old in new.withUTF8 { new in NotePreview(old: old, new: new) } }
    }

    /// `init(old:new:)` over the texts' UTF-8 bytes: the store compares a save with the notes where
    /// SQLite holds them, without reading 1 MB into a string first.
    init(old: UnsafeBufferPointer<UInt8>, new: UnsafeBufferPointer<UInt8>) {
        let start = Self.offsetOfFirstDifferingLine(old, new)
        var oldLines = Lines(old[start...]), newLines = Lines(new[start...])
        var oldLine = oldLines.next(), newLine = newLines.next()
        // Skip the lines both still share (the difference may begin at a line's end).
        while let a = oldLine, let b = newLine, a.elementsEqual(b) {
            oldLine = oldLines.next()
            newLine = newLines.next()
        }
        while let line = newLine, !Self.isNotBlank(line) { newLine = newLines.next() }
        if let line = newLine {
            self.init(line: Self.shortened(line), change: .changed)
            return
        }
        while let line = oldLine, !Self.isNotBlank(line) { oldLine = oldLines.next() }
        self.init(line: oldLine.map(Self.shortened) ?? "", change: .removed)
    }

    /// The preview of the first text of some notes.
    init(firstText: UnsafeBufferPointer<UInt8>) {
        self.init(old: UnsafeBufferPointer(start: nil, count: 0), new: firstText)
    }

    /// Whether the text holds a NUL byte (memchr: a byte loop over 1 MB of notes cost 6 M
    /// instructions a save).
    static func containsNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.count > 0 && memchr(bytes.baseAddress!, 0, bytes.count) != nil }
    }

    /// Byte-for-byte equality (String's == is canonical equivalence: NFD and NFC text are equal).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { a in b.withUTF8 { b in sameBytes(a, b) } }
    }

    static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && offsetOfFirstDifferingLine(a, b, stopAtLineStart: false) == a.count
    }

    /// The byte offset where the line holding the first differing byte starts (the same in both).
    /// `stopAtLineStart` false: the offset of the first differing byte itself.
    private static func offsetOfFirstDifferingLine(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
                                                   stopAtLineStart: Bool = true) -> Int {
        let count = min(a.count, b.count)
        var offset = 0
        // Whole blocks first (memcmp), then the bytes of the block that differs.
        let block = 4096
        while offset + block <= count, memcmp(a.baseAddress! + offset, b.baseAddress! + offset, block) == 0 {
            offset += block
        }
        while offset < count, a[offset] == b[offset] { offset += 1 }
        while stopAtLineStart, offset > 0, b[offset - 1] != UInt8(ascii: "\n") { offset -= 1 }
        return offset
    }

    private typealias Line = Slice<UnsafeBufferPointer<UInt8>>

    private static func isNotBlank(_ line: Line) -> Bool {
        line.contains { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") }
    }

    private static func shortened(_ line: Line) -> String {
        String(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces).prefix(maxLength))
    }

    /// The lines of some text, one at a time.
    private struct Lines {
        var rest: Line?
        init(_ text: Line) { rest = text }

        mutating func next() -> Line? {
            guard let text = rest else { return nil }
            guard let end = text.firstIndex(of: UInt8(ascii: "\n")) else {
                rest = nil
                return text
            }
            rest = text[(end + 1)...]
            return text[..<end]
        }
    }
}
