import GRDB

extension Schema {
    /// v7: how many live items each section has and how many of them are ticked, kept by
    /// triggers on `items`, so a start reads a row a section instead of counting every item
    /// (10,000 in a step of a year of use: 22 M instructions, most of a first frame's).
    /// Which items are live is `live(_:)`.
    /// Rows may reach 0; a section without one has no live items.
    static func registerItemCountsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7") { db in
            try db.execute(sql: """
                CREATE TABLE itemCounts (
                    guide TEXT NOT NULL,
                    section TEXT NOT NULL,
                    total INTEGER NOT NULL,
                    done INTEGER NOT NULL,
                    PRIMARY KEY (guide, section)
                ) WITHOUT ROWID;
                INSERT INTO itemCounts
                    SELECT guide, section, count(*), count(doneAt) FROM items WHERE \(live("items")) GROUP BY guide, section;
                CREATE TRIGGER itemCounts_insert AFTER INSERT ON items WHEN \(live("NEW")) BEGIN
                    \(counting("NEW"))
                END;
                CREATE TRIGGER itemCounts_delete AFTER DELETE ON items WHEN \(live("OLD")) BEGIN
                    \(uncounting("OLD"))
                END;
                CREATE TRIGGER itemCounts_update AFTER UPDATE OF guide, section, key, doneAt, deletedAt, inGuide ON items
                BEGIN
                    \(uncounting("OLD", when: live("OLD")))
                    \(counting("NEW", when: live("NEW")))
                END;
                """)
        }
    }

    /// Whether the item row `row` (a table name, NEW or OLD) is live: not deleted, and in the
    /// guide, the person's own, or ticked before its key vanished. What `Store` reads as the
    /// workbook's items, and what the triggers count: changing it needs a migration that
    /// recreates the triggers and counts again.
    static func live(_ row: String) -> String {
        "(\(row).deletedAt IS NULL AND (\(row).inGuide OR \(row).key IS NULL OR \(row).doneAt IS NOT NULL))"
    }

    private static func counting(_ row: String, when condition: String = "1") -> String {
        """
        INSERT INTO itemCounts SELECT \(row).guide, \(row).section, 1, \(row).doneAt IS NOT NULL WHERE \(condition)
            ON CONFLICT (guide, section) DO UPDATE SET total = total + 1, done = done + excluded.done;
        """
    }

    private static func uncounting(_ row: String, when condition: String = "1") -> String {
        """
        UPDATE itemCounts SET total = total - 1, done = done - (\(row).doneAt IS NOT NULL)
            WHERE guide = \(row).guide AND section = \(row).section AND \(condition);
        """
    }
}
