import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File-system helpers that keep a person's data private (directories 0700, files 0600) and
/// never leave a half-written file behind.
public enum PrivateFiles {
    public static let directoryMode: mode_t = 0o700
    public static let fileMode: mode_t = 0o600

    /// Makes every file this process creates from now on private. SQLite creates `-wal`, `-shm`
    /// and journal files with the process umask, so this must run before the database opens.
    public static func restrictUmask() {
        umask(0o077)
    }

    /// Creates `directory` (and missing parents) with mode 0700. An existing directory is left
    /// as it is: it may be shared on purpose (`--db /tmp/x.sqlite`); the doctor reports loose modes.
    public static func ensureDirectory(_ directory: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw PrivateFileError.notADirectory(path: directory.path)
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: Int(directoryMode)])
        } catch {
            throw PrivateFileError.cannotCreateDirectory(path: directory.path, reason: error.localizedDescription)
        }
        chmod(directory.path, directoryMode)
    }

    /// Sets mode 0600 on `file` when it exists, whatever the umask was when it was created. A file
    /// already 0600 is left alone: a chmod moves its change time, which `IntegrityStamp` watches.
    public static func restrict(_ file: URL) {
        if let mode = mode(of: file), mode != fileMode { chmod(file.path, fileMode) }
    }

    /// The permission bits of `url` (following symlinks), or nil when it does not exist.
    public static func mode(of url: URL) -> mode_t? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// Writes `data` to `destination` atomically with mode 0600. See `replace(_:force:producing:)`.
    /// A FIFO or a device (`/dev/stdout`, a pipe someone reads) is written into, never replaced.
    public static func write(_ data: Data, to destination: URL, force: Bool = false) throws {
        if try isStream(destination) { return try writeInto(destination, data) }
        try replace(destination, force: force) { temporary in
            do {
                try data.write(to: temporary)
            } catch {
                throw PrivateFileError.io(path: destination.path, reason: "cannot write (\(error.localizedDescription))")
            }
        }
    }

    /// Produces a new file at `destination` without ever exposing a partial one: `producing`
    /// fills a 0600 temporary file in the same directory, which is synced to disk and renamed
    /// into place. Refuses a symlink at the destination (it could point anywhere), anything that
    /// is not a regular file, an SQLite database or its `-wal`/`-shm` (even with `force`), and an
    /// existing file unless `force`.
    public static func replace(_ destination: URL, force: Bool, producing: (URL) throws -> Void) throws {
        try checkDestination(destination, force: force)
        let directory = destination.deletingLastPathComponent()
        var template = Array(directory.appendingPathComponent(".\(destination.lastPathComponent).XXXXXX").path.utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw posixError(destination, "cannot create a temporary file") }
        close(descriptor)
        let temporary = URL(fileURLWithPath: String(decoding: template.dropLast().map(UInt8.init(bitPattern:)), as: UTF8.self))
        do {
            try producing(temporary)
            restrict(temporary)
            try sync(temporary)
            guard rename(temporary.path, destination.path) == 0 else {
                throw posixError(destination, "cannot move the new file into place")
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
        try? sync(directory)
    }

    /// Whether `write` would take `destination`, asked before work worth not wasting (a
    /// passphrase typed twice). Throws the error `write` would.
    public static func checkWritable(_ destination: URL, force: Bool) throws {
        if try isStream(destination) { return }
        try checkDestination(destination, force: force)
    }

    private static func checkDestination(_ destination: URL, force: Bool) throws {
        var info = stat()
        let directory = destination.deletingLastPathComponent()
        guard stat(directory.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw PrivateFileError.folderMissing(path: destination.path, folder: directory.path)
        }
        if SQLiteFiles.belongsToDatabase(destination) { throw PrivateFileError.wouldReplaceDatabase(path: destination.path) }
        guard lstat(destination.path, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: throw PrivateFileError.symlinkRefused(path: destination.path)
        case S_IFDIR: throw PrivateFileError.isDirectory(path: destination.path)
        case S_IFREG: if !force { throw PrivateFileError.fileExists(path: destination.path) }
        default: throw PrivateFileError.io(path: destination.path, reason: "is not a regular file — refusing to replace it")
        }
    }

    /// A FIFO or character device at `url` (after symlinks: `/dev/stdout` is one).
    private static func isStream(_ url: URL) throws -> Bool {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFCHR
    }

    private static func writeInto(_ url: URL, _ data: Data) throws {
        let descriptor = open(url.path, O_WRONLY | O_NOCTTY)
        guard descriptor >= 0 else { throw posixError(url, "cannot open for writing") }
        defer { close(descriptor) }
        var offset = 0
        try data.withUnsafeBytes { bytes in
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw posixError(url, "cannot write") }
                offset += written
            }
        }
    }

    private static func sync(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw posixError(url, "cannot open to sync") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw posixError(url, "cannot sync to disk") }
    }

    private static func posixError(_ url: URL, _ what: String) -> PrivateFileError {
        .io(path: url.path, reason: "\(what) (\(String(cString: strerror(errno))))")
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
