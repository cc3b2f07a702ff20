import GRDB

extension Store {
    /// A stored preference, or nil when it was never set.
    public func setting(_ key: String) throws -> String? {
        try read { db in try SettingRecord.fetchOne(db, key: key)?.value }
    }

    public func setSetting(_ key: String, to value: String) throws {
        try write { db in try SettingRecord(key: key, value: value).insert(db, onConflict: .replace) }
    }
}
