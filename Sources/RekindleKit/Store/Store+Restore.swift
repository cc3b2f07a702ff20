import Foundation
import GRDB

extension Store {
    /// Replaces the database at `database` with a copy of `backup` (`rekindle restore BACKUP`).
    ///
    /// Copying a backup over a database by hand mixes it with the old `-wal` and damages it; this
    /// checks the backup (a sound rekindle database of a schema this build knows), refuses while
    /// any process has the database open, writes a fresh copy through SQLite beside the database,
    /// moves the current database and its `-wal` aside as a safety copy (named
    /// `rekindle-before-restore-….sqlite`, 0600), removes the old `-shm`, and moves the copy into
    /// place. Returns the safety copy, or nil when there was no database yet.
    public static func restore(backup: URL, over database: URL, at date: Date = Date()) throws -> URL? {
        PrivateFiles.restrictUmask()
        guard FileManager.default.fileExists(atPath: backup.path) else {
            throw StoreError.cannotOpen(path: backup.path, reason: "no such file")
        }
        if DatabaseLock.isOpenElsewhere(database) { throw StoreError.inUse(path: database.path) }
        // Opened as immutable throughout: restoring leaves the backup exactly as it was.
        try DatabaseFileCheck.verify(backup, untouched: true)
        try checkIntegrity(of: backup)

        let folder = database.deletingLastPathComponent()
        do { try PrivateFiles.ensureDirectory(folder) } catch let error as PrivateFileError {
            throw StoreError.cannotOpen(path: database.path, reason: error.description)
        }
        let fresh = folder.appendingPathComponent(".\(database.lastPathComponent).restoring")
        for file in databaseFiles(fresh) { unlink(file.path) }
        defer { for file in databaseFiles(fresh) { unlink(file.path) } }
        do {
            try PrivateFiles.replace(fresh, force: true) { temporary in
                let source = try DatabaseQueue(path: DatabaseFileCheck.immutableURI(backup.path), configuration: readOnlyConfiguration)
                let copy = try DatabaseQueue(path: temporary.path)
                try source.backup(to: copy)
                try copy.close()
                try source.close()
            }
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: backup.path, reason: error.message ?? "\(error.resultCode)")
        } catch let error as PrivateFileError {
            throw StoreError.cannotOpen(path: database.path, reason: error.description)
        }

        let safety = FileManager.default.fileExists(atPath: database.path) ? safetyCopyURL(beside: database, at: date) : nil
        if let safety {
            try move(database, to: safety)
            let wal = URL(fileURLWithPath: database.path + "-wal")
            if FileManager.default.fileExists(atPath: wal.path) { try move(wal, to: URL(fileURLWithPath: safety.path + "-wal")) }
        }
        // The index of the old -wal: stale for the restored file, and SQLite rebuilds it.
        unlink(database.path + "-shm")
        unlink(database.path + "-wal")
        try move(fresh, to: database)
        return safety
    }

    /// rekindle-before-restore-2026-12-01-210512.sqlite beside the database (a second one that
    /// minute gets -2, -3, …).
    private static func safetyCopyURL(beside database: URL, at date: Date) -> URL {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd-HHmmss"
        let stem = "rekindle-before-restore-\(formatter.string(from: date))"
        let folder = database.deletingLastPathComponent()
        var candidate = folder.appendingPathComponent(stem + ".sqlite")
        var counter = 2
        while FileManager.default.fileExists(atPath: candidate.path) {
            candidate = folder.appendingPathComponent("\(stem)-\(counter).sqlite")
            counter += 1
        }
        return candidate
    }

    private static var readOnlyConfiguration: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
    }

    /// A full integrity check: the start-up check skips the note history, a backup must not.
    private static func checkIntegrity(of backup: URL) throws {
        let findings: [String]
        do {
            let queue = try DatabaseQueue(path: DatabaseFileCheck.immutableURI(backup.path), configuration: readOnlyConfiguration)
            defer { try? queue.close() }
            findings = try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        } catch let error as DatabaseError {
            throw StoreError.corrupt(path: backup.path, detail: error.message ?? "\(error.resultCode)")
        }
        guard findings == ["ok"] else { throw StoreError.corrupt(path: backup.path, detail: findings.first ?? "integrity check failed") }
    }

    private static func move(_ from: URL, to destination: URL) throws {
        guard rename(from.path, destination.path) == 0 else {
            throw StoreError.cannotOpen(path: destination.path, reason: "cannot move \(from.path) there (\(String(cString: strerror(errno))))")
        }
    }
}
