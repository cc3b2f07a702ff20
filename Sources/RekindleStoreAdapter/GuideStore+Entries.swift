import Foundation
import RekindleKit
import RekindleUI

/// The journal's entries, answered by the store (the interface's clock is the wall clock here).
extension GuideStore {
    public func entries(guideID: String, kinds: Set<EntryKind>) throws -> [Entry] {
        try store.entries(guideID: guideID, kinds: kinds)
    }

    public func addEntry(guideID: String, kind: EntryKind, sectionKey: String?, body: String, mood: Mood?, at: Date,
                         due: LocalDay?) throws -> Entry {
        try store.addEntry(guideID: guideID, kind: kind, sectionKey: sectionKey, body: body, mood: mood, at: at, now: at,
                           due: due)
    }

    public func updateEntry(id: Int64, body: String, mood: Mood?, at date: Date) throws {
        try store.updateEntry(id: id, body: body, mood: mood, at: date)
    }

    public func autosaveEntry(id: Int64, body: String, mood: Mood?, at date: Date) throws {
        try store.autosaveEntry(id: id, body: body, mood: mood, at: date)
    }

    public func deleteEntry(id: Int64) throws {
        try store.deleteEntry(id: id, at: Date())
    }

    public func restoreEntry(id: Int64) throws {
        try store.restoreEntry(id: id)
    }

    public func entryRevisions(id: Int64) throws -> [EntryRevision] {
        try store.entryRevisions(id: id)
    }
}

/// The guide's tools: which items open one (from the guide file), and what they keep beyond entries.
extension GuideStore {
    public func tools(guideID: String) -> [String: GuideTool] {
        var tools: [String: GuideTool] = [:]
        for section in guide.sections {
            for item in section.items { if let tool = item.tool { tools[item.key] = tool } }
        }
        return tools
    }

    public func coolingOffSettings(guideID: String) throws -> CoolingOffSettings? {
        try store.coolingOffSettings(guideID: guideID)
    }

    public func setCoolingOffSettings(_ settings: CoolingOffSettings, guideID: String) throws {
        try store.setCoolingOffSettings(settings, guideID: guideID)
    }

    public func setGoalDone(id: Int64, done: Bool, at date: Date) throws {
        try store.setGoalDone(id: id, done: done, at: date)
    }

    public func setGoalDue(id: Int64, due: LocalDay?) throws {
        try store.setGoalDue(id: id, due: due)
    }
}
