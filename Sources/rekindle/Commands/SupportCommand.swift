import ArgumentParser
import Foundation
import RekindleKit

/// `rekindle support`: what to do in danger now, the person's own support card, free lines with
/// the month each was checked, where to look online, the safety note. Works with no network, and
/// shows whatever it can even when the database or the lines file cannot be read.
struct SupportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "support",
        abstract: "Where to find help: emergency numbers, your own support card, free lines.",
        discussion: "Nothing is dialled, sent or looked up: rekindle only shows what is written here.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var settings: ConfigOption
    @Flag(help: "Edit your support card in $EDITOR (a private temporary file, removed afterwards).") var edit = false
    @Flag(help: "List every saved version of your support card, newest first.") var history = false
    @Flag(help: "Print JSON instead of text.") var json = false

    func validate() throws {
        if [edit, history, json].filter({ $0 }).count > 1 {
            throw ValidationError("use only one of --edit, --history and --json")
        }
    }

    func run() throws {
        let url = StorePaths.databaseURL(explicit: common.db)
        if edit {
            let editor = try settings.load().editor
            let store = try Store(url: url)
            return try RevisionEditing.edit(try store.supportCard(), draft: SupportCard.template, what: "your support card",
                                            rescueFolder: url.deletingLastPathComponent(), editor: editor) {
                try store.saveSupportCard($0, at: Date())
            }
        }
        if history {
            guard FileManager.default.fileExists(atPath: url.path) else { return }
            return RevisionEditing.printHistory(try Store(url: url).supportCardHistory())
        }
        var problems: [String] = []
        let card = readCard(url, problems: &problems)
        let content = SupportContent.standard()
        var lines: SupportLines?
        if let content {
            do { lines = try content.lines() } catch { problems.append(error.description) }
        } else {
            problems.append("the support files (\(SupportContent.linesFileName)) were not found; set REKINDLE_SUPPORT to the folder that has them")
        }
        let sheet = SupportSheet(lines: lines, supportCard: card, safetyNote: content?.safetyNote())
        if json {
            print(String(decoding: try Exporter.json(sheet), as: UTF8.self), terminator: "")
        } else {
            printStoredText(sheet.plainText, terminator: "")
        }
        problems.forEach { printError($0) }
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// The card, or "" with a problem noted: a missing database is simply no card yet, and a
    /// database that cannot be opened must not hide the numbers.
    private func readCard(_ url: URL, problems: inout [String]) -> String {
        guard FileManager.default.fileExists(atPath: url.path) else { return "" }
        do {
            return try Store(url: url).supportCard()
        } catch {
            problems.append("\(error)")
            return ""
        }
    }
}
