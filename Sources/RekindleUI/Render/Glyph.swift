import Synchronization

/// A cell's grapheme in four bytes, so a grid is plain memory: copying, clearing and comparing
/// frames costs no reference counting (a `String` per cell made a section switch spend most of
/// its instructions retaining and releasing). A single scalar is its own value; a cluster of
/// several scalars (an emoji sequence, a letter and its accents) is a place in a table shared by
/// every grid, the same cluster always at the same place, so equal cells are equal bits.
@frozen
public struct Glyph: Hashable, Sendable {
    @usableFromInline let raw: UInt32

    /// A continuation cell's: no text.
    static let none = Glyph(raw: 0)
    static let space = Glyph(raw: 0x20)

    init(raw: UInt32) { self.raw = raw }

    init(_ scalar: Unicode.Scalar) { raw = scalar.value }

    init(_ text: String) {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else {
            self = .none
            return
        }
        self = scalars.next() == nil ? Glyph(first) : ClusterTable.shared.glyph(for: text)
    }

    init(_ character: Character) {
        let scalars = character.unicodeScalars
        self = scalars.count == 1 ? Glyph(scalars.first!) : ClusterTable.shared.glyph(for: String(character))
    }

    /// The single scalar this glyph is, or nil for a cluster or no text.
    @inlinable public var scalar: Unicode.Scalar? {
        raw & Self.clusterBit == 0 && raw != 0 ? Unicode.Scalar(raw) : nil
    }

    /// The byte of a printable ASCII glyph (space to tilde), most cells of a frame; nil otherwise.
    @inlinable public var printableASCII: UInt8? {
        raw >= 0x20 && raw < 0x7F ? UInt8(truncatingIfNeeded: raw) : nil
    }

    public var text: String {
        if raw & Self.clusterBit != 0 { return ClusterTable.shared.text(at: Int(raw & ~Self.clusterBit)) }
        return scalar.map { String(Character($0)) } ?? ""
    }

    @usableFromInline static var clusterBit: UInt32 { 1 << 31 }
}

/// The clusters of several scalars that have been drawn, each kept once. It only grows, so it
/// has a ceiling: past it, a new cluster is drawn as its first scalar (the text itself is stored
/// untouched; only what the screen shows of an absurd amount of distinct clusters is simpler).
final class ClusterTable: Sendable {
    static let shared = ClusterTable()
    static let capacity = 1 << 16

    private struct Table {
        var texts: [String] = []
        var places: [String: UInt32] = [:]
    }
    private let table = Mutex(Table())

    func glyph(for text: String) -> Glyph {
        table.withLock { table in
            if let place = table.places[text] { return Glyph(raw: Glyph.clusterBit | place) }
            guard table.texts.count < Self.capacity else { return Glyph(text.unicodeScalars.first!) }
            let place = UInt32(table.texts.count)
            table.texts.append(text)
            table.places[text] = place
            return Glyph(raw: Glyph.clusterBit | place)
        }
    }

    func text(at place: Int) -> String {
        table.withLock { $0.texts[place] }
    }
}
