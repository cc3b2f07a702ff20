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
        let session = try Session(db: db, guide: guide, creatingDatabase: false)
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
        print(DisplayText.sanitize("\(workbook.title) — \(workbook.done) of \(workbook.total) done"))
        for section in workbook.sections where section.total > 0 {
            let marks = section.items.map { $0.isDone ? "x" : "." }.joined()
            print(DisplayText.sanitize("  \(section.displayName)  \(section.done)/\(section.total)  [\(marks)]"))
        }
    }
}
