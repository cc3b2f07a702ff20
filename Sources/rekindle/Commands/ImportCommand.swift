import ArgumentParser
import Foundation
import RekindleKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Put an export ('rekindle export --format json') back into a database, without loss.",
        discussion: """
            Into a database with no ticks, items or notes yet (or none at all); with --merge, into \
            one that has data: only what it lacks is added, nothing is dropped or replaced. All or \
            nothing: one transaction.
            """)
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The export to read (JSON, or encrypted with 'export --encrypt').", valueName: "file"))
    var file: String
    @Flag(help: "Add what the database lacks to the data it has (never drops or replaces anything).")
    var merge = false
    @OptionGroup var passphrase: PassphraseOptions

    func validate() throws {
        if file.isEmpty { throw ValidationError("the file name is empty") }
    }

    func run() throws {
        let data = try passphrase.unsealIfNeeded(try readInput(file), file: file)
        let guide = try Session.resolveGuide(common.guide)
        let document: ExportDocument
        do { document = try ExportFileReader.read(data, file: file, guideID: guide.id) } catch {
            throw CLIFailure(message: error.description)
        }
        let database = StorePaths.databaseURL(explicit: common.db)
        let existed = FileManager.default.fileExists(atPath: database.path)
        let progress = ProgressLine(label: "importing")
        do {
            let session = try Session(common)
            let report = try session.store.importExport(document, guide: guide, merge: merge, progress: progress.show)
            progress.clear()
            print(DisplayText.sanitize("imported \(file) into \(database.path): \(report.summary)"))
        } catch {
            progress.clear()
            // A database this import created holds nothing else: leave none behind.
            if !existed { for suffix in ["", "-wal", "-shm"] { unlink(database.path + suffix) } }
            switch error {
            case let error as ImportError: throw CLIFailure(message: error.description)
            default: throw error
            }
        }
    }

    private func readInput(_ file: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            let reason = FileManager.default.fileExists(atPath: file) ? "cannot read it" : "no such file"
            throw CLIFailure(message: "\(file): \(reason) — give the file 'rekindle export --format json' wrote")
        }
    }
}

/// "importing… 2500 of 15005" on stderr, redrawn in place, only when stderr is a terminal (a
/// script's log gets the one summary line).
final class ProgressLine {
    private let label: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false

    init(label: String) { self.label = label }

    func show(_ done: Int, _ total: Int) {
        guard enabled, total >= 1_000 else { return }
        shown = true
        FileHandle.standardError.write(Data("\r\(label)… \(done) of \(total)".utf8))
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\(String(repeating: " ", count: label.count + 40))\r".utf8))
        shown = false
    }
}
