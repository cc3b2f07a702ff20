/// Why the store refused or failed. `description` is one line a person can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case isDirectory(path: String)
    case notSQLite(path: String)
    case corrupt(path: String, detail: String)
    /// An SQLite database that holds tables but was not made by rekindle.
    case foreignDatabase(path: String)
    case newerSchema(path: String, found: String, known: Int)
    case cannotOpen(path: String, reason: String)
    case unknownSection(guideID: String, sectionKey: String)
    case unknownItem(id: Int64)
    /// Renaming is for the person's own items; guide items take their title from the guide.
    case guideItemNotRenamable(id: Int64)
    case unknownRevision(id: Int64)
    /// A journal entry (or another kind of entry) that is not, or no longer, in the database.
    case unknownEntry(id: Int64)
    /// A mood that is neither one word nor 1–5; nothing was saved.
    case invalidMood(MoodError)
    /// A change could not be written because the disk (or the database's size limit) is full.
    /// Nothing was half-written: the transaction was rolled back and the store stays usable.
    case diskFull(path: String)
    /// A change could not be written because the database is read-only (file, directory or mount).
    case readOnly(path: String)
    /// The database file was moved or deleted while open; writing on would put changes where
    /// nobody will find them, so nothing more is written.
    case fileMoved(path: String)
    /// The database or its folder could be read or planted by another user.
    case notPrivate(path: String, reason: String)
    /// Text holding a NUL character, which SQLite would cut short there; nothing was saved.
    case textHasNUL
    /// A backup to restore has a `-wal` beside it: part of it is in that file.
    case backupHasWAL(path: String)
    /// Another process has the database open (`rekindle restore` waits for it to close).
    case inUse(path: String)
    /// The database is missing but its `-wal` (its last changes) is still there.
    case orphanWAL(path: String)
    /// The `-wal` or `-shm` beside the database was deleted or replaced while open.
    case sideFilesReplaced(path: String)
    /// Another process (another copy of rekindle, the sqlite3 tool) held the database's write lock
    /// for longer than the wait allowed; nothing was changed and the same change can be tried again.
    case busy(path: String)
    /// Any other SQLite failure while writing; the transaction was rolled back.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .isDirectory(let path):
            return "\(path) is a folder, not a rekindle database — to keep the database in it, use --db \(path.hasSuffix("/") ? path : path + "/")\(StorePaths.fileName)"
        case .notSQLite(let path):
            return "\(path) is not a rekindle database (not an SQLite file) — move it aside, or use --db to open another file"
        case .corrupt(let path, let detail):
            return "\(path) is damaged and cannot be read safely — it was left untouched; restore a backup with 'rekindle restore BACKUP', or use --db to open another file (SQLite's report: \(detail))"
        case .foreignDatabase(let path):
            return "\(path) is an SQLite database from another program — use --db to open a rekindle file"
        case .newerSchema(let path, let found, let known):
            return "\(path) was written by a newer version of rekindle (schema \(found)); this version knows up to v\(known) — update rekindle, or use --db to open another file"
        case .cannotOpen(let path, let reason):
            return "cannot open \(path): \(reason) — check that the file and its folder are yours and readable ('rekindle doctor' shows them), or use --db to open another file"
        case .unknownSection(let guideID, let sectionKey):
            return "no section \"\(sectionKey)\" in guide \"\(guideID)\" — load the guide first"
        case .unknownItem(let id):
            return "that checklist item (#\(id)) is no longer in the database — another copy of rekindle may have changed it; restart rekindle to see the current list"
        case .guideItemNotRenamable(let id):
            return "item \(id) comes from the guide; only your own items can be renamed — add an item of your own with 'rekindle add' instead"
        case .unknownRevision(let id):
            return "no saved notes revision with id \(id) — 'rekindle note STEP --history' lists the saved versions"
        case .unknownEntry(let id):
            return "that entry (#\(id)) is no longer in the database — another copy of rekindle may have deleted it; restart rekindle to see the current list"
        case .invalidMood(let error):
            return "\(error.description) — nothing was saved; try again"
        case .diskFull(let path):
            return "cannot save to \(path): the disk is full — nothing was changed; free some space and try again"
        case .readOnly(let path):
            return "cannot save to \(path): the database is read-only — nothing was changed; check the file, its folder and the disk"
        case .fileMoved(let path):
            return "cannot save to \(path): the database file was moved or deleted while open — nothing was changed; restart rekindle"
        case .notPrivate(let path, let reason):
            return "refusing to use \(path): \(reason) — keep the database in a folder of your own (the default is ~/.local/share/rekindle)"
        case .textHasNUL:
            return "the text holds a NUL character (byte 0), which would cut it short there — nothing was saved; remove that character and save again"
        case .backupHasWAL(let path):
            return "\(path) has a -wal file beside it, so it is not a finished backup — run 'rekindle status --db \(path)' once to complete it, then restore it"
        case .orphanWAL(let path):
            return "\(path) is missing, but \(path)-wal, which holds its last changes, is still there — if the database was moved or renamed, put it back (or use --db to open it where it is); to start a new database, move \(path)-wal aside first"
        case .sideFilesReplaced(let path):
            return "cannot save to \(path): its -wal or -shm file was deleted or replaced while rekindle had it open (a cleaner or sync tool?) — nothing was changed; quit and start rekindle again"
        case .inUse(let path):
            return "\(path) is open in another copy of rekindle — quit it first, then try again; nothing was changed"
        case .busy(let path):
            return "\(path) is busy: another program (another copy of rekindle?) is writing to it — nothing was changed; try again in a moment"
        case .writeFailed(let path, let reason):
            return "cannot save to \(path): \(reason) — nothing was changed; try again, and if it keeps failing, 'rekindle doctor' checks the file"
        }
    }
}
