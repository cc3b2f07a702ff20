import Foundation

/// Recognises SQLite databases and the files SQLite keeps beside them, so nothing is ever
/// written over one (an export or backup aimed at the database by mistake).
enum SQLiteFiles {
    static let header = Array("SQLite format 3\0".utf8)
    static let sideSuffixes = ["-wal", "-shm", "-journal"]

    /// True for an SQLite database, and for a `-wal`, `-shm` or `-journal` beside one (or whose
    /// database is missing: such a file still holds a database's last changes).
    static func belongsToDatabase(_ url: URL) -> Bool {
        let path = url.path
        if startsWithHeader(path) { return true }
        guard let suffix = sideSuffixes.first(where: path.hasSuffix), FileManager.default.fileExists(atPath: path) ||
              startsWithHeader(String(path.dropLast(suffix.count))) else { return false }
        return true
    }

    /// Only regular files are opened: opening a FIFO to look would wait for a writer.
    static func startsWithHeader(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: header.count)).map { [UInt8]($0) == header } ?? false
    }
}
