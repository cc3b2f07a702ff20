import GRDB

extension Schema {
    /// v6: what the guide's tools add to entries. A goal's target day is a calendar day, not an
    /// instant (`2026-12-24`: the same day wherever the person is), so it is stored as that text;
    /// `doneAt` is the instant a goal was marked done. The cooling-off counter's own settings (its
    /// start and period) live in `settings`; its contacts are entries of kind `contact`.
    static func registerToolsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6") { db in
            try db.execute(sql: """
                ALTER TABLE entries ADD COLUMN due TEXT CHECK (due IS NULL OR due GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
                ALTER TABLE entries ADD COLUMN doneAt INTEGER;
                """)
        }
    }
}
