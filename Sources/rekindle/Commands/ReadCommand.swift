import ArgumentParser
import Foundation
import RekindleKit

/// `rekindle read [N]`: sections as wrapped plain text, for screen readers and pipes.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print a section (or every section) as wrapped plain text: the guide, your ticks and your notes.")

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The step number, 0 for the introduction, or a section key (default: every section).",
                                 valueName: "step"))
    var step: String?
    @Option(help: ArgumentHelp("Wrap at this many columns (default: $COLUMNS, else 80).", valueName: "columns"))
    var width: Int?

    func validate() throws {
        if let width, width < PlainReading.minimumWidth {
            throw ValidationError("--width must be at least \(PlainReading.minimumWidth)")
        }
    }

    func run() throws {
        let session = try Session(common, creatingDatabase: false)
        let (workbook, store) = (session.workbook, session.store)
        let sections = try step.map { [try SectionReference.section($0, in: workbook)] } ?? workbook.sections
        let notes = try store.notes(guideID: workbook.guideID, sectionKeys: sections.map(\.key))
        let columns = width ?? ProcessEnvironment.current["COLUMNS"].flatMap(Int.init)
            .map { max($0, PlainReading.minimumWidth) } ?? 80
        let text = sections.map { PlainReading.text(of: $0, notes: notes[$0.key] ?? "", width: columns) }
        print(text.joined(separator: "\n"), terminator: "")
    }
}
