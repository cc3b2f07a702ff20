import ArgumentParser
import Foundation
import RekindleKit

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Write a dated entry in your journal, e.g. 'rekindle log \"A calm evening\" --mood calm'.",
        discussion: "The entry is dated now unless --at says when. Text '-' is read from standard input.")

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The entry's text, or - to read it from standard input.", valueName: "text"))
    var text: String?
    @Option(help: ArgumentHelp("The step it belongs to: its number, 0 for the introduction, or a section key.",
                               valueName: "step"))
    var step: String?
    @Option(help: ArgumentHelp("How you feel: one word, or a number from 1 to 5.", valueName: "word|1-5"))
    var mood: String?
    @Option(help: ArgumentHelp("When it happened, in local time: YYYY-MM-DD HH:MM (a date alone means noon).",
                               valueName: "date"))
    var at: String?
    @Flag(help: "Write the entry in $EDITOR (a private temporary file, removed afterwards).") var edit = false

    func validate() throws {
        if edit && text != nil { throw ValidationError("give the text or --edit, not both") }
        if !edit && text == nil { throw ValidationError("write the entry's text (or - to read it from standard input, or --edit)") }
    }

    func run() throws {
        // Everything that can be wrong is found before a database is created or an editor opened.
        let parsedMood = try mood.map { text in
            switch Mood.parse(text) {
            case .success(let mood): return mood
            case .failure(let error): throw CLIFailure(message: "--mood: \(error.description)")
            }
        }
        let now = try CommandClock.now()
        let instant = try at.map { try CommandClock.instant($0, option: "--at") { $0.instant(on: $1, hour: 12, minute: 0) } } ?? now
        let given = try text.map { $0 == "-" ? try Self.standardInput() : $0 }
        if let given { try Self.requireWords(given) }

        let session = try Session(common) { workbook in
            if let step { _ = try SectionReference.section(step, in: workbook) }
        }
        let section = try step.map { try SectionReference.section($0, in: session.workbook) }
        var body = given ?? ""
        if edit {
            let folder = StorePaths.databaseURL(explicit: common.db).deletingLastPathComponent()
            body = Self.droppingFinalLineBreak(try ExternalEditor.edit("", rescueFolder: folder))
            guard Self.hasWords(body) else { return print("no entry written (the text was empty)") }
        }
        let entry = try session.store.addEntry(guideID: session.workbook.guideID, sectionKey: section?.key, body: body,
                                               mood: parsedMood, at: instant, now: now)
        let calendar = CommandClock.calendar
        let day = DayName.name(of: calendar.day(of: entry.at), today: calendar.day(of: now), calendar: calendar)
        let place = section.map { " · \($0.displayName)" } ?? ""
        print(DisplayText.sanitize("saved your entry · \(day) \(calendar.clockTime(of: entry.at))\(place)"))
    }

    static func hasWords(_ text: String) -> Bool {
        !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// Text the store would refuse is refused here, before anything is created.
    static func requireWords(_ text: String) throws {
        guard hasWords(text) else { throw CLIFailure(message: "the entry is empty: write what you want to keep, or use --edit") }
        if text.utf8.contains(0) { throw CLIFailure(message: StoreError.textHasNUL.description) }
    }

    /// All of standard input, which must be UTF-8 (text is stored exactly, never repaired).
    static func standardInput() throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = data.withUnsafeBytes({ String(validating: $0, as: UTF8.self) }) else {
            throw CLIFailure(message: "the text on standard input is not valid UTF-8, so nothing was saved — send it as UTF-8")
        }
        return droppingFinalLineBreak(text)
    }

    /// The line break that ends a file or a piped line ends the text; it is not part of it.
    static func droppingFinalLineBreak(_ text: String) -> String {
        var bytes = Array(text.utf8)
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
