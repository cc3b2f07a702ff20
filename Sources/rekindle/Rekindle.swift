import ArgumentParser
import Foundation
import RekindleKit

/// The `rekindle` command: the full-screen interface by default, plus small commands for scripts.
@main
struct Rekindle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rekindle",
        abstract: "A private, keyboard-driven companion for working through a step-by-step guide.",
        discussion: """
            Run without a command to open the full-screen interface. Your progress and notes stay \
            in one private SQLite file on this machine (see 'rekindle doctor' for where).
            """,
        version: RekindleVersion.current,
        subcommands: [
            OpenCommand.self, StatusCommand.self, TickCommand.self, UntickCommand.self, AddCommand.self,
            NoteCommand.self, ExportCommand.self, GuidesCommand.self, KeysCommand.self, DoctorCommand.self,
            BackupCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// Every failure ends as one line on stderr and a non-zero exit, never a stack trace or a usage dump.
    static func main() {
        umask(0o077)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CLIFailure {
            printError(failure.message)
            Foundation.exit(failure.exitCode)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            let oneLine = message(for: error).split(whereSeparator: \.isNewline).joined(separator: "; ")
            printError("\(oneLine) (see 'rekindle --help')")
            Foundation.exit(code.rawValue)
        }
    }
}

enum RekindleVersion {
    static let current = "0.1.0"
}

/// An error worth telling the person about in one line.
struct CLIFailure: Error {
    var message: String
    var exitCode: Int32 = 1
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("rekindle: \(DisplayText.sanitize(message))\n".utf8))
}
