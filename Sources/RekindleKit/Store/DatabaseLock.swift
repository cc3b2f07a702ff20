import Foundation

/// Whether another process has a database open, asked the way SQLite itself asks in WAL mode:
/// every open connection holds a shared lock on the "dead man switch" byte of the `-shm` file.
enum DatabaseLock {
    /// SQLite's unix VFS: the DMS byte follows the eight WAL locks at offset 120.
    private static let deadManSwitchOffset: off_t = 128

    /// True when a process other than this one holds the database open. Locks this process holds
    /// do not count (POSIX record locks never conflict within a process).
    static func isOpenElsewhere(_ database: URL) -> Bool {
        let descriptor = open(database.path + "-shm", O_RDWR | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = deadManSwitchOffset
        lock.l_len = 1
        // F_GETLK only asks: it reports a conflicting lock without taking one.
        guard fcntl(descriptor, F_GETLK, &lock) == 0 else { return false }
        return lock.l_type != Int16(F_UNLCK)
    }
}
