import ArgumentParser
import Foundation
import RekindleKit

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show how far you have come: done/total per step and overall.")

    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws { try Self.show(db: common.db, guide: common.guide, json: json) }

    /// What `run` does, with the options' values (`QuickCommand` calls it without the parser).
    static func show(db: String?, guide: String?, json: Bool) throws {
        // JSON lists every item's title; the text only whether each is ticked.
        let session = try Session(db: db, guide: guide, creatingDatabase: false, readingItems: json)
        if json {
            var report = StatusReport(workbook: session.workbook)
            let now = try CommandClock.now()
            let guideID = session.workbook.guideID
            if ToolPlace.sectionKey(of: .coolingOff, in: session.guide) != nil {
                report.counter = try CounterShowCommand.report(session, now: now)
            }
            if ToolPlace.sectionKey(of: .goals, in: session.guide) != nil {
                report.goals = ToolEntryReport.list(try session.store.entries(guideID: guideID, kinds: [.goal]),
                                                    now: now, calendar: CommandClock.calendar)
            }
            print(String(decoding: try Exporter.json(report), as: UTF8.self))
            return
        }
        let workbook = session.workbook
        let progress = try session.store.progress(guideID: workbook.guideID)
        let lines = workbook.sections.compactMap { section in progress[section.key].map { (section, $0) } }
        let done = lines.reduce(0) { $0 + $1.1.done }, total = lines.reduce(0) { $0 + $1.1.total }
        print(DisplayText.sanitize("\(workbook.title) — \(done) of \(total) done"))
        for (section, figures) in lines {
            let drawn = figures.marks.map { marks in "  [" + String(marks.map { $0 ? Character("x") : "." }) + "]" }
            print(DisplayText.sanitize("  \(section.displayName)  \(figures.done)/\(figures.total)\(drawn ?? "")"))
        }
    }
}
