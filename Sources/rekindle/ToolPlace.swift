import Foundation
import RekindleKit

/// Where a tool lives in the open guide: the section of the item that declares it. A guide that
/// declares no such tool has none, and the command says so instead of inventing one.
enum ToolPlace {
    static func sectionKey(of tool: GuideTool, in guide: Guide) -> String? {
        guide.sections.first { $0.items.contains { $0.tool == tool } }?.key
    }

    static func section(of tool: GuideTool, in guide: Guide) throws -> String {
        guard let section = sectionKey(of: tool, in: guide) else {
            throw CLIFailure(message: "the guide '\(guide.title)' has no \(tool.rawValue) tool — a guide attaches one with {#key tool=\(tool.rawValue)} on an item")
        }
        return section
    }

    static func databaseExists(_ options: CommonOptions) -> Bool {
        FileManager.default.fileExists(atPath: StorePaths.databaseURL(explicit: options.db).path)
    }

    /// A calendar day typed as YYYY-MM-DD, for `option`.
    static func day(_ text: String, option: String) throws -> LocalDay {
        let parsed: (day: LocalDay, time: (hour: Int, minute: Int)?)
        do {
            parsed = try DateInput.parse(text, calendar: CommandClock.calendar)
        } catch {
            throw CLIFailure(message: "\(option): \(error.description)")
        }
        guard parsed.time == nil else {
            throw CLIFailure(message: "\(option): '\(text)' has a time — give the day alone, as YYYY-MM-DD")
        }
        return parsed.day
    }
}
