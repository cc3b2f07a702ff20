import Foundation
import GRDB

/// Whether a store's writing connections are open yet (see `Store.reader`).
enum WriterState: Sendable {
    /// Not yet: the store has only read. `probingIntegrity` when the start-up check left the
    /// integrity probe to the first write.
    case waiting(probingIntegrity: Bool)
    case open(OpenedWriter)

    /// Opens the writing connection on the file at `url`. A store that started by reading first
    /// probes the file's integrity on its `reader` when that is still to do (without one, on the
    /// new connection before anything else), so a damaged file is refused before anything is
    /// written to it, and notes the reader's data version for `Store.dataVersion()`.
    ///
    /// One connection, not a pool: every read goes to the reader, so a pool's readers would stay
    /// unused, and opening a pool writes (GRDB creates and drops a table when the `-wal` is empty,
    /// for pool readers that cannot create it). Opening this one writes nothing to a database
    /// that is already in WAL mode; a new one is put in WAL mode here.
    func open(url: URL, reader: DatabaseQueue?, migrating: Bool) throws -> OpenedWriter {
        let path = url.path
        let probing = if case .waiting(let probing) = self { probing } else { false }
        let readerVersion = try reader?.read { db in
            if probing { try DatabaseFileCheck.probeIntegrity(db, path: path) }
            return try Store.dataVersion(db)
        }
        var configuration = Store.configuration
        configuration.prepareDatabase { db in
            // Without a reader (a start that writes), the probe runs here, first: putting a file
            // that is not yet in WAL mode into it writes its header.
            if probing && reader == nil { try DatabaseFileCheck.probeIntegrity(db, path: path) }
            // As GRDB's pools set them: WAL (readers never wait for the writer), and commits
            // that do not wait for the disk (a power cut may lose the last ones, never corrupt).
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw DatabaseError(message: "could not turn on WAL mode")
            }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let writer = try DatabaseQueue(path: path, configuration: configuration)
        if migrating { try Store.migrate(writer, path: path) }
        let writerVersion = try writer.writeWithoutTransaction(Store.dataVersion)
        for file in Store.databaseFiles(url) { PrivateFiles.restrict(file) }
        return OpenedWriter(writer: writer, versionShift: readerVersion.map { $0 - writerVersion } ?? 0)
    }
}

/// A store's writing connection, and what was true when it opened.
struct OpenedWriter: Sendable {
    let writer: any DatabaseWriter
    /// Added to the writer's data version so that its answers go on from the reading
    /// connection's (see `Store.dataVersion()`).
    var versionShift = 0
}
