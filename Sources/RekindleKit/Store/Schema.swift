import GRDB

/// The database schema as a timeline of migrations named "v1", "v2", ….
///
/// Never edit a migration once it has shipped: add a new one. A database holding an identifier
/// this list lacks was written by a newer rekindle and is refused (see `DatabaseFileCheck`).
enum Schema {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE guides (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL
                );
                -- A snapshot of each section, so a section that vanished from the guide file
                -- still shows with the notes and items the person kept in it.
                CREATE TABLE sections (
                    guide TEXT NOT NULL REFERENCES guides(id),
                    key TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    number INTEGER,
                    title TEXT NOT NULL,
                    paragraphs TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
                    position INTEGER NOT NULL,
                    inGuide BOOLEAN NOT NULL DEFAULT 1,
                    PRIMARY KEY (guide, key)
                ) WITHOUT ROWID;
                CREATE TABLE items (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    guide TEXT NOT NULL,
                    section TEXT NOT NULL,
                    key TEXT, -- NULL for the person's own items
                    title TEXT NOT NULL,
                    text TEXT NOT NULL DEFAULT '',
                    position INTEGER NOT NULL,
                    doneAt DATETIME,
                    deletedAt DATETIME,
                    inGuide BOOLEAN NOT NULL DEFAULT 1,
                    FOREIGN KEY (guide, section) REFERENCES sections(guide, key)
                );
                CREATE UNIQUE INDEX items_guideKey ON items(guide, section, key) WHERE key IS NOT NULL;
                CREATE INDEX items_order ON items(guide, section, position);
                CREATE TABLE notes (
                    guide TEXT NOT NULL,
                    section TEXT NOT NULL,
                    body TEXT NOT NULL,
                    updatedAt DATETIME NOT NULL,
                    revision INTEGER NOT NULL, -- counts saves; a change means another process saved
                    PRIMARY KEY (guide, section),
                    FOREIGN KEY (guide, section) REFERENCES sections(guide, key)
                ) WITHOUT ROWID;
                -- Every saved version of every section's notes, never deleted.
                CREATE TABLE noteRevisions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    guide TEXT NOT NULL,
                    section TEXT NOT NULL,
                    body TEXT NOT NULL,
                    savedAt DATETIME NOT NULL,
                    FOREIGN KEY (guide, section) REFERENCES sections(guide, key)
                );
                CREATE INDEX noteRevisions_history ON noteRevisions(guide, section, id);
                """)
        }
        migrator.registerMigration("v2") { db in
            // Small per-person preferences, such as where the interface was left.
            try db.execute(sql: """
                CREATE TABLE settings (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        registerSupportCardMigration(&migrator)
        migrator.registerMigration("v4") { db in
            // The history lists previews, never every body (a year of revisions of a 1 MB note).
            try db.execute(sql: """
                ALTER TABLE noteRevisions ADD COLUMN preview TEXT NOT NULL DEFAULT '';
                ALTER TABLE noteRevisions ADD COLUMN previewRemoved BOOLEAN NOT NULL DEFAULT 0;
                """)
            try fillPreviews(db)
        }
        registerEntriesMigration(&migrator)
        registerToolsMigration(&migrator)
        registerItemCountsMigration(&migrator)
        registerNotesByRowIDMigration(&migrator)
        return migrator
    }()

    /// Gives every revision of an older database its preview: one pass in id order per section,
    /// holding only the previous body.
    private static func fillPreviews(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, guide, section, body FROM noteRevisions ORDER BY guide, section, id")
        var previous: (guide: String, section: String, body: String)?
        var updates: [(Int64, NotePreview)] = []
        while let row = try rows.next() {
            let (guide, section, body): (String, String, String) = (row[1], row[2], row[3])
            let base = previous.flatMap { $0.guide == guide && $0.section == section ? $0.body : nil } ?? ""
            updates.append((row[0], NotePreview(old: base, new: body)))
            previous = (guide, section, body)
        }
        for (id, preview) in updates {
            try db.execute(sql: "UPDATE noteRevisions SET preview = ?, previewRemoved = ? WHERE id = ?",
                           arguments: [preview.line, preview.change == .removed, id])
        }
    }

    /// The highest schema version this build knows ("v1" → 1).
    static var knownVersion: Int { migrator.migrations.compactMap(version(of:)).max() ?? 0 }

    /// "v12" → 12; nil for identifiers of another shape.
    static func version(of identifier: String) -> Int? {
        guard identifier.first == "v" else { return nil }
        return Int(identifier.dropFirst())
    }

    /// The migrations applied to a database, read once for both questions a start asks of them
    /// (each read is two statements, and SQLite parses every one).
    struct Applied {
        let identifiers: Set<String>

        init(_ db: some TextQuerying) throws { identifiers = try appliedIdentifiers(db) }

        /// `db`'s applied migrations, known to be kept (its tables include the migrations table).
        init(keptIn db: some TextQuerying) throws {
            identifiers = Set(try db.strings("SELECT identifier FROM \(migrationsTable)"))
        }

        /// Applied identifiers this build does not know, named for an error message: the highest
        /// "vN", or the identifier itself when it has another shape. Nil when there are none.
        var unknownVersion: String? {
            let unknown = identifiers.subtracting(migrator.migrations)
            guard !unknown.isEmpty else { return nil }
            if let highest = unknown.compactMap(version(of:)).max() { return "v\(highest)" }
            return unknown.sorted().first
        }

        /// Whether every migration this build knows has been applied.
        var isComplete: Bool { identifiers.isSuperset(of: migrator.migrations) }
    }

    /// The schema version of an open database: the highest applied "vN".
    static func appliedVersion(_ db: Database) throws -> Int {
        try appliedIdentifiers(db).compactMap(version(of:)).max() ?? 0
    }

    /// The table where GRDB's migrator keeps the applied identifiers.
    static let migrationsTable = "grdb_migrations"

    /// The migrations applied to an open database, read by plain SQL: the migrator's own
    /// `appliedIdentifiers` reads the whole schema first (2 M instructions of every start).
    private static func appliedIdentifiers(_ db: some TextQuerying) throws -> Set<String> {
        let hasTable = try !db.strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '\(migrationsTable)'").isEmpty
        return hasTable ? try Applied(keptIn: db).identifiers : []
    }
}
