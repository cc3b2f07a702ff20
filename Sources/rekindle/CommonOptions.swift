import ArgumentParser
import Foundation
import RekindleKit

/// Options every command shares: which database and which guide.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file (default: $REKINDLE_DB, else $XDG_DATA_HOME/rekindle/rekindle.sqlite).",
        valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(
        "A guide file to open, or the id of a bundled guide (see 'rekindle guides').", valueName: "path-or-id"))
    var guide: String?

    func validate() throws {
        if db?.isEmpty == true { throw ValidationError("--db needs a file name") }
        if guide?.isEmpty == true { throw ValidationError("--guide needs a file name or a guide id") }
    }
}

/// An open database with the chosen guide loaded: what every command works on.
struct Session {
    let store: Store
    let guide: Guide
    let workbook: Workbook
    /// No database exists yet at the default place: `store` is an empty one in memory, so reading
    /// commands show a fresh workbook (0 of 18) instead of failing on a first run.
    let isFresh: Bool

    /// Commands that only read pass `creatingDatabase: false`: on the default database they work
    /// before it exists (on an empty workbook, creating nothing), while a `--db` naming a missing
    /// file is reported instead of silently becoming a new, empty database that looks like lost
    /// progress. Commands that change something pass `checking`, which sees the workbook before
    /// any database is created, so a wrong item reference creates nothing.
    /// `guideNeeds` checks the guide before anything else (a tool the guide must declare).
    init(_ options: CommonOptions, creatingDatabase: Bool = true, checking: (Workbook) throws -> Void = { _ in },
         guideNeeds: (Guide) throws -> Void = { _ in }) throws {
        try self.init(db: options.db, guide: options.guide, creatingDatabase: creatingDatabase, checking: checking,
                      guideNeeds: guideNeeds)
    }

    /// `showing`, for the interface: the workbook is read for its first frame
    /// (`Store.loadFirstFrame`), with the items of the section it names only. Without
    /// `readingItems`, its sections are only counted (`Store.loadCounted`).
    init(db: String?, guide guidePathOrID: String?, creatingDatabase: Bool = true,
         checking: (Workbook) throws -> Void = { _ in }, guideNeeds: (Guide) throws -> Void = { _ in },
         showing shownSection: ((Store, Guide) -> String?)? = nil, readingItems: Bool = true) throws {
        guide = try Self.resolveGuide(guidePathOrID)
        try guideNeeds(guide)
        let url = StorePaths.databaseURL(explicit: db)
        let exists = FileManager.default.fileExists(atPath: url.path)
        if !creatingDatabase, !exists, db != nil {
            throw CLIFailure(message: "there is no database at \(url.path) yet — it is created the first time you open rekindle, or tick, add or write a note")
        }
        do {
            if !exists {
                let empty = try Store.inMemory()
                let preview = try empty.load(guide: guide)
                try checking(preview)
                if !creatingDatabase {
                    (store, workbook, isFresh) = (empty, preview, true)
                    return
                }
            }
            // A read-only folder or disk (a mounted backup): reading commands read a copy in memory.
            let folder = url.deletingLastPathComponent().path
            let writable = access(folder, W_OK) == 0 && (!exists || access(url.path, W_OK) == 0)
            // A command that may create the database is one that writes: its store opens the writer at
            // once. Not the interface (`showing`): it starts by reading, and its first frame does not
            // wait for the integrity probe (that waits for the first write).
            let writing = creatingDatabase && shownSection == nil
            store = !creatingDatabase && !writable ? try Store.readOnlyCopy(of: url) : try Store(url: url, writing: writing)
            let (store, guide) = (store, guide)
            workbook = try !readingItems ? store.loadCounted(guide: guide)
                : shownSection.map { try store.loadFirstFrame(guide: guide, showing: $0(store, guide)) } ?? store.load(guide: guide)
            isFresh = false
            try checking(workbook)
        } catch let error as StoreError {
            throw CLIFailure(message: error.description)
        }
    }

    static func resolveGuide(_ pathOrID: String?) throws -> Guide {
        do {
            return try loadGuide(pathOrID)
        } catch {
            throw CLIFailure(message: error.description)
        }
    }

    /// A path (anything with a slash, or an existing file) is read as a guide file; otherwise it
    /// names a bundled guide; nothing means the default guide.
    private static func loadGuide(_ pathOrID: String?) throws(GuideLoadError) -> Guide {
        guard let pathOrID else { return try GuideLibrary.standard().defaultGuide() }
        if pathOrID.contains("/") || FileManager.default.fileExists(atPath: pathOrID) {
            return try GuideParser.parseFile(atPath: pathOrID)
        }
        return try GuideLibrary.standard().guide(id: pathOrID)
    }
}
