import GRDB
import GRDBSQLite

/// What the start-up checks ask of a connection: the first column of every row, as text. GRDB's
/// `Database` answers it, and so does `CheckConnection`.
protocol TextQuerying {
    func strings(_ sql: String) throws -> [String]
}

extension Database: TextQuerying {
    func strings(_ sql: String) throws -> [String] { try String.fetchAll(self, sql: sql) }
}

/// The start-up check's read-only connection, on SQLite's own interface: a GRDB `DatabaseQueue`
/// opened and closed for a few queries (its dispatch queue, configuration and observers) cost every
/// start 1.1 M instructions more. Errors are GRDB's `DatabaseError`, so they read as the store's.
final class CheckConnection: TextQuerying {
    private let handle: OpaquePointer

    /// Opens `location` (a path or an SQLite URI) read-only, waiting up to `busySeconds` for a lock.
    init(location: String, busySeconds: Int32) throws {
        var opened: OpaquePointer?
        let code = sqlite3_open_v2(location, &opened, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil)
        guard code == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) }
            sqlite3_close_v2(opened)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
        handle = opened
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busySeconds * 1000)
    }

    deinit { sqlite3_close_v2(handle) }

    func strings(_ sql: String) throws -> [String] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw DatabaseError.last(on: handle, sql: sql)
        }
        defer { sqlite3_finalize(statement) }
        var values: [String] = []
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW: values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
            case SQLITE_DONE: return values
            default: throw DatabaseError.last(on: handle, sql: sql)
            }
        }
    }
}
