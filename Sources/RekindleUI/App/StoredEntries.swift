import RekindleKit

/// Entries as the screen holds them: the journal's in the journal pane, the tools' in their rooms.
/// Saving, history and restoring work on any of them and put each back where it belongs.
extension AppState {
    func storedEntry(id: Int64) -> Entry? {
        panes.journal.entry(id: id) ?? GuideTool.withEntries.lazy.compactMap { tools[$0].entry(id: id) }.first
    }

    /// An entry added or changed, in its own list.
    mutating func putEntry(_ entry: Entry) {
        if let tool = ToolsState.tool(keeping: entry.kind) {
            tools[tool].put(entry)
        } else {
            panes.journal.put(entry)
        }
    }

    /// Selects a newly stored entry in its own list.
    mutating func selectEntry(_ entry: Entry) {
        if let tool = ToolsState.tool(keeping: entry.kind) {
            tools[tool].select(id: entry.id)
        } else {
            panes.journal.select(id: entry.id)
        }
    }
}
