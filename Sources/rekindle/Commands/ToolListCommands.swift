import ArgumentParser
import Foundation
import RekindleKit

/// The tools that are lists of the person's own lines: drafts, wins and goals. Each lists (the
/// default) and adds; goals can also be marked done.
struct DraftsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drafts",
        abstract: "Messages you might send, or just need to write. Nothing is sent; they stay in rekindle's database on this computer.",
        subcommands: [ToolListing<Self>.self, ToolAdding<Self>.self], defaultSubcommand: ToolListing<Self>.self)
}

extension DraftsCommand: ListTool {
    static let tool = GuideTool.drafts, kind = EntryKind.draft, noun = "drafts"
    static let addAbstract = "Keep a draft ('-' reads it from standard input)."
    static let textHelp = "The message, or - to read it from standard input."
    static let added = "kept your draft here — nothing is sent; give it a night before you reread it"
}

struct WinsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wins", abstract: "Small wins, dated, counted by week.",
        subcommands: [ToolListing<Self>.self, ToolAdding<Self>.self], defaultSubcommand: ToolListing<Self>.self)
}

extension WinsCommand: ListTool {
    static let tool = GuideTool.wins, kind = EntryKind.win, noun = "wins"
    static let addAbstract = "Note a win ('-' reads it from standard input)."
    static let textHelp = "The win, or - to read it from standard input."
    static let added = "kept your win"
}

extension GoalsCommand: ListTool {
    static let tool = GuideTool.goals, kind = EntryKind.goal, noun = "goals"
    static let addAbstract = "Set a goal ('-' reads it from standard input)."
    static let textHelp = "The goal, or - to read it from standard input."
    static let added = "kept your goal"
}

/// What a list tool's `list` and `add` subcommands need to know of it.
protocol ListTool {
    static var tool: GuideTool { get }
    static var kind: EntryKind { get }
    static var noun: String { get }
    static var addAbstract: String { get }
    static var textHelp: String { get }
    static var added: String { get }
}

/// `rekindle drafts|wins|goals [list]`: the tool's lines, numbered oldest first.
struct ToolListing<Tool: ListTool>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: "List your \(Tool.noun) (the default).")
    }
    @OptionGroup var options: ToolListOptions
    func run() throws { try ToolList.print(Tool.tool, kind: Tool.kind, options) }
}

/// `rekindle drafts|wins add TEXT`.
struct ToolAdding<Tool: ListTool>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: Tool.addAbstract)
    }
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp(Tool.textHelp, valueName: "text")) var text: String
    func run() throws { try ToolList.add(Tool.tool, kind: Tool.kind, text: text, common: common, saying: Tool.added) }
}

struct GoalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goals", abstract: "Goals, with a target day if you want one.",
        subcommands: [ToolListing<Self>.self, Add.self, Done.self, Due.self], defaultSubcommand: ToolListing<Self>.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: GoalsCommand.addAbstract)
        @OptionGroup var common: CommonOptions
        @Argument(help: ArgumentHelp(GoalsCommand.textHelp, valueName: "text")) var text: String
        @Option(help: ArgumentHelp("A target day (YYYY-MM-DD).", valueName: "date")) var due: String?
        func run() throws {
            let day = try due.map { try ToolPlace.day($0, option: "--due") }
            try ToolList.add(.goals, kind: .goal, text: text, common: common, due: day, saying: GoalsCommand.added)
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
            try session.store.setGoalDone(id: try GoalsCommand.goal(number, in: session).id, done: !undo, at: now)
            printStoredText(undo ? "goal \(number) marked not done" : "goal \(number) marked done; it keeps its day")
        }
    }

    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "due",
                                                        abstract: "Change goal N's target day, or clear it with --none.")
        @OptionGroup var common: CommonOptions
        @Argument(help: ArgumentHelp("The goal's number in 'rekindle goals'.", valueName: "N")) var number: Int
        @Argument(help: ArgumentHelp("The new target day (YYYY-MM-DD).", valueName: "date")) var day: String?
        @Flag(help: "No target day.") var none = false
        func validate() throws {
            guard (day == nil) != !none else { throw ValidationError("give a day (YYYY-MM-DD) or --none, not both") }
        }
        func run() throws {
            let due = try day.map { try ToolPlace.day($0, option: "the day") }
            let session = try Session(common, creatingDatabase: false)
            try session.store.setGoalDue(id: try GoalsCommand.goal(number, in: session).id, due: due)
            printStoredText(due.map { "goal \(number): target day \(DayName.full($0, calendar: CommandClock.calendar))" }
                            ?? "goal \(number): no target day")
        }
    }

    /// Goal N as `rekindle goals` numbers them (oldest first), or a one-line error.
    static func goal(_ number: Int, in session: Session) throws -> Entry {
        let goals = ToolEntryReport.ordered(try session.store.entries(guideID: session.workbook.guideID, kinds: [.goal]))
        guard goals.indices.contains(number - 1) else {
            throw CLIFailure(message: goals.isEmpty ? "there are no goals yet — 'rekindle goals add \"text\"' sets one"
                                                    : "there is no goal \(number) — 'rekindle goals' lists 1 to \(goals.count)")
        }
        return goals[number - 1]
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
            // A body of several lines keeps under its number, as the date line does.
            let body = row.body.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n   ")
            return "\(row.number). \(body)\n   \(day) \(calendar.clockTime(of: row.at))\(status)"
        }
        var text = lines.joined(separator: "\n")
        if kind == .win {
            let weeks = WinsByWeek.count(rows.map { calendar.day(of: $0.at) }, calendar: calendar)
            text += "\n\n" + weeks.prefix(4).map { "week of \(DayName.full($0.weekStart, calendar: calendar)): \($0.wins) \($0.wins == 1 ? "win" : "wins")" }
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
