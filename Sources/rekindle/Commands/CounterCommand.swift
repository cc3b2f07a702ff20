import ArgumentParser
import Foundation
import RekindleKit

/// `rekindle counter`: the cooling-off counter of "Give It Time".
struct CounterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counter",
        abstract: "The cooling-off counter: days since the breakup or the last contact.",
        discussion: "A contact that happens starts a new stretch; the earlier ones and the longest stay.",
        subcommands: [CounterShowCommand.self, CounterSetCommand.self, CounterContactCommand.self],
        defaultSubcommand: CounterShowCommand.self)
}

struct CounterShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show where the counter stands (the default).")
    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
        let now = try CommandClock.now()
        let session = try Session(common, creatingDatabase: false)
        let report = try Self.report(session, now: now)
        if json {
            print(String(decoding: try Exporter.json(report), as: UTF8.self), terminator: "")
        } else {
            printStoredText(report.lines.joined(separator: "\n"))
        }
    }

    static func report(_ session: Session, now: Date) throws -> CounterReport {
        let calendar = CommandClock.calendar
        let guideID = session.workbook.guideID
        return CounterReport(settings: try session.store.coolingOffSettings(guideID: guideID),
                             contacts: try session.store.entries(guideID: guideID, kinds: [.contact]),
                             today: calendar.day(of: now), calendar: calendar)
    }
}

struct CounterSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set the day of the breakup and/or of the last contact, and the period you choose.")
    @OptionGroup var common: CommonOptions
    @Option(help: ArgumentHelp("The day of the breakup (YYYY-MM-DD).", valueName: "date")) var breakup: String?
    @Option(name: .customLong("last-contact"), help: ArgumentHelp("The day of the last contact (YYYY-MM-DD).", valueName: "date"))
    var lastContact: String?
    @Option(help: ArgumentHelp("The period you choose: 6w (weeks), 45d (days) or 2m (months); six weeks unless set.",
                               valueName: "length"))
    var period: String?

    func validate() throws {
        if breakup == nil && lastContact == nil && period == nil {
            throw ValidationError("say what to set: --breakup DATE, --last-contact DATE and/or --period 6w")
        }
    }

    func run() throws {
        let now = try CommandClock.now()
        let breakupDay = try breakup.map { try ToolPlace.day($0, option: "--breakup") }
        let contactDay = try lastContact.map { try ToolPlace.day($0, option: "--last-contact") }
        let periodDays = try period.map { text in
            guard let days = Period.days(parsing: text) else {
                throw CLIFailure(message: "--period: '\(text)' is not a length rekindle reads — write 6w, 45d or 2m (up to two years)")
            }
            return days
        }
        let today = CommandClock.calendar.day(of: now)
        for (day, option) in [(breakupDay, "--breakup"), (contactDay, "--last-contact")] {
            if let day, day > today { throw CLIFailure(message: "\(option): \(day) is still to come — give a day up to today") }
        }
        let session = try Session(common, guideNeeds: { _ = try ToolPlace.section(of: .coolingOff, in: $0) })
        let guideID = session.workbook.guideID
        var settings = try session.store.coolingOffSettings(guideID: guideID) ?? CoolingOffSettings()
        if let breakupDay { settings.breakup = breakupDay }
        if let contactDay { settings.lastContact = contactDay }
        if let periodDays { settings.periodDays = periodDays }
        guard settings.start != nil else {
            throw CLIFailure(message: "the counter needs a day to count from — add --breakup DATE or --last-contact DATE")
        }
        try session.store.setCoolingOffSettings(settings, guideID: guideID)
        printStoredText(try CounterShowCommand.report(session, now: now).lines.joined(separator: "\n"))
    }
}

struct CounterContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: "Log a contact that happened; a new stretch begins, and the earlier ones stay.")
    @OptionGroup var common: CommonOptions
    @Option(help: ArgumentHelp("A note if you like: what happened, how it felt.", valueName: "text")) var note: String?
    @Option(help: ArgumentHelp("When it happened, in local time: YYYY-MM-DD HH:MM (a date alone means noon).",
                               valueName: "date"))
    var at: String?

    func run() throws {
        let now = try CommandClock.now()
        let instant = try at.map { try CommandClock.instant($0, option: "--at") { $0.instant(on: $1, hour: 12, minute: 0) } } ?? now
        if let note, note.utf8.contains(0) { throw CLIFailure(message: StoreError.textHasNUL.description) }
        let notSet = CLIFailure(message: "the counter is not set yet — 'rekindle counter set --breakup YYYY-MM-DD' starts it, then contacts can be logged")
        // A database that does not exist yet has no counter: refused before one is created.
        let session = try Session(common, checking: { _ in if !ToolPlace.databaseExists(common) { throw notSet } },
                                  guideNeeds: { _ = try ToolPlace.section(of: .coolingOff, in: $0) })
        let section = try ToolPlace.section(of: .coolingOff, in: session.guide)
        let guideID = session.workbook.guideID
        guard try session.store.coolingOffSettings(guideID: guideID)?.start != nil else { throw notSet }
        _ = try session.store.addEntry(guideID: guideID, kind: .contact, sectionKey: section, body: note ?? "",
                                       mood: nil, at: instant, now: now)
        let lines = try CounterShowCommand.report(session, now: now).lines
        printStoredText(([ToolWording.contactLogged] + lines).joined(separator: "\n"))
    }
}
