import CSodium
import Foundation

/// rekindle's encrypted file format (`backup --encrypt`, `export --encrypt`), version 1.
///
/// A 62-byte header, then the content in chunks of libsodium's secretstream
/// (XChaCha20-Poly1305). Integers are little-endian.
///
///     offset  size  field
///          0     8  magic "RKNDLENC"
///          8     1  format version: 1
///          9     1  key derivation: 1 = Argon2id v1.3 (crypto_pwhash_ALG_ARGON2ID13)
///         10     4  Argon2id passes (opslimit)
///         14     4  Argon2id memory in KiB (memlimit / 1024)
///         18    16  salt (random)
///         34    24  secretstream header (its random nonce)
///         58     4  chunk size in bytes of plaintext (65536)
///         62     8  plaintext length in bytes
///         70     …  chunks: each chunk-size bytes of plaintext (the last may be shorter; empty
///                   content is one empty chunk) plus 17 bytes; the last is tagged FINAL
///
/// The key is Argon2id(passphrase, salt, passes, memory), 32 bytes. Every chunk carries the
/// whole header as additional data, so a changed header byte fails like a wrong passphrase. Once
/// the first chunk verifies, the header is known to be genuine and its length tells a cut file
/// and added bytes apart from a changed one; the FINAL tag guards the end as well. The content
/// is processed in memory (databases and exports of a year of use are tens of MB).
public enum SealedFile {
    public static let magic = Array("RKNDLENC".utf8)
    public static let formatVersion: UInt8 = 1
    static let argon2id: UInt8 = 1
    static let headerSize = 70
    static let chunkSize = 65_536
    static let chunkOverhead = Int(crypto_secretstream_xchacha20poly1305_ABYTES)

    /// Argon2id's cost: what writing uses, and the bounds a file's header may ask for.
    public struct KeyDerivation: Equatable, Sendable {
        public var passes: UInt32
        public var memoryKiB: UInt32

        public init(passes: UInt32, memoryKiB: UInt32) {
            self.passes = passes
            self.memoryKiB = memoryKiB
        }

        /// libsodium's "moderate" level: 3 passes over 256 MiB, about a second on a laptop.
        public static let standard = KeyDerivation(passes: UInt32(crypto_pwhash_OPSLIMIT_MODERATE),
                                                   memoryKiB: UInt32(crypto_pwhash_MEMLIMIT_MODERATE / 1024))
        /// A header asking for more is refused rather than run (a changed header could ask for terabytes).
        static let maximum = KeyDerivation(passes: 32, memoryKiB: 4 << 20)
        static let minimum = KeyDerivation(passes: UInt32(crypto_pwhash_OPSLIMIT_MIN),
                                           memoryKiB: UInt32(crypto_pwhash_MEMLIMIT_MIN / 1024))
    }

    /// True when `data` starts with the magic.
    public static func isSealed(_ data: Data) -> Bool {
        data.count >= magic.count && Array(data.prefix(magic.count)) == magic
    }

    /// True when the regular file at `path` starts with the magic (FIFOs are never opened).
    public static func isSealed(fileAt path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: magic.count)).map(isSealed) ?? false
    }

    public static func seal(_ plaintext: Data, passphrase: SecretBytes, cost: KeyDerivation = .standard) throws(SealedFileError) -> Data {
        try ready()
        var header = [UInt8](repeating: 0, count: headerSize)
        header.replaceSubrange(0..<8, with: magic)
        header[8] = formatVersion
        header[9] = argon2id
        put(cost.passes, at: 10, in: &header)
        put(cost.memoryKiB, at: 14, in: &header)
        header.withUnsafeMutableBufferPointer { randombytes_buf($0.baseAddress! + 18, 16) }
        put(UInt32(chunkSize), at: 58, in: &header)
        put(UInt32(truncatingIfNeeded: plaintext.count), at: 62, in: &header)
        put(UInt32(truncatingIfNeeded: UInt64(plaintext.count) >> 32), at: 66, in: &header)
        let key = try deriveKey(passphrase, header: header, cost: cost)

        var state = crypto_secretstream_xchacha20poly1305_state()
        var streamHeader = [UInt8](repeating: 0, count: 24)
        key.withUnsafeBytes { _ = crypto_secretstream_xchacha20poly1305_init_push(&state, &streamHeader, $0.baseAddress!) }
        header.replaceSubrange(34..<58, with: streamHeader)

        let bytes = [UInt8](plaintext)
        var output = header
        output.reserveCapacity(headerSize + bytes.count + (bytes.count / chunkSize + 1) * chunkOverhead)
        var start = 0
        repeat {
            let end = min(start + chunkSize, bytes.count)
            let tag = end == bytes.count ? UInt8(crypto_secretstream_xchacha20poly1305_TAG_FINAL) : 0
            var chunk = [UInt8](repeating: 0, count: end - start + chunkOverhead)
            let status = bytes.withUnsafeBufferPointer { message in
                crypto_secretstream_xchacha20poly1305_push(&state, &chunk, nil, message.baseAddress! + start, UInt64(end - start),
                                                           header, UInt64(headerSize), tag)
            }
            guard status == 0 else { throw .cryptoFailure(detail: "secretstream push") }
            output += chunk
            start = end
        } while start < bytes.count
        withUnsafeMutableBytes(of: &state) { sodium_memzero($0.baseAddress, $0.count) }
        return Data(output)
    }

    /// The plaintext of a sealed file; `file` names it in errors.
    public static func open(_ sealed: Data, passphrase: SecretBytes, file: String) throws(SealedFileError) -> Data {
        try ready()
        let bytes = [UInt8](sealed)
        guard bytes.count >= headerSize else { throw .truncated(file: file) }
        let header = Array(bytes[0..<headerSize])
        guard Array(header[0..<8]) == magic else { throw .unsupportedParameters(file: file, detail: "not a rekindle encrypted file") }
        guard header[8] == formatVersion else { throw .newerFormat(file: file, version: Int(header[8])) }
        guard header[9] == argon2id else { throw .unsupportedParameters(file: file, detail: "unknown key derivation \(header[9])") }
        let cost = KeyDerivation(passes: get(at: 10, in: header), memoryKiB: get(at: 14, in: header))
        guard (KeyDerivation.minimum.passes...KeyDerivation.maximum.passes).contains(cost.passes),
              (KeyDerivation.minimum.memoryKiB...KeyDerivation.maximum.memoryKiB).contains(cost.memoryKiB) else {
            throw .unsupportedParameters(file: file, detail: "its header asks for Argon2id with \(cost.passes) passes over \(cost.memoryKiB) KiB, outside what rekindle allows")
        }
        let size = Int(get(at: 58, in: header) as UInt32)
        guard size == chunkSize else { throw .unsupportedParameters(file: file, detail: "unexpected chunk size \(size)") }
        let key = try deriveKey(passphrase, header: header, cost: cost)

        var state = crypto_secretstream_xchacha20poly1305_state()
        defer { withUnsafeMutableBytes(of: &state) { sodium_memzero($0.baseAddress, $0.count) } }
        let streamHeader = Array(header[34..<58])
        let started = key.withUnsafeBytes { crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader, $0.baseAddress!) }
        guard started == 0 else { throw .cannotDecrypt(file: file) }

        // Clamped, and never trusted for an allocation: the header is not yet known to be genuine.
        let length = Int(clamping: UInt64(get(at: 62, in: header) as UInt32) | UInt64(get(at: 66, in: header) as UInt32) << 32)
        let chunks = max(1, length / chunkSize + (length % chunkSize == 0 ? 0 : 1))
        var output: [UInt8] = []
        output.reserveCapacity(min(length, bytes.count))
        var offset = headerSize
        for index in 0..<chunks {
            let plain = index == chunks - 1 ? length - index * chunkSize : chunkSize
            guard offset + plain + chunkOverhead <= bytes.count else { throw .truncated(file: file) }
            var message = [UInt8](repeating: 0, count: plain)
            var tag: UInt8 = 0
            let status = bytes.withUnsafeBufferPointer { input in
                crypto_secretstream_xchacha20poly1305_pull(&state, &message, nil, &tag, input.baseAddress! + offset,
                                                           UInt64(plain + chunkOverhead), header, UInt64(headerSize))
            }
            // The first chunk is where a wrong key or a changed header shows; after it both were right.
            guard status == 0 else { throw index == 0 ? .cannotDecrypt(file: file) : .damaged(file: file, offset: offset) }
            if index == 0, bytes.count - headerSize - chunks * chunkOverhead > length { throw .trailingBytes(file: file) }
            let isLast = tag == UInt8(crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            guard isLast == (index == chunks - 1) else { throw .damaged(file: file, offset: offset) }
            output += message
            offset += plain + chunkOverhead
        }
        return Data(output)
    }

    private static func ready() throws(SealedFileError) {
        guard initialised else { throw .cryptoFailure(detail: "libsodium could not start") }
    }

    private static let initialised = sodium_init() >= 0

    private static func deriveKey(_ passphrase: SecretBytes, header: [UInt8], cost: KeyDerivation) throws(SealedFileError) -> SecretBytes {
        let key = SecretBytes(capacity: Int(crypto_secretstream_xchacha20poly1305_KEYBYTES))
        key.fill()
        let salt = Array(header[18..<34])
        let status = key.withUnsafeMutableBytes { keyBytes in
            passphrase.withUnsafeBytes { secret in
                crypto_pwhash(keyBytes.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(keyBytes.count),
                              secret.baseAddress!.assumingMemoryBound(to: CChar.self), UInt64(secret.count), salt,
                              UInt64(cost.passes), Int(cost.memoryKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13)
            }
        }
        guard status == 0 else { throw .cryptoFailure(detail: "not enough memory for Argon2id over \(cost.memoryKiB / 1024) MiB") }
        return key
    }

    private static func put(_ value: UInt32, at offset: Int, in bytes: inout [UInt8]) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }

    private static func get(at offset: Int, in bytes: [UInt8]) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }
}
