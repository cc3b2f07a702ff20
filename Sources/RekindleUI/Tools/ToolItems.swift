import RekindleKit
import Synchronization

/// The items of a section that open a tool, found once for each version of its items: the guide
/// pane asks every frame, and a step of 10,000 own items was walked on each (90 K instructions a
/// typed character). Owned by the guide pane's state; its answers are always those of walking
/// the items afresh.
final class ToolItems: Sendable {
    struct Found: Equatable, Sendable {
        var title: String
        var tool: GuideTool
    }

    private struct Entry {
        var items: [ChecklistItem]
        var tools: [String: GuideTool]
        var found: [Found]
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The section's items that open a tool (other than the support screen), in the section's order.
    func of(_ section: WorkbookSection, tools: [String: GuideTool]) -> [Found] {
        guard !tools.isEmpty else { return [] }
        return entries.withLock { entries in
            // Comparing the items costs nothing while they are the same array (shared storage). Equal
            // items in another array (the workbook read in full after the first frame) take the kept
            // one's place: the first copy is let go, and the next comparison is free again.
            if var entry = entries[section.key], entry.tools == tools, entry.items == section.items {
                entry.items = section.items
                entries[section.key] = entry
                return entry.found
            }
            let found = section.items.compactMap { item in
                item.key.flatMap { tools[$0] }.flatMap { $0 == .support ? nil : Found(title: item.title, tool: $0) }
            }
            entries[section.key] = Entry(items: section.items, tools: tools, found: found)
            return found
        }
    }
}
