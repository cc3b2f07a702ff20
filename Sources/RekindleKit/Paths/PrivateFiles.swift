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
                throw StoreError.io(path: directory.path, reason: "exists but is not a directory")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: Int(directoryMode)])
        } catch {
            throw StoreError.io(path: directory.path, reason: "cannot create the directory (\(error.localizedDescription))")
        }
        chmod(directory.path, directoryMode)
    }

    /// Sets mode 0600 on `file` when it exists, whatever the umask was when it was created.
    public static func restrict(_ file: URL) {
        chmod(file.path, fileMode)
    }

    /// The permission bits of `url` (following symlinks), or nil when it does not exist.
    public static func mode(of url: URL) -> mode_t? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// Writes `data` to `destination` atomically with mode 0600. See `replace(_:force:producing:)`.
    public static func write(_ data: Data, to destination: URL, force: Bool = false) throws {
        try replace(destination, force: force) { temporary in
            do {
                try data.write(to: temporary)
            } catch {
                throw StoreError.io(path: destination.path, reason: "cannot write (\(error.localizedDescription))")
            }
        }
    }

    /// Produces a new file at `destination` without ever exposing a partial one: `producing`
    /// fills a 0600 temporary file in the same directory, which is synced to disk and renamed
    /// into place. Refuses a symlink at the destination (it could point anywhere) and an existing
    /// file unless `force`.
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

    private static func checkDestination(_ destination: URL, force: Bool) throws {
        var info = stat()
        let directory = destination.deletingLastPathComponent()
        guard stat(directory.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw StoreError.io(path: destination.path, reason: "the folder \(directory.path) does not exist — create it first")
        }
        guard lstat(destination.path, &info) == 0 else { return }
        let type = info.st_mode & S_IFMT
        if type == S_IFLNK { throw StoreError.symlinkRefused(path: destination.path) }
        if type == S_IFDIR { throw StoreError.io(path: destination.path, reason: "is a directory") }
        if !force { throw StoreError.fileExists(path: destination.path) }
    }

    private static func sync(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw posixError(url, "cannot open to sync") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw posixError(url, "cannot sync to disk") }
    }

    private static func posixError(_ url: URL, _ what: String) -> StoreError {
        .io(path: url.path, reason: "\(what) (\(String(cString: strerror(errno))))")
    }
}
