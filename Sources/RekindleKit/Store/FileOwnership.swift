import Foundation

/// Refuses a database another user could read or plant: a data folder that is not the person's
/// own or that others can write into, or a database, `-wal` or `-shm` that belongs to someone else
/// (created in a shared folder before rekindle did, so it would receive the notes).
enum FileOwnership {
    static func verify(_ url: URL) throws {
        let me = geteuid()
        let folder = url.deletingLastPathComponent().path
        var info = stat()
        if stat(folder, &info) == 0 {
            if info.st_uid != me { throw StoreError.notPrivate(path: url.path, reason: "the folder \(folder) belongs to another user") }
            if info.st_mode & 0o002 != 0 {
                throw StoreError.notPrivate(path: url.path, reason: "other users can write into the folder \(folder)")
            }
        }
        for file in Store.databaseFiles(url) where lstat(file.path, &info) == 0 && info.st_uid != me {
            throw StoreError.notPrivate(path: url.path, reason: "\(file.path) belongs to another user (uid \(info.st_uid)), who could read what is written into it")
        }
    }
}
