import ArgumentParser
import Foundation
import RekindleKit

struct GuidesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "guides", abstract: "List the guides available.")

    func run() throws {
        let listing = GuideLibrary.standard().list()
        for entry in listing.entries {
            print(DisplayText.sanitize("\(entry.id)\t\(entry.title)\t\(entry.path)"))
        }
        for problem in listing.problems {
            printError(problem.description)
        }
    }
}

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Check the database and the support lines: integrity, schema version, permissions, paths, and when the lines were checked.")
    @OptionGroup var common: CommonOptions

    /// The files are private to this account, not encrypted: say so plainly.
    static let privacy = "privacy: the database is not encrypted; anyone with access to this account, or to a copy of its files such as a backup or an export, can read what you wrote"

    func run() throws {
        // Opening the store sets its files back to 0600, so look at the modes first.
        let foundBeforeOpening = Store.permissionProblems(StorePaths.databaseURL(explicit: common.db))
        let session = try Session(common, creatingDatabase: false)
        guard !session.isFresh else {
            let url = StorePaths.databaseURL(explicit: common.db)
            print(DisplayText.sanitize("database: \(url.path)"))
            print("no database yet — it is created when you first tick or write")
            return
        }
        let report = try session.store.doctorReport()
        report.lines.forEach { print(DisplayText.sanitize($0)) }
        let repaired = foundBeforeOpening.filter { !report.permissionProblems.contains($0) }
        repaired.forEach { print(DisplayText.sanitize("warning: \($0) (rekindle has now set it back; others may have read it before)")) }
        let lines = SupportLinesCheck(SupportContent.standard(), now: Date())
        lines.lines.forEach { print(DisplayText.sanitize($0)) }
        print(Self.privacy)
        if !report.isHealthy || !repaired.isEmpty || lines.isBroken { throw ExitCode(1) }
    }
}

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write a consistent copy of the database (0600), safe while rekindle runs.")
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("Where to write it (default: next to the database, dated).", valueName: "path"))
    var path: String?
    @Flag(help: "Replace the backup file if it exists.") var force = false

    /// rekindle-backup-2026-11-27-0312.sqlite next to the database.
    static func datedBackupURL(beside database: URL?) -> URL {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd-HHmmss"
        let directory = database?.deletingLastPathComponent() ?? URL(fileURLWithPath: ".")
        return directory.appendingPathComponent("rekindle-backup-\(formatter.string(from: Date())).sqlite")
    }

    func validate() throws {
        if path?.isEmpty == true { throw ValidationError("the backup path is empty") }
    }

    func run() throws {
        let session = try Session(common, creatingDatabase: false)
        if session.isFresh {
            let url = StorePaths.databaseURL(explicit: common.db)
            throw CLIFailure(message: "there is no database at \(url.path) yet, so nothing to back up — it is created when you first tick or write")
        }
        do {
            let destination = path.map { URL(fileURLWithPath: $0) } ?? Self.datedBackupURL(beside: session.store.url)
            try session.store.backup(to: destination, force: force)
            print(DisplayText.sanitize("backed up to \(destination.path)"))
        } catch let error as StoreError {
            throw CLIFailure(message: error.description)
        }
    }
}

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup back in place of the database, keeping the current one as a safety copy.",
        discussion: """
            Checks the backup, refuses while rekindle has the database open, and never mixes the \
            backup with the old database's -wal (as copying the file by hand would).
            """)
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The backup to restore (made by 'rekindle backup').", valueName: "backup"))
    var backup: String

    func validate() throws {
        if backup.isEmpty { throw ValidationError("the backup path is empty") }
    }

    func run() throws {
        let database = StorePaths.databaseURL(explicit: common.db)
        let safety = try Store.restore(backup: URL(fileURLWithPath: backup), over: database, at: Date())
        let kept = safety.map { "; the database as it was is kept in \($0.path) (readable only by you)" } ?? ""
        print(DisplayText.sanitize("restored \(backup) to \(database.path)\(kept)"))
    }
}
