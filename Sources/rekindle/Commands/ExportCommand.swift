import ArgumentParser
import Foundation
import RekindleKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the guide with your ticks, notes and journal as Markdown or JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    @OptionGroup var common: CommonOptions
    @Option(help: "markdown or json.") var format: Format = .markdown
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write to this file (0600) instead of standard output.", valueName: "file"))
    var output: String?
    @Flag(help: "Replace the output file if it exists.") var force = false
    @Flag(help: "Encrypt the export with a passphrase (asked twice on the terminal, or --passphrase-file).")
    var encrypt = false
    @OptionGroup var passphrase: PassphraseOptions

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("--output needs a file name") }
        if passphrase.passphraseFile != nil, !encrypt { throw ValidationError("--passphrase-file goes with --encrypt") }
        if encrypt, output == nil, isatty(STDOUT_FILENO) == 1 {
            throw ValidationError("an encrypted export is not text for the terminal — give --output FILE")
        }
    }

    func run() throws {
        let session = try Session(common, creatingDatabase: false)
        let (store, workbook) = (session.store, session.workbook)
        // Each format reads what it shows once (the JSON document reads its own, histories included).
        let data = switch format {
        case .markdown:
            Data(Exporter.markdown(workbook, notes: try store.allNotes(guideID: workbook.guideID),
                                   supportCard: try store.supportCard(), entries: try store.entries(guideID: workbook.guideID),
                                   calendar: CommandClock.calendar).utf8)
        case .json: try Exporter.json(ExportDocument(store: store, workbook: workbook))
        }
        if let output { try PrivateFiles.checkWritable(URL(fileURLWithPath: output), force: force) }
        if encrypt {
            let sealed = try passphrase.seal(data, for: output ?? "the export")
            guard let output else { return FileHandle.standardOutput.write(sealed) }
            try PrivateFiles.write(sealed, to: URL(fileURLWithPath: output), force: force)
            return print(DisplayText.sanitize("exported to \(output) (encrypted)"))
        }
        guard let output else { return printStoredText(String(decoding: data, as: UTF8.self), terminator: "") }
        try PrivateFiles.write(data, to: URL(fileURLWithPath: output), force: force)
        print(DisplayText.sanitize("exported to \(output)"))
    }
}
