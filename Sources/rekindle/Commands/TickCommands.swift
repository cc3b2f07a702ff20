import ArgumentParser
import Foundation
import RekindleKit
import RekindleUI

struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick", abstract: "Mark an item done, e.g. 'rekindle tick 2.1'.")
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The item as step.item, e.g. 2.1.", valueName: "step.item")) var item: String

    func run() throws { try setDone(true, item: item, db: common.db, guide: common.guide) }
}

struct UntickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untick", abstract: "Mark an item not done, e.g. 'rekindle untick 2.1'.")
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The item as step.item, e.g. 2.1.", valueName: "step.item")) var item: String

    func run() throws { try setDone(false, item: item, db: common.db, guide: common.guide) }
}

/// What `tick` and `untick` do, with the options' values (`QuickCommand` calls it without the parser).
func setDone(_ done: Bool, item reference: String, db: String?, guide: String?) throws {
    // The workbook by its counts, and then the one item: a year of items in the step is not read.
    let session = try Session(db: db, guide: guide, checking: { _ = try SectionReference.item(reference, in: $0) },
                              readingItems: false)
    let (section, number) = try SectionReference.item(reference, in: session.workbook)
    guard let item = try session.store.item(guideID: session.workbook.guideID, sectionKey: section.key, at: number - 1) else {
        throw CLIFailure(message: "\(section.displayName) changed while this ran: see 'rekindle status' and try again")
    }
    try session.store.setDone(itemID: item.id, done: done, at: Date())
    print(DisplayText.sanitize("\(done ? "[x]" : "[ ]") \(section.displayName) — \(item.title)"))
}

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an item of your own to a step, e.g. 'rekindle add 2 \"Call my sister\"'.")
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The step number (or section key).", valueName: "step")) var step: String
    @Argument(help: "The item's text.") var text: String

    func run() throws {
        // An item is one line, as in the interface's item editor.
        let title = LineEditor.singleLine(text).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { throw CLIFailure(message: "the item's text is empty: write what you want to add") }
        let session = try Session(common) { _ = try SectionReference.section(step, in: $0) }
        let section = try SectionReference.section(step, in: session.workbook)
        let item = try session.store.addItem(
            guideID: session.workbook.guideID, sectionKey: section.key, title: title, after: nil)
        print(DisplayText.sanitize("added to \(section.displayName): \(item.title)"))
    }
}
