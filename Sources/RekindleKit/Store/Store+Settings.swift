import GRDB

extension Store {
    /// A stored preference, or nil when it was never set.
    public func setting(_ key: String) throws -> String? {
        // Plain SQL: a record fetched by its key first reads the table's schema (2 M instructions,
        // and the first frame reads where it was left).
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key]) }
    }

    public func setSetting(_ key: String, to value: String) throws {
        try write { db in try SettingRecord(key: key, value: value).insert(db, onConflict: .replace) }
    }
}
