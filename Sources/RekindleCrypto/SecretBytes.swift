import CSodium

/// A passphrase or key: bytes that are wiped (`sodium_memzero`) when released, and never become
/// a String (Swift strings are copied freely and cannot be wiped).
public final class SecretBytes {
    private let buffer: UnsafeMutableRawBufferPointer
    public private(set) var count: Int

    /// An empty secret with room for `capacity` bytes.
    public init(capacity: Int) {
        buffer = .allocate(byteCount: max(capacity, 1), alignment: 16)
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
        count = 0
    }

    public convenience init(_ bytes: some Collection<UInt8>) {
        self.init(capacity: bytes.count)
        for byte in bytes { append(byte) }
    }

    deinit {
        sodium_memzero(buffer.baseAddress, buffer.count)
        buffer.deallocate()
    }

    /// Adds a byte; false when full.
    @discardableResult
    public func append(_ byte: UInt8) -> Bool {
        guard count < buffer.count else { return false }
        buffer[count] = byte
        count += 1
        return true
    }

    /// Drops trailing bytes (a line's "\n" or "\r\n").
    public func removeLast(_ number: Int = 1) {
        let drop = min(number, count)
        sodium_memzero(buffer.baseAddress! + count - drop, drop)
        count -= drop
    }

    public var last: UInt8? { count > 0 ? buffer[count - 1] : nil }

    public var isEmpty: Bool { count == 0 }

    /// Compares in constant time (`sodium_memcmp`).
    public func matches(_ other: SecretBytes) -> Bool {
        count == other.count && other.withUnsafeBytes { theirs in
            withUnsafeBytes { sodium_memcmp($0.baseAddress, theirs.baseAddress, count) == 0 }
        }
    }

    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
    }

    func withUnsafeMutableBytes<Result>(_ body: (UnsafeMutableRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeMutableRawBufferPointer(rebasing: buffer[..<count]))
    }

    /// Sets `count` to the whole capacity (for a key the KDF fills).
    func fill() { count = buffer.count }
}
