import GRDB

extension Store {
    /// A number that changes when another connection (the CLI, a second window) commits to the
    /// database; this store's own writes leave it as it was. Cheap enough to ask every second:
    /// SQLite answers from the file's header, no table is read. Asked on the one writing
    /// connection, so two answers are comparable (each connection counts on its own).
    public func dataVersion() throws -> Int {
        try writer.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }
}
