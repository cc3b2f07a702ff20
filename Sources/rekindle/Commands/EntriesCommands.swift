import ArgumentParser
import Foundation
import RekindleKit

struct EntriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entries", abstract: "List your journal entries, newest first, by day.")

    @OptionGroup var common: CommonOptions
    @Option(help: ArgumentHelp("Only the entries of this step (its number, 0 for the introduction, or a section key).",
                               valueName: "step"))
    var step: String?
    @Option(help: ArgumentHelp("Only entries from this day on (YYYY-MM-DD, or YYYY-MM-DD HH:MM, local time).",
                               valueName: "date"))
    var since: String?
    @Flag(help: "Print JSON (UTC instants, oldest first) instead of text.") var json = false

    func run() throws {
        let start = try since.map { try CommandClock.instant($0, option: "--since") { $0.start(of: $1) } }
        let now = try CommandClock.now()
        let session = try Session(common, creatingDatabase: false) { workbook in
            if let step { _ = try SectionReference.section(step, in: workbook) }
        }
        let workbook = session.workbook
        let section = try step.map { try SectionReference.section($0, in: workbook) }
        let entries = try session.store.entries(guideID: workbook.guideID, sectionKey: section?.key, since: start)
        if json {
            let revisions = try session.store.entryRevisions(guideID: workbook.guideID)
            print(String(decoding: try Exporter.json(EntriesReport(workbook: workbook, entries: entries, revisions: revisions)),
                         as: UTF8.self), terminator: "")
            return
        }
        guard !entries.isEmpty else {
            let which = section.map { " for \($0.displayName)" } ?? ""
            return printError("(no entries\(which)\(since.map { " since \($0)" } ?? "") yet — 'rekindle log \"text\"' writes one)", plain: true)
        }
        let calendar = CommandClock.calendar
        printStoredText(EntryListing.plain(entries, sectionNames: EntryListing.sectionNames(workbook),
                                           today: calendar.day(of: now), calendar: calendar), terminator: "")
    }
}

struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "One line for a shell prompt: when you last wrote and how many entries this month.",
        discussion: "Prints nothing (and exits 0) when there is nothing to say, such as before the first entry.")

    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON instead of the line (always, even with nothing to say).") var json = false

    func run() throws { try Self.show(db: common.db, guide: common.guide, json: json) }

    /// What `run` does, with the options' values (`QuickCommand` calls it without the parser).
    static func show(db: String?, guide: String?, json: Bool) throws {
        let now = try CommandClock.now()
        let session = try Session(db: db, guide: guide, creatingDatabase: false, readingItems: false)
        let guideID = session.workbook.guideID
        let calendar = CommandClock.calendar
        let journal = session.isFresh ? []
            : try session.store.entryInstants(guideID: guideID, kind: .journal,
                                              from: TodaySummary.monthStart(now: now, calendar: calendar), through: now)
        // A prompt shows outside the app, where discreet mode cannot blank it: with
        // REKINDLE_DISCREET set, the line leaves the tools (the cooling-off, goals) out.
        let withTools = !session.isFresh && !Discretion.asked(by: ProcessEnvironment.current)
        let summary = TodaySummary(journal: journal, now: now, calendar: calendar,
                                   counter: withTools ? try session.store.coolingOff(guideID: guideID, calendar: calendar) : nil,
                                   goals: withTools ? try session.store.entries(guideID: guideID, kinds: [.goal]) : [])
        if json {
            print(String(decoding: try Exporter.json(summary), as: UTF8.self), terminator: "")
        } else if let line = summary.line {
            print(DisplayText.sanitize(line))
        }
    }
}
