import GRDB
import GRDBSQLite

/// Statements that carry a note's whole text, on SQLite's own interface under a GRDB connection.
/// GRDB binds a string by having SQLite copy it, and reads a text column into a new `String`: each
/// autosave of a 1 MB note held the text four times more than the save needs, which set the app's
/// peak memory (issue 15). Here a text is bound in place and read where SQLite holds it.
enum LargeText {
    enum Argument {
        case text(String)
        case integer(Int64)
    }

    /// Runs `sql`, which returns no rows, with `arguments` bound in order.
    static func execute(_ db: Database, _ sql: String, _ arguments: [Argument]) throws {
        try withStatement(db, sql, arguments) { statement, connection in
            guard sqlite3_step(statement) == SQLITE_DONE else { throw DatabaseError.last(on: connection, sql: sql) }
        }
    }

    /// `read(integer in column 0, text of column 1)` of the first row of `sql`; nil when there is
    /// none. The bytes are SQLite's and valid only during the call.
    static func firstRow<T>(_ db: Database, _ sql: String, _ arguments: [Argument],
                            _ read: (Int64, UnsafeBufferPointer<UInt8>) throws -> T) throws -> T? {
        try withStatement(db, sql, arguments) { statement, connection in
            switch sqlite3_step(statement) {
            case SQLITE_ROW:
                let integer = sqlite3_column_int64(statement, 0)
                // The text first, then its length: the order SQLite documents as safe.
                let text = sqlite3_column_text(statement, 1)
                let count = Int(sqlite3_column_bytes(statement, 1))
                return try read(integer, UnsafeBufferPointer(start: count > 0 ? text : nil, count: count))
            case SQLITE_DONE: return nil
            default: throw DatabaseError.last(on: connection, sql: sql)
            }
        }
    }

    private static func withStatement<T>(_ db: Database, _ sql: String, _ arguments: [Argument],
                                         _ run: (OpaquePointer, OpaquePointer) throws -> T) throws -> T {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "closed") }
        var prepared: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &prepared, nil) == SQLITE_OK, let statement = prepared else {
            throw DatabaseError.last(on: connection, sql: sql)
        }
        defer { sqlite3_finalize(statement) }
        return try bind(arguments[...], at: 1, to: statement) { try run(statement, connection) }
    }

    /// Binds the arguments from `index` on, then runs `then` while every text's bytes are still
    /// pinned: bound with no destructor (SQLite's `SQLITE_STATIC`), SQLite reads them in place.
    private static func bind<T>(_ arguments: ArraySlice<Argument>, at index: Int32, to statement: OpaquePointer,
                                then run: () throws -> T) throws -> T {
        guard let first = arguments.first else { return try run() }
        let rest = arguments.dropFirst()
        switch first {
        case .integer(let value):
            sqlite3_bind_int64(statement, index, value)
            return try bind(rest, at: index + 1, to: statement, then: run)
        case .text(var text):
            return try text.withUTF8 { bytes in
                // An empty buffer may have no address; SQLite still needs one (a NUL it copies).
                if let address = bytes.baseAddress, bytes.count > 0 {
                    sqlite3_bind_text(statement, index, UnsafeRawPointer(address).assumingMemoryBound(to: CChar.self),
                                      Int32(bytes.count), nil)
                } else {
                    sqlite3_bind_text(statement, index, "", 0, transient)
                }
                return try bind(rest, at: index + 1, to: statement, then: run)
            }
        }
    }

    /// SQLite's `SQLITE_TRANSIENT`: copy the bytes now.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

extension DatabaseError {
    /// The error SQLite last reported on `connection`, as GRDB would report it.
    static func last(on connection: OpaquePointer, sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                      message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
}
