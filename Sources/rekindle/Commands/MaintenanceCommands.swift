import ArgumentParser
import Foundation
import RekindleCrypto
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
    @Flag(help: "Encrypt the backup with a passphrase (asked twice on the terminal, or --passphrase-file).")
    var encrypt = false
    @OptionGroup var passphrase: PassphraseOptions

    /// rekindle-backup-2026-11-27-031205.sqlite next to the database (.enc when encrypted).
    static func datedBackupURL(beside database: URL?, encrypted: Bool = false) -> URL {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd-HHmmss"
        let directory = database?.deletingLastPathComponent() ?? URL(fileURLWithPath: ".")
        return directory.appendingPathComponent("rekindle-backup-\(formatter.string(from: Date())).\(encrypted ? "enc" : "sqlite")")
    }

    func validate() throws {
        if path?.isEmpty == true { throw ValidationError("the backup path is empty") }
        if passphrase.passphraseFile != nil, !encrypt { throw ValidationError("--passphrase-file goes with --encrypt") }
    }

    func run() throws {
        let session = try Session(common, creatingDatabase: false)
        if session.isFresh {
            let url = StorePaths.databaseURL(explicit: common.db)
            throw CLIFailure(message: "there is no database at \(url.path) yet, so nothing to back up — it is created when you first tick or write")
        }
        do {
            let destination = path.map { URL(fileURLWithPath: $0) } ?? Self.datedBackupURL(beside: session.store.url, encrypted: encrypt)
            if encrypt {
                try PrivateFiles.checkWritable(destination, force: force)
                let sealed = try passphrase.seal(try session.store.backupData(), for: destination.path)
                try PrivateFiles.write(sealed, to: destination, force: force)
            } else {
                try session.store.backup(to: destination, force: force)
            }
            print(DisplayText.sanitize("backed up to \(destination.path)\(encrypt ? " (encrypted)" : "")"))
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
    @Argument(help: ArgumentHelp("The backup to restore (made by 'rekindle backup', encrypted or not).", valueName: "backup"))
    var backup: String
    @OptionGroup var passphrase: PassphraseOptions

    func validate() throws {
        if backup.isEmpty { throw ValidationError("the backup path is empty") }
    }

    func run() throws {
        let database = StorePaths.databaseURL(explicit: common.db)
        let safety = SealedFile.isSealed(fileAt: backup)
            ? try restoreEncrypted(over: database) : try Store.restore(backup: URL(fileURLWithPath: backup), over: database, at: Date())
        let kept = safety.map { "; the database as it was is kept in \($0.path) (readable only by you)" } ?? ""
        print(DisplayText.sanitize("restored \(backup) to \(database.path)\(kept)"))
    }

    /// Decrypts in memory (a wrong passphrase or a changed byte stops here, before anything is
    /// written), then restores from a private plain copy beside the database, removed afterwards.
    private func restoreEncrypted(over database: URL) throws -> URL? {
        let sealed: Data
        do { sealed = try Data(contentsOf: URL(fileURLWithPath: backup)) } catch {
            throw CLIFailure(message: "\(backup): cannot read it (\(error.localizedDescription))")
        }
        let plain = try passphrase.unsealIfNeeded(sealed, file: backup)
        let folder = database.deletingLastPathComponent()
        try PrivateFiles.ensureDirectory(folder)
        let copy = folder.appendingPathComponent(".\(database.lastPathComponent).decrypted-\(getpid())")
        unlink(copy.path)
        defer { unlink(copy.path) }
        try PrivateFiles.write(plain, to: copy)
        do {
            return try Store.restore(backup: copy, over: database, at: Date())
        } catch let error as StoreError {
            // Name the file the person gave, not the decrypted copy.
            throw CLIFailure(message: error.description.replacingOccurrences(of: copy.path, with: backup))
        }
    }
}
