import Foundation
import GRDB
import Synchronization

/// The person's progress and notes, in one private SQLite file.
///
/// All methods are synchronous and throw `StoreError` (or a GRDB error for failures of SQLite
/// itself). Each change is one short `IMMEDIATE` transaction, so two processes sharing the file
/// wait for each other (busy timeout 5 s) instead of losing a write. Notes follow the policy
/// "both stay writable and lose nothing": see `saveNotes(guideID:sectionKey:body:at:)`.
public final class Store: Sendable {
    /// The database file; nil for an in-memory store.
    public let url: URL?
    /// For a read-only copy (`readOnlyCopy(of:)`), the file it was read from.
    public let readOnlySource: URL?
    /// The connection every read goes through. For a database file that already holds one, a
    /// connection of its own that only reads, so a start reads what its first frame needs on one
    /// connection, without a write and without waiting for another program's write lock; the
    /// writer opens at the first write.
    let reader: any DatabaseReader
    /// The writing connection once open: at init when there is nothing to read yet, or when a
    /// migration is due; otherwise at the first write (`writer`, or `prepareToWrite()`).
    let writerState: Mutex<WriterState>
    /// The notes revision counter this instance last saw for each section, to notice saves
    /// made by another process in the meantime.
    let seenNoteRevisions = Mutex(PerSection<Int64>())
    /// The revision this store's saves of each section replace while its window lasts.
    let openRevisions = Mutex(PerSection<OpenRevision>())
    /// The same for each entry's autosaves (`autosaveEntry`): the revision their window opened with.
    let openEntryRevisions = Mutex<[Int64: OpenRevision]>([:])
    /// Device and inode of the database file when it was opened, to notice it being moved or
    /// deleted while open (SQLite would go on writing into the moved or unlinked file).
    private let fileIdentity: FileIdentity?
    /// The same for the `-wal` and `-shm` beside it, once the first connection has opened them. A
    /// cleaner that deletes them while the store is open splits the database: another process
    /// starts a fresh index, and this one would write over that process's commits from its stale
    /// index (or, closing, fold its stale view into the file).
    private let sideFileIdentities: [String: FileIdentity]
    /// The file as it was when its integrity became known (at the start, or when the writer
    /// opened and probed it): what `deinit` compares before it stamps the file (`IntegrityStamp`).
    private let soundFile = Mutex<IntegrityStamp?>(nil)

    /// Opens (creating if needed) the database at `url`, after checking, without writing, that
    /// it is a rekindle database this build can use. Makes the directory 0700 when it creates
    /// it, and the database, `-wal` and `-shm` files 0600. A damaged file that passes that check
    /// (its schema reads) is refused by the integrity probe before the first write.
    ///
    /// `writing`, for a command that is about to write (`rekindle tick`): one connection, the
    /// writer, from the start, which probes the file before anything else; a reading start opens
    /// a reader and leaves the writer to the first write.
    public init(url: URL, writing: Bool = false) throws {
        PrivateFiles.restrictUmask()
        try FileOwnership.verify(url)
        let contents = try DatabaseFileCheck.verify(url, probingIntegrity: .whenWALHasFrames)
        do {
            try PrivateFiles.ensureDirectory(url.deletingLastPathComponent())
        } catch let error as PrivateFileError {
            throw StoreError.cannotOpen(path: url.path, reason: error.description)
        }
        do {
            if case .database(let known) = contents, !writing {
                let queue = try DatabaseQueue(path: url.path, configuration: Self.configuration)
                reader = queue
                let waiting = WriterState.waiting(probingIntegrity: !known)
                writerState = Mutex(try queue.read { try Self.isCurrent($0, path: url.path) }
                    ? waiting : .open(try waiting.open(url: url, reader: queue, migrating: true)))
            } else {
                let probing = if case .database(let known) = contents { !known } else { false }
                let opened = try WriterState.waiting(probingIntegrity: probing).open(url: url, reader: nil, migrating: true)
                reader = opened.writer
                writerState = Mutex(.open(opened))
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            // Creating and migrating write: another program's long write is not a broken file,
            // and waiting a moment is all it takes.
            throw StoreError.busy(path: url.path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: url.path, reason: Self.plainReason(error))
        }
        self.url = url
        readOnlySource = nil
        fileIdentity = FileIdentity(path: url.path)
        var sides: [String: FileIdentity] = [:]
        for suffix in ["-wal", "-shm"] { sides[suffix] = FileIdentity(path: url.path + suffix) }
        sideFileIdentities = sides
        for file in Self.databaseFiles(url) { PrivateFiles.restrict(file) }
        if case .waiting(probingIntegrity: true) = writerState.withLock({ $0 }) { return }
        soundFile.withLock { $0 = IntegrityStamp(fileAt: url.path) }
    }

    /// Opens the file at `path` (see `init(url:)`).
    public convenience init(path: String) throws {
        try self.init(url: URL(fileURLWithPath: path))
    }

    /// A store that lives in memory only: for tests and previews.
    public static func inMemory() throws -> Store {
        let queue = try DatabaseQueue(configuration: configuration)
        try migrate(queue, path: ":memory:")
        return Store(writer: queue)
    }

    private init(writer: any DatabaseWriter, readOnlySource: URL? = nil) {
        self.reader = writer
        self.writerState = Mutex(.open(OpenedWriter(writer: writer)))
        self.url = nil
        self.readOnlySource = readOnlySource
        self.fileIdentity = nil
        self.sideFileIdentities = [:]
    }

    /// The reading connection closes first, so the writer is the last to close and folds the
    /// `-wal` into the file as it does (a copy of the file alone then has every commit). Then the
    /// file is stamped as sound, when its integrity was known and nothing changed it since but
    /// this last checkpoint: another program's write in between leaves it unstamped, and the next
    /// start probes it.
    deinit {
        guard let queue = reader as? DatabaseQueue, !Self.neverClosed.withLock({ $0.contains { $0 === queue } }) else { return }
        let sound = soundFile.withLock { $0 }
        let stampable = url.map { url in
            sound != nil && sound == IntegrityStamp(fileAt: url.path) && FileIdentity(path: url.path) == fileIdentity
        } ?? false
        try? queue.close()
        guard stampable, let url else { return }
        if case .open(let opened) = writerState.withLock({ $0 }), let writer = opened.writer as? DatabaseQueue, writer !== queue {
            do { try writer.close() } catch { return }
        }
        // A start that only read leaves the stamp it found, which still vouches: no write.
        if access(url.path + "-wal", F_OK) != 0, !IntegrityStamp.vouches(for: url.path) { IntegrityStamp.record(for: url.path) }
    }

    /// The writing connection, opened at the first call when the store started by reading.
    var writer: any DatabaseWriter {
        get throws { try opened().writer }
    }

    /// Opens the writer now, if it is not open yet: the interface does this once its first frame
    /// is drawn, so the first change does not wait for it. Throws what opening it at the first
    /// write would (a damaged file).
    public func prepareToWrite() throws {
        _ = try opened()
    }

    func opened() throws -> OpenedWriter {
        try writerState.withLock { state in
            if case .open(let opened) = state { return opened }
            guard let url, let queue = reader as? DatabaseQueue else { preconditionFailure("only a file store opens its writer late") }
            do {
                let opened = try state.open(url: url, reader: queue, migrating: false)
                if case .waiting(probingIntegrity: true) = state { soundFile.withLock { $0 = IntegrityStamp(fileAt: url.path) } }
                state = .open(opened)
                return opened
            } catch let error as DatabaseError {
                switch error.resultCode {
                case .SQLITE_BUSY: throw StoreError.busy(path: url.path)
                default: throw StoreError.cannotOpen(path: url.path, reason: Self.plainReason(error))
                }
            }
        }
    }

    /// Runs `fetch` on the reading connection. SQLite finding the file damaged on the way (pages
    /// the start-up check does not read) is the damaged-file error, naming the file.
    func read<T>(_ fetch: (Database) throws -> T) throws -> T {
        do {
            return try reader.read(fetch)
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            throw StoreError.corrupt(path: url?.path ?? readOnlySource?.path ?? ":memory:", detail: "malformed")
        }
    }

    /// The schema version of the open database ("v1" → 1).
    public var schemaVersion: Int {
        get throws { try read(Schema.appliedVersion) }
    }

    /// The highest schema version this build can open.
    public static var knownSchemaVersion: Int { Schema.knownVersion }

    /// Writes a consistent copy of the database to `destination` with SQLite's online backup,
    /// while others may keep writing. The copy appears atomically with mode 0600.
    public func backup(to destination: URL, force: Bool = false) throws {
        try PrivateFiles.replace(destination, force: force) { temporary in
            let copy = try DatabaseQueue(path: temporary.path)
            try reader.backup(to: copy)
            try copy.close()
        }
    }

    /// The bytes of a consistent copy of the database (`backup --encrypt` seals them). The copy is
    /// made as `backup` makes one, into a private file beside the database (its folder is where
    /// the plain database already is), read, and removed at once.
    public func backupData() throws -> Data {
        let folder = url?.deletingLastPathComponent() ?? FileManager.default.temporaryDirectory
        let copy = folder.appendingPathComponent(".\(url?.lastPathComponent ?? "memory").copy-\(getpid())")
        for file in Self.databaseFiles(copy) { unlink(file.path) }
        defer { for file in Self.databaseFiles(copy) { unlink(file.path) } }
        try backup(to: copy)
        do { return try Data(contentsOf: copy) } catch {
            throw PrivateFileError.io(path: copy.path, reason: "cannot read the copy back (\(error.localizedDescription))")
        }
    }

    /// Runs `updates` in one write transaction. SQLite failures (a full disk, a read-only file)
    /// become a `StoreError` naming the file; the transaction is rolled back, so the database is
    /// as it was and the same change can be tried again once the cause is gone.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        if let url, let fileIdentity, FileIdentity(path: url.path) != fileIdentity {
            // The last commits may still be in the -wal, which keeps the old name: fold them into
            // the moved file (the open descriptor still reaches it), so it is complete where it went.
            // (A writer not open yet has written nothing: it is not opened at the old name.)
            if case .open(let opened) = writerState.withLock({ $0 }) {
                _ = try? opened.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            }
            throw StoreError.fileMoved(path: url.path)
        }
        if let url, sideFileIdentities.contains(where: { FileIdentity(path: url.path + $0.key) != $0.value }) {
            // Closing would checkpoint from the stale index and drop the other process's commits
            // from the -wal: this process keeps the connections open until it exits instead (and
            // opens no writer on the new files beside its stale reader).
            let writer: (any DatabaseReader)? = if case .open(let opened) = writerState.withLock({ $0 }) { opened.writer } else { nil }
            Self.neverClosed.withLock { $0.append(reader); if let writer { $0.append(writer) } }
            throw StoreError.sideFilesReplaced(path: url.path)
        }
        let writer = try opened().writer
        let lockWait = Self.lockWait.map { Int($0 * 1000) }
        do {
            guard let lockWait else { return try writer.write(updates) }
            return try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA busy_timeout = \(lockWait)")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Self.busyTimeoutMilliseconds)") }
                var result: T?
                try db.inTransaction { result = try updates(db); return .commit }
                return result!
            }
        } catch let error as DatabaseError {
            let path = url?.path ?? ":memory:"
            switch error.resultCode {
            case .SQLITE_BUSY: throw StoreError.busy(path: path)
            case .SQLITE_FULL: throw StoreError.diskFull(path: path)
            case .SQLITE_READONLY: throw StoreError.readOnly(path: path)
            default:
                throw StoreError.writeFailed(path: path, reason: Self.plainReason(error))
            }
        }
    }

    /// SQLite's failure in plain words, with its own report after them for whoever looks further.
    static func plainReason(_ error: DatabaseError) -> String {
        let report = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_IOERR: return "the disk reported an error while reading or writing it (\(report))"
        case .SQLITE_CANTOPEN: return "the file or its folder could not be opened (\(report))"
        case .SQLITE_PERM, .SQLITE_AUTH: return "permission denied (\(report))"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return "the file is damaged (\(report))"
        default: return report
        }
    }

    /// How long a write on this thread waits for another process's write lock, when not the usual
    /// busy timeout: the interface tries a change briefly on its own thread and, if another copy of
    /// rekindle is writing, hands it to a background writer that waits, instead of freezing the keys.
    @TaskLocal public static var lockWait: TimeInterval?

    /// How long a write waits for another process to finish writing before it fails with `.busy`.
    static let busyTimeoutMilliseconds = 5000

    /// Connections to a database whose `-wal`/`-shm` were replaced under them: kept, never closed.
    private static let neverClosed = Mutex<[any DatabaseReader]>([])

    /// The database file and the files SQLite keeps beside it in WAL mode.
    static func databaseFiles(_ url: URL) -> [URL] {
        [url, URL(fileURLWithPath: url.path + "-wal"), URL(fileURLWithPath: url.path + "-shm")]
    }

    /// SQLite's page cache per connection, in KiB (as a negative `cache_size`). The default 2 MB
    /// each for the writer, a reader and the open check held the pages of the 1 MB notes and
    /// 10,000 items several times over: 256 KiB keeps the working set of a key (a few pages) and
    /// lowers peak memory; the OS file cache serves the rest. (512 KiB kept 0.5 MB more resident
    /// while the 1 MB note was written: the reader's pages of the items, the writer's of the note.)
    static let cacheSizePragma = -256

    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(TimeInterval(busyTimeoutMilliseconds) / 1000)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = \(cacheSizePragma)") }
        return configuration
    }

    /// Checks again under a connection (another process may have upgraded the file since
    /// `DatabaseFileCheck`), then applies missing migrations.
    static func migrate(_ writer: any DatabaseWriter, path: String) throws {
        // Nearly every open finds the schema current: then it is a read, and no write lock is
        // waited for (another program's long write does not stop a reading command).
        if try !writer.read({ try isCurrent($0, path: path) }) { try Schema.migrator.migrate(writer) }
    }

    /// Whether every migration this build knows has been applied; a newer schema is refused.
    static func isCurrent(_ db: Database, path: String) throws -> Bool {
        let applied = try Schema.Applied(db)
        if let found = applied.unknownVersion {
            throw StoreError.newerSchema(path: path, found: found, known: Schema.knownVersion)
        }
        return applied.isComplete
    }
}

/// Which file a path leads to: its device and inode numbers.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64

    /// Nil when nothing is at `path`.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// Identifies one section of one guide: the unit notes are kept by.
struct SectionRef: Hashable, Sendable {
    var guideID: String
    var sectionKey: String
}

/// A value per section, by guide and then section key. Not a dictionary keyed by `SectionRef`:
/// the first of those cost every start a scan of the runtime's conformance records (0.4 M
/// instructions) before the first frame.
struct PerSection<Value: Sendable>: Sendable {
    private var byGuide: [String: [String: Value]] = [:]

    subscript(section: SectionRef) -> Value? {
        get { byGuide[section.guideID]?[section.sectionKey] }
        set { byGuide[section.guideID, default: [:]][section.sectionKey] = newValue }
    }
}

extension Store {
    /// A private in-memory copy of the database at `url`, for reading where nothing may be
    /// written (a read-only folder or disk, such as a mounted backup): the file is only read,
    /// opened as immutable when it has no `-wal`. Changes to the copy go nowhere.
    public static func readOnlyCopy(of url: URL) throws -> Store {
        try DatabaseFileCheck.verify(url, untouched: !FileManager.default.fileExists(atPath: url.path + "-wal"))
        var configuration = Configuration()
        configuration.readonly = true
        let walExists = FileManager.default.fileExists(atPath: url.path + "-wal")
        do {
            let source = try DatabaseQueue(path: walExists ? url.path : DatabaseFileCheck.immutableURI(url.path),
                                           configuration: configuration)
            let copy = try DatabaseQueue(configuration: Self.configuration)
            try source.backup(to: copy)
            try source.close()
            try migrate(copy, path: url.path)
            return Store(writer: copy, readOnlySource: url)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: url.path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}
