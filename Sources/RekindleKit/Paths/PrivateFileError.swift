/// Why a private file could not be written. `description` is one line a person can act on.
public enum PrivateFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case folderMissing(path: String, folder: String)
    case notADirectory(path: String)
    case cannotCreateDirectory(path: String, reason: String)
    case isDirectory(path: String)
    case fileExists(path: String)
    case symlinkRefused(path: String)
    /// The destination is an SQLite database or one of the files SQLite keeps beside one.
    case wouldReplaceDatabase(path: String)
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .folderMissing(let path, let folder):
            return "\(path): the folder \(folder) does not exist — create it first"
        case .notADirectory(let path):
            return "\(path) exists but is not a folder — choose another place"
        case .cannotCreateDirectory(let path, let reason):
            return "cannot create the folder \(path) (\(reason))"
        case .isDirectory(let path):
            return "\(path) is a folder — give a file name inside it"
        case .fileExists(let path):
            return "\(path) already exists — choose another name, or use --force to replace it"
        case .symlinkRefused(let path):
            return "\(path) is a symbolic link — refusing to write through it; choose another name"
        case .wouldReplaceDatabase(let path):
            return "\(path) is an SQLite database or belongs to one — refusing to write over it, even with --force; choose another name"
        case .io(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}
