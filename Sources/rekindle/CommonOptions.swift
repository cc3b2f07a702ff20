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

    /// Commands that only read pass `creatingDatabase: false`, so a mistyped `--db` is reported
    /// instead of silently becoming a new, empty database that looks like lost progress.
    init(_ options: CommonOptions, creatingDatabase: Bool = true) throws {
        guide = try Self.resolveGuide(options.guide)
        let url = StorePaths.databaseURL(explicit: options.db)
        if !creatingDatabase, !FileManager.default.fileExists(atPath: url.path) {
            throw CLIFailure(message: "there is no database at \(url.path) yet — it is created the first time you open rekindle, or tick, add or write a note")
        }
        do {
            store = try Store(url: url)
            workbook = try store.load(guide: guide)
        } catch let error as StoreError {
            throw CLIFailure(message: error.description)
        }
    }

    private static func resolveGuide(_ pathOrID: String?) throws -> Guide {
        do {
            return try loadGuide(pathOrID)
        } catch {
            throw CLIFailure(message: error.description)
        }
    }

    /// A path (anything with a slash, or an existing file) is read as a guide file; otherwise it
    /// names a bundled guide; nothing means the default guide.
    private static func loadGuide(_ pathOrID: String?) throws(GuideLoadError) -> Guide {
        let library = GuideLibrary.standard()
        guard let pathOrID else { return try library.defaultGuide() }
        if pathOrID.contains("/") || FileManager.default.fileExists(atPath: pathOrID) {
            return try GuideParser.parseFile(atPath: pathOrID)
        }
        return try library.guide(id: pathOrID)
    }
}
