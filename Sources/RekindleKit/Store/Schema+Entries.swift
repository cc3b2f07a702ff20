import GRDB

extension Schema {
    /// v5: dated entries (the journal; later the guide's tools) and their earlier versions.
    ///
    /// Instants are whole seconds since 1970 (UTC) in INTEGER columns: compared and ordered as
    /// numbers, read without parsing text. `kind` is a stable word ("journal"), so kinds added
    /// later need no migration; a column a later kind needs (a due date) is an `ALTER TABLE ADD
    /// COLUMN` of its own migration. `section` is NULL for an entry written outside any section
    /// (a NULL in a foreign key is not checked). A mood is a word or a number on the 1–5 scale,
    /// never both. Deleting sets `deletedAt`, so undo brings the row back as it was.
    static func registerEntriesMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5") { db in
            try db.execute(sql: """
                CREATE TABLE entries (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    guide TEXT NOT NULL REFERENCES guides(id),
                    section TEXT,
                    kind TEXT NOT NULL,
                    at INTEGER NOT NULL,
                    body TEXT NOT NULL,
                    moodWord TEXT,
                    moodScale INTEGER CHECK (moodScale BETWEEN 1 AND 5),
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER,
                    CHECK (moodWord IS NULL OR moodScale IS NULL),
                    FOREIGN KEY (guide, section) REFERENCES sections(guide, key)
                );
                CREATE INDEX entries_timeline ON entries(guide, at);
                -- The versions an edit replaced, never deleted; savedAt is when that version was saved.
                CREATE TABLE entryRevisions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    entry INTEGER NOT NULL REFERENCES entries(id),
                    body TEXT NOT NULL,
                    moodWord TEXT,
                    moodScale INTEGER,
                    savedAt INTEGER NOT NULL
                );
                CREATE INDEX entryRevisions_history ON entryRevisions(entry, id);
                """)
        }
    }
}
