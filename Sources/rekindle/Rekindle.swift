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
            in one private SQLite file on this machine (see 'rekindle doctor' for where). \
            'rekindle support' shows emergency numbers, your own support card and free lines.
            """,
        version: RekindleVersion.current,
        subcommands: [
            OpenCommand.self, StatusCommand.self, TickCommand.self, UntickCommand.self, AddCommand.self,
            NoteCommand.self, ExportCommand.self, GuidesCommand.self, KeysCommand.self, DoctorCommand.self,
            BackupCommand.self, RestoreCommand.self, ImportCommand.self, SupportCommand.self, ReadCommand.self, ConfigCommand.self,
            LogCommand.self, EntriesCommand.self, TodayCommand.self, CounterCommand.self, DraftsCommand.self,
            WinsCommand.self, GoalsCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// Every failure ends as one line on stderr and a non-zero exit, never a stack trace or a usage dump.
    static func main() {
        umask(0o077)
        MemoryUse.keepLow()
        // A quit from the keyboard (Ctrl-\\) ends a command quietly, without the runtime's backtrace.
        signal(SIGQUIT, SIG_DFL)
        do {
            try requireUTF8Arguments()
            if let interface = InterfaceArguments(Array(CommandLine.arguments.dropFirst())) {
                return try OpenCommand.openInterface(interface)
            }
            if let quick = QuickCommand(Array(CommandLine.arguments.dropFirst())) { return try quick.run() }
            let arguments = movingCommonOptions(CommandWords.normalised(Array(CommandLine.arguments.dropFirst())))
            let commands = configuration.subcommands.compactMap { $0.configuration.commandName }
            if let unknown = CommandWords.unknownCommand(in: arguments, commands: commands) { throw unknown }
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let failure as CLIFailure {
            printError(failure.message)
            Foundation.exit(failure.exitCode)
        } catch let error as StoreError {
            printError(error.description)
            Foundation.exit(1)
        } catch let error as PrivateFileError {
            printError(error.description)
            Foundation.exit(1)
        } catch let error as GuideLoadError {
            printError(error.description)
            Foundation.exit(1)
        } catch let code as ExitCode {
            // The command has already said what it found (doctor's warnings).
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            // The parser's messages start with a capital; every other line of ours does not.
            var oneLine = message(for: error).split(whereSeparator: \.isNewline).joined(separator: "; ")
            if let first = oneLine.first { oneLine = first.lowercased() + oneLine.dropFirst() }
            printError("\(oneLine) (see 'rekindle --help')")
            Foundation.exit(code.rawValue)
        }
    }
}

/// `rekindle --db F --guide G status` means `rekindle status --db F --guide G`: the shared options
/// belong to each subcommand, so those given before the subcommand's name are moved after it.
func movingCommonOptions(_ arguments: [String]) -> [String] {
    let names: Set<String> = ["--db", "--guide", "--config"]
    var leading: [String] = []
    var index = 0
    while index < arguments.count {
        let argument = arguments[index]
        if names.contains(argument), index + 1 < arguments.count {
            leading += arguments[index...index + 1]
            index += 2
        } else if names.contains(where: { argument.hasPrefix($0 + "=") }) {
            leading.append(argument)
            index += 1
        } else {
            break
        }
    }
    let subcommands = Rekindle.configuration.subcommands.compactMap { $0.configuration.commandName }
    guard !leading.isEmpty, index < arguments.count, subcommands.contains(arguments[index]) else { return arguments }
    return [arguments[index]] + leading + arguments[(index + 1)...]
}

/// Swift repairs invalid UTF-8 in arguments to U+FFFD, which would quietly store altered text or
/// open a different file than the one named; refuse such arguments instead.
private func requireUTF8Arguments() throws {
    for index in 1..<Int(CommandLine.argc) {
        guard let pointer = CommandLine.unsafeArgv[index] else { continue }
        let bytes = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
        if String(validating: bytes, as: UTF8.self) == nil {
            throw CLIFailure(message: "argument \(index) (\(DisplayText.decode(bytes))) is not valid UTF-8 — rekindle takes file names and text in UTF-8", exitCode: 64)
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

/// Always exactly one line: controls become stand-ins and line breaks (a file name may hold one) "␊".
/// A message that starts with "rekindle " itself (the terminal layer's) does not repeat the name.
/// `plain` is for a remark, not a failure ("(no notes yet)"): no "rekindle: " before it.
func printError(_ message: String, plain: Bool = false) {
    let message = message.hasPrefix("rekindle ") ? String(message.dropFirst("rekindle ".count)) : message
    let oneLine = DisplayText.sanitize(message).replacingOccurrences(of: "\n", with: "\u{240A}")
    FileHandle.standardError.write(Data("\(plain ? "" : "rekindle: ")\(oneLine)\n".utf8))
}

/// Stored text (notes, items, guide text) exactly as written when piped or redirected, and made
/// harmless on a terminal, where an escape sequence inside it would otherwise act on the screen.
func printStoredText(_ text: String, terminator: String = "\n") {
    print(isatty(STDOUT_FILENO) == 1 ? DisplayText.sanitize(text) : text, terminator: terminator)
}
