import Foundation

/// What the last rekindle to close a database knew of it: that its integrity was probed (or
/// vouched for by an earlier stamp), and how the file looked once every connection had closed.
/// A start that finds the file exactly so, with no `-wal` frames, skips the probe: on a year of
/// use `quick_check` was 19.5 M of `tick`'s 30 M instructions, and the probe the interface runs
/// after its first frame costs as much.
///
/// "Exactly so" is the device, inode, size, and the modification and change times to the
/// nanosecond. The change time is the kernel's own: any write moves it, and no tool sets it back.
/// A stamp vouches only when it was written after the file's last change, as the stamp file's own
/// modification time shows: where the clock of file times ticks coarsely (a few milliseconds on a
/// kernel without fine-grained timestamps), a write just after the stamp could get the very time
/// the stamp recorded, as git's "racily clean" index entries can. Then, and whenever anything
/// differs or the stamp cannot be read, the probe runs as it always did.
struct IntegrityStamp: Equatable {
    private var device: UInt64
    private var inode: UInt64
    private var size: Int64
    private var modified: Instant
    private var changed: Instant

    /// A file time, to the nanosecond.
    private struct Instant: Comparable {
        var seconds: Int64
        var nanoseconds: Int64

        init(_ time: timespec) {
            seconds = Int64(time.tv_sec)
            nanoseconds = Int64(time.tv_nsec)
        }

        init(seconds: Int64, nanoseconds: Int64) {
            self.seconds = seconds
            self.nanoseconds = nanoseconds
        }

        static func < (a: Instant, b: Instant) -> Bool { (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds) }
    }

    private static let firstLine = "rekindle integrity stamp 1"

    /// Where the stamp of the database at `databasePath` is kept: beside it, in its private folder.
    static func path(for databasePath: String) -> String { databasePath + ".checked" }

    /// Whether the stamp beside `databasePath` vouches for the file as it is now.
    static func vouches(for databasePath: String) -> Bool {
        guard let (text, stampFile) = readStamp(path(for: databasePath)), let stamp = IntegrityStamp(text: text),
              let now = IntegrityStamp(fileAt: databasePath) else { return false }
        return now == stamp && stamp.changed < Instant(stampFile.st_mtim)
    }

    /// Records the database at `databasePath` as it is now. Call only once every connection of
    /// this process is closed, the `-wal` is gone, and nothing but those connections' last
    /// checkpoint changed the file since its integrity was known (`Store.deinit`). Best effort: a
    /// stamp that is not written only means the next start probes.
    static func record(for databasePath: String) {
        guard let stamp = IntegrityStamp(fileAt: databasePath) else { return }
        let stampPath = path(for: databasePath)
        // One name for the file in the making, so a crash leaves no litter beyond it; two copies
        // writing it at once can only spoil it, and a spoiled stamp vouches for nothing.
        let temporary = stampPath + ".new"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return }
        let bytes = Array(stamp.text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        // A new file's times are the clock's coarse reading, which can equal the fine-grained time
        // the file's last change got; times set again once they have been read are fine-grained
        // (Linux 6.13 and later), so the stamp is later than the change and vouches.
        var info = stat()
        fstat(descriptor, &info)
        futimens(descriptor, nil)
        close(descriptor)
        if written != bytes.count || rename(temporary, stampPath) != 0 { unlink(temporary) }
    }

    /// The regular file at `path` as it is now (nil for anything else).
    init?(fileAt path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Instant(info.st_mtim)
        changed = Instant(info.st_ctim)
    }

    /// The stamp's text: its first line, then the numbers on one line.
    private var text: String {
        let numbers = [Int64(bitPattern: device), Int64(bitPattern: inode), size,
                       modified.seconds, modified.nanoseconds, changed.seconds, changed.nanoseconds]
        return Self.firstLine + "\n" + numbers.map(String.init).joined(separator: " ") + "\n"
    }

    private init?(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == 3, lines[0] == Self.firstLine, lines[2].isEmpty else { return nil }
        let numbers = lines[1].split(separator: " ").compactMap { Int64($0) }
        guard numbers.count == 7 else { return nil }
        device = UInt64(bitPattern: numbers[0])
        inode = UInt64(bitPattern: numbers[1])
        size = numbers[2]
        modified = Instant(seconds: numbers[3], nanoseconds: numbers[4])
        changed = Instant(seconds: numbers[5], nanoseconds: numbers[6])
    }

    /// The text of the stamp file (a few dozen bytes) and its status, read from one descriptor;
    /// nil unless it is a regular file.
    private static func readStamp(_ path: String) -> (String, stat)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: 256)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0, count < bytes.count else { return nil }
        return (String(decoding: bytes[..<count], as: UTF8.self), info)
    }
}
