import Foundation
import GRDB

/// Whether a store's writing connections are open yet (see `Store.reader`).
enum WriterState: Sendable {
    /// Not yet: the store has only read. `probingIntegrity` when the start-up check left the
    /// integrity probe to the first write.
    case waiting(probingIntegrity: Bool)
    case open(OpenedWriter)

    /// Opens the pool on the file at `url`. A store that started by reading first probes the file's
    /// integrity on its `reader` when that is still to do, so a damaged file is refused before
    /// anything is written to it, and notes the reader's data version for `Store.dataVersion()`.
    func open(url: URL, reader: DatabaseQueue?, migrating: Bool) throws -> OpenedWriter {
        let path = url.path
        let probing = if case .waiting(let probing) = self { probing } else { false }
        let readerVersion = try reader?.read { db in
            if probing { try DatabaseFileCheck.probeIntegrity(db, path: path) }
            return try Store.dataVersion(db)
        }
        // Opening may write (the pool's WAL set-up): under a `Store.lockWait` it waits for another
        // program's write lock no longer than a write there would, then the usual timeout is back.
        var configuration = Store.configuration
        if let wait = Store.lockWait { configuration.busyMode = .timeout(wait) }
        let pool = try DatabasePool(path: path, configuration: configuration)
        if Store.lockWait != nil {
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA busy_timeout = \(Store.busyTimeoutMilliseconds)") }
        }
        if migrating { try Store.migrate(pool, path: path) }
        let writerVersion = try pool.writeWithoutTransaction(Store.dataVersion)
        for file in Store.databaseFiles(url) { PrivateFiles.restrict(file) }
        return OpenedWriter(writer: pool, versionShift: readerVersion.map { $0 - writerVersion } ?? 0)
    }
}

/// A store's writing connections, and what was true when they opened.
struct OpenedWriter: Sendable {
    let writer: any DatabaseWriter
    /// Added to the writer's data version so that its answers go on from the reading
    /// connection's (see `Store.dataVersion()`).
    var versionShift = 0
}
