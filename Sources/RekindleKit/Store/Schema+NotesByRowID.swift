import GRDB

extension Schema {
    /// v8: `notes` becomes a table with row ids, its key a unique index. As a `WITHOUT ROWID`
    /// table its rows were the key itself: each look-up that met a long note's row read all of it
    /// into memory to compare (SQLite does so for a key that overflows its page), so a save of the
    /// 1 MB note held the whole old body beside the new one (issue 15). Now a look-up finds the
    /// row id in the index and the row by that id, never reading the body to get there.
    static func registerNotesByRowIDMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8") { db in
            try db.execute(sql: """
                CREATE TABLE notesByRowID (
                    id INTEGER PRIMARY KEY,
                    guide TEXT NOT NULL,
                    section TEXT NOT NULL,
                    body TEXT NOT NULL,
                    updatedAt DATETIME NOT NULL,
                    revision INTEGER NOT NULL, -- counts saves; a change means another process saved
                    UNIQUE (guide, section),
                    FOREIGN KEY (guide, section) REFERENCES sections(guide, key)
                );
                INSERT INTO notesByRowID (guide, section, body, updatedAt, revision)
                    SELECT guide, section, body, updatedAt, revision FROM notes ORDER BY guide, section;
                DROP TABLE notes;
                ALTER TABLE notesByRowID RENAME TO notes;
                """)
        }
    }
}
