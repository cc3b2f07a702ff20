import GRDB

extension Store {
    /// A number that changes when another connection (the CLI, a second window) commits to the
    /// database; this store's own writes leave it as it was. Cheap enough to ask every second:
    /// SQLite answers from the file's header, no table is read.
    ///
    /// SQLite counts per connection, and only the writing one leaves this store's own commits
    /// out, so once the writer is open it is asked there. Before that (a start reads first) the
    /// reading connection answers, and the writer's answers are then shifted to go on from the
    /// reader's last one: a commit by another program in between still shows as a change.
    public func dataVersion() throws -> Int {
        let state = writerState.withLock { $0 }
        guard case .open(let opened) = state else { return try read(Self.dataVersion) }
        return try opened.writer.writeWithoutTransaction(Self.dataVersion) + opened.versionShift
    }

    static func dataVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
    }
}
