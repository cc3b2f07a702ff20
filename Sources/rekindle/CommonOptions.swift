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
    var workbook: Workbook

    init(_ options: CommonOptions) throws {
        guide = try Self.resolveGuide(options.guide)
        do {
            store = try Store(url: StorePaths.databaseURL(explicit: options.db))
            workbook = try store.load(guide: guide)
        } catch let error as StoreError {
            throw CLIFailure(message: error.description)
        }
    }

    /// Reloads the workbook after a change, so output shows what is stored.
    mutating func reload() throws {
        workbook = try store.load(guide: guide)
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
