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

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("--output needs a file name") }
    }

    func run() throws {
        let session = try Session(common, creatingDatabase: false)
        let notes = try session.store.allNotes(guideID: session.workbook.guideID)
        let card = try session.store.supportCard()
        let entries = try session.store.entries(guideID: session.workbook.guideID)
        let data = switch format {
        case .markdown:
            Data(Exporter.markdown(session.workbook, notes: notes, supportCard: card, entries: entries,
                                   calendar: CommandClock.calendar).utf8)
        case .json:
            try Exporter.json(ExportDocument(workbook: session.workbook, notes: notes, supportCard: card, entries: entries,
                                             entryRevisions: try session.store.entryRevisions(guideID: session.workbook.guideID),
                                             coolingOff: try session.store.coolingOffSettings(guideID: session.workbook.guideID)))
        }
        guard let output else { return printStoredText(String(decoding: data, as: UTF8.self), terminator: "") }
        try PrivateFiles.write(data, to: URL(fileURLWithPath: output), force: force)
        print(DisplayText.sanitize("exported to \(output)"))
    }
}
