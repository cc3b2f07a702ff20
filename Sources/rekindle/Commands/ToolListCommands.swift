import ArgumentParser
import Foundation
import RekindleKit

/// The tools that are lists of the person's own lines: drafts, wins and goals. Each lists (the
/// default) and adds; goals can also be marked done.
struct DraftsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drafts",
        abstract: "Messages you want to send, written and kept here. Nothing ever leaves this machine.",
        subcommands: [List.self, Add.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List your drafts (the default).")
        @OptionGroup var options: ToolListOptions
        func run() throws { try ToolList.print(.drafts, kind: .draft, options) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Keep a draft ('-' reads it from standard input).")
        @OptionGroup var common: CommonOptions
        @Argument(help: ArgumentHelp("The message, or - to read it from standard input.", valueName: "text")) var text: String
        func run() throws {
            try ToolList.add(.drafts, kind: .draft, text: text, common: common,
                             saying: "kept your draft here — nothing is sent; give it a night before you reread it")
        }
    }
}

struct WinsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wins", abstract: "Small wins, dated, counted by week.",
        subcommands: [List.self, Add.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List your wins (the default).")
        @OptionGroup var options: ToolListOptions
        func run() throws { try ToolList.print(.wins, kind: .win, options) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Note a win ('-' reads it from standard input).")
        @OptionGroup var common: CommonOptions
        @Argument(help: ArgumentHelp("The win, or - to read it from standard input.", valueName: "text")) var text: String
        func run() throws { try ToolList.add(.wins, kind: .win, text: text, common: common, saying: "noted your win") }
    }
}

struct GoalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goals", abstract: "Goals, with a target day if you want one.",
        subcommands: [List.self, Add.self, Done.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List your goals (the default).")
        @OptionGroup var options: ToolListOptions
        func run() throws { try ToolList.print(.goals, kind: .goal, options) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Set a goal ('-' reads it from standard input).")
        @OptionGroup var common: CommonOptions
        @Argument(help: ArgumentHelp("The goal, or - to read it from standard input.", valueName: "text")) var text: String
        @Option(help: ArgumentHelp("A target day (YYYY-MM-DD).", valueName: "date")) var due: String?
        func run() throws {
            let day = try due.map { try ToolPlace.day($0, option: "--due") }
            try ToolList.add(.goals, kind: .goal, text: text, common: common, due: day, saying: "set your goal")
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark goal N done (it keeps its date); --undo takes it back.")
        @OptionGroup var common: CommonOptions
        @Argument(help: ArgumentHelp("The goal's number in 'rekindle goals'.", valueName: "N")) var number: Int
        @Flag(help: "Mark it not done again.") var undo = false
        func run() throws {
            let now = try CommandClock.now()
            let session = try Session(common, creatingDatabase: false)
            let goals = ToolEntryReport.ordered(try session.store.entries(guideID: session.workbook.guideID, kinds: [.goal]))
            guard goals.indices.contains(number - 1) else {
                throw CLIFailure(message: goals.isEmpty ? "there are no goals yet — 'rekindle goals add \"text\"' sets one"
                                                        : "there is no goal \(number) — 'rekindle goals' lists 1 to \(goals.count)")
            }
            try session.store.setGoalDone(id: goals[number - 1].id, done: !undo, at: now)
            printStoredText(undo ? "goal \(number) is open again" : "goal \(number) is done; it keeps its date")
        }
    }
}

struct ToolListOptions: ParsableArguments {
    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON instead of text.") var json = false
}

/// What the list tools share: listing one kind, numbered oldest first, and adding to it.
enum ToolList {
    static func print(_ tool: GuideTool, kind: EntryKind, _ options: ToolListOptions) throws {
        let now = try CommandClock.now()
        let session = try Session(options.common, creatingDatabase: false)
        let rows = ToolEntryReport.list(try session.store.entries(guideID: session.workbook.guideID, kinds: [kind]),
                                        now: now, calendar: CommandClock.calendar)
        if options.json {
            Swift.print(String(decoding: try Exporter.json(rows), as: UTF8.self), terminator: "")
            return
        }
        guard !rows.isEmpty else {
            return printError("(no \(tool.rawValue) yet — 'rekindle \(tool.rawValue) add \"text\"' adds one)", plain: true)
        }
        let calendar = CommandClock.calendar
        let lines = rows.map { row in
            let day = DayName.name(of: calendar.day(of: row.at), today: calendar.day(of: now), calendar: calendar)
            let status = row.status.map { " · \($0)" } ?? ""
            return "\(row.number). \(row.body)\n   \(day) \(calendar.clockTime(of: row.at))\(status)"
        }
        var text = lines.joined(separator: "\n")
        if kind == .win {
            let weeks = WinsByWeek.count(rows.map { calendar.day(of: $0.at) }, calendar: calendar)
            text += "\n\n" + weeks.prefix(4).map { "week of \(DayName.full($0.weekStart, calendar: calendar)): \($0.wins)" }
                .joined(separator: "\n")
        }
        printStoredText(text)
    }

    static func add(_ tool: GuideTool, kind: EntryKind, text: String, common: CommonOptions, due: LocalDay? = nil,
                    saying confirmation: String) throws {
        let now = try CommandClock.now()
        let body = text == "-" ? try LogCommand.standardInput() : text
        try LogCommand.requireWords(body)
        let session = try Session(common, guideNeeds: { _ = try ToolPlace.section(of: tool, in: $0) })
        let section = try ToolPlace.section(of: tool, in: session.guide)
        _ = try session.store.addEntry(guideID: session.workbook.guideID, kind: kind, sectionKey: section, body: body,
                                       mood: nil, at: now, now: now, due: due)
        printStoredText(confirmation)
    }
}
