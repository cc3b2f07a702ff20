/// The scalar values of valid UTF-8 (a `String`'s own bytes, from `withUTF8`), decoded without
/// `String.UnicodeScalarView`'s per-scalar bookkeeping: measuring and drawing a row of text walk
/// its scalars several times a frame.
@frozen
public struct UTF8Scalars: Sequence {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>

    @inlinable
    public init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @frozen
    public struct Iterator: IteratorProtocol {
        @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
        @usableFromInline var index = 0

        @inlinable
        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        @inlinable
        public mutating func next() -> UInt32? {
            guard index < bytes.count else { return nil }
            let lead = UInt32(bytes[index])
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard length > 1 else {
                index += 1
                return lead
            }
            // The lead byte keeps 7 - length bits; each continuation byte adds six.
            var value = lead & (0x7F >> UInt32(length))
            for offset in 1..<length {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            index += length
            return value
        }
    }

    @inlinable
    public func makeIterator() -> Iterator { Iterator(bytes: bytes) }
}
