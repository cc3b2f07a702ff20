/// Why an encrypted file could not be written or read. One line each, naming the file; nothing
/// was written when one is thrown.
public enum SealedFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The passphrase is wrong, or the header or first part of the file was changed: the two look
    /// the same to an authenticated cipher.
    case cannotDecrypt(file: String)
    /// A later part failed to verify: the passphrase was right, the file was changed or damaged.
    case damaged(file: String, offset: Int)
    case truncated(file: String)
    case trailingBytes(file: String)
    case newerFormat(file: String, version: Int)
    case unsupportedParameters(file: String, detail: String)
    case cryptoFailure(detail: String)

    public var description: String {
        switch self {
        case .cannotDecrypt(let file):
            return "\(file): cannot decrypt it — the passphrase is wrong, or the file was changed; nothing was written"
        case .damaged(let file, let offset):
            return "\(file): damaged or changed after byte \(offset) (the passphrase is right) — nothing was written; use another copy"
        case .truncated(let file):
            return "\(file): cut short, its end is missing — nothing was written; use a complete copy"
        case .trailingBytes(let file):
            return "\(file): has bytes after its end, so it was changed — nothing was written; use another copy"
        case .newerFormat(let file, let version):
            return "\(file): encrypted in format \(version), which this rekindle does not know — update rekindle to read it"
        case .unsupportedParameters(let file, let detail):
            return "\(file): \(detail) — the file was changed or damaged; nothing was written"
        case .cryptoFailure(let detail):
            return "encryption failed (\(detail)) — nothing was written"
        }
    }
}
