import Foundation
import GRDB

/// Decides whether a file may be opened for writing, without writing to it.
///
/// Runs before any read-write connection exists, so a file that is refused is left byte for
/// byte as it was: a directory, a file that is not SQLite, a truncated or corrupt database, an
/// SQLite file of another program, or a database written by a newer rekindle.
///
/// A zero-byte file counts as a new database: that is what `touch` or an interrupted first run
/// leaves, and it holds nothing to lose. The exception is a zero-byte file with a non-empty
/// `-wal` beside it, which is a damaged copy (SQLite writes the header before any WAL frame).
enum DatabaseFileCheck {
    /// What the file holds, once it may be opened read-write.
    enum Contents: Equatable {
        /// No file, or an empty one: a new database.
        case nothing
        /// A database; `integrityKnown` when it was probed here or its `IntegrityStamp` vouches
        /// for it, else the probe is left to the first write.
        case database(integrityKnown: Bool)
    }

    /// When the integrity probe (`probeIntegrity`) runs.
    enum Probing {
        case always
        /// Only when the `-wal` holds frames; otherwise the store probes before its first write,
        /// unless the file's `IntegrityStamp` vouches for it. A file
        /// with no frames to fold in is not written to by a connection that only reads (one that
        /// closes last with frames in the `-wal` copies them into the file), so a damaged one is
        /// still refused before a byte of it changes, and a start does not wait for the probe.
        case whenWALHasFrames
    }

    /// Returns when the file may be opened read-write: it is absent, empty, or a rekindle (or
    /// empty SQLite) database of a schema this build knows, sound as far as `probing` looked.
    /// Throws a `StoreError` otherwise.
    ///
    /// `untouched` (for a backup about to be restored) opens the file as immutable, so not even a
    /// `-shm` appears beside it, and refuses one with a `-wal` (SQLite would ignore the `-wal`).
    @discardableResult
    static func verify(_ url: URL, untouched: Bool = false, probingIntegrity probing: Probing = .always) throws -> Contents {
        let path = url.path
        var info = stat()
        guard stat(path, &info) == 0 else {
            // A -wal with no database: SQLite would answer "disk I/O error".
            if errno == ENOENT, fileSize(path + "-wal") ?? 0 > 0 { throw StoreError.orphanWAL(path: path) }
            if errno == ENOENT { return .nothing }
            throw StoreError.cannotOpen(path: path, reason: plainReason(errno: errno))
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw StoreError.isDirectory(path: path) }
        guard type == S_IFREG else { throw StoreError.notSQLite(path: path) }

        let size = Int64(info.st_size)
        let walSize = fileSize(path + "-wal") ?? 0
        if size == 0 {
            if walSize > 0 { throw StoreError.corrupt(path: path, detail: "empty file beside a non-empty -wal") }
            return .nothing
        }
        if untouched, walSize > 0 { throw StoreError.backupHasWAL(path: path) }
        try checkHeader(path: path, size: size, hasWAL: walSize > 0)
        // Without a -wal to read, immutable leaves nothing behind (a refused file stays as it was).
        let probes = probing == .always || walSize > 0
        try checkContents(path: path, opening: untouched || walSize == 0 ? immutableURI(path) : path, probingIntegrity: probes)
        return .database(integrityKnown: probes || (walSize == 0 && IntegrityStamp.vouches(for: path)))
    }

    /// Why a file could not be opened, in plain words (strerror's "Permission denied" says little
    /// about what to do).
    static func plainReason(errno code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied — its permissions (or its folder's) do not let you read it"
        case ELOOP: "it is a symbolic link, which rekindle does not follow here"
        case EIO: "the disk reported an error while reading it"
        default: String(cString: strerror(code))
        }
    }

    /// The first 100 bytes say whether this is SQLite and how long the file should be.
    private static func checkHeader(path: String, size: Int64, hasWAL: Bool) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.cannotOpen(path: path, reason: plainReason(errno: errno)) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        defer { try? handle.close() }
        let bytes: [UInt8]
        do { bytes = [UInt8](try handle.read(upToCount: 100) ?? Data()) } catch {
            throw StoreError.cannotOpen(path: path, reason: "cannot read the file (\(error.localizedDescription))")
        }
        guard bytes.count >= SQLiteFiles.header.count, Array(bytes.prefix(SQLiteFiles.header.count)) == SQLiteFiles.header else {
            throw StoreError.notSQLite(path: path)
        }
        guard bytes.count == 100 else { throw StoreError.corrupt(path: path, detail: "truncated header") }

        let rawPageSize = Int64(bytes[16]) << 8 | Int64(bytes[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        let pageCount = bigEndian(bytes, at: 28)
        // The in-header page count is trusted only when "version-valid-for" matches the change counter.
        let countIsValid = bigEndian(bytes, at: 92) == bigEndian(bytes, at: 24) && pageCount > 0
        if !hasWAL, countIsValid, pageSize * pageCount > size {
            throw StoreError.corrupt(path: path, detail: "truncated: \(size) of \(pageSize * pageCount) bytes")
        }
    }

    /// Opens read-only: integrity, whose database it is, and which schema it has.
    private static func checkContents(path: String, opening location: String, probingIntegrity: Bool) throws {
        do {
            let connection = try CheckConnection(location: location, busySeconds: 5)
            _ = try connection.strings("PRAGMA cache_size = \(Store.cacheSizePragma)")
            if probingIntegrity { try probeIntegrity(connection, path: path) }
            // Plain SQL: GRDB's tableExists reads the whole schema first (as does appliedIdentifiers).
            let tables = try connection.strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            guard tables.contains(Schema.migrationsTable) else {
                if tables.isEmpty { return }
                throw StoreError.foreignDatabase(path: path)
            }
            if let found = try Schema.Applied(keptIn: connection).unknownVersion {
                throw StoreError.newerSchema(path: path, found: found, known: Schema.knownVersion)
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: throw StoreError.notSQLite(path: path)
            case .SQLITE_CORRUPT: throw StoreError.corrupt(path: path, detail: "malformed")
            default: throw StoreError.cannotOpen(path: path, reason: Store.plainReason(error))
            }
        }
    }

    /// `PRAGMA quick_check` of every table but the append-only notes history: that one is most of
    /// the file (a year of revisions) and checking it made every start ~4x slower (23 MB fixture:
    /// 18 ms of a 35 ms start). Damage there still surfaces as an error when the history is read or
    /// a save appends to it, and `rekindle doctor` runs a full integrity_check.
    static func probeIntegrity(_ db: some TextQuerying, path: String) throws {
        do {
            let tables = try db.strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'noteRevisions'")
            for table in tables {
                let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                let result = try db.strings("PRAGMA quick_check(\(quoted))")
                guard result == ["ok"] else {
                    throw StoreError.corrupt(path: path, detail: result.prefix(1).joined())
                }
            }
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            throw StoreError.corrupt(path: path, detail: "malformed")
        }
    }

    /// An SQLite URI that opens `path` read-only without locks, `-wal` or `-shm` (SQLite here is
    /// built with URI file names enabled).
    /// Every byte but letters, digits and `/._-~` is written as %HH, which SQLite decodes (by hand:
    /// CharacterSet.urlPathAllowed and addingPercentEncoding cost a start 1 M instructions).
    static func immutableURI(_ path: String) -> String {
        let hexDigits = Array("0123456789ABCDEF".unicodeScalars)
        var uri = "file:".unicodeScalars
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "-"), UInt8(ascii: "~"):
                uri.append(Unicode.Scalar(byte))
            default:
                uri.append("%")
                uri.append(hexDigits[Int(byte >> 4)])
                uri.append(hexDigits[Int(byte & 0xF)])
            }
        }
        return String(uri) + "?immutable=1"
    }

    private static func fileSize(_ path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_size)
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> Int64 {
        bytes[offset..<offset + 4].reduce(Int64(0)) { $0 << 8 | Int64($1) }
    }
}
