import Foundation
import RekindleKit
@testable import RekindleUI

/// A fixed clock for tests: no wall-clock waits anywhere.
let t0 = Date(timeIntervalSince1970: 1_700_000_000)

func item(_ id: Int64, _ title: String, _ text: String = "", done: Bool = false, custom: Bool = false,
          inGuide: Bool = true) -> ChecklistItem {
    ChecklistItem(id: id, key: custom ? nil : "i\(id)", title: title, text: text,
                  doneAt: done ? t0 : nil, inGuide: inGuide)
}

/// A small workbook shaped like the real guide: introduction, two steps, a closing.
func sampleWorkbook() -> Workbook {
    Workbook(guideID: "tiny", title: "Tiny Guide", sections: [
        WorkbookSection(key: "intro", kind: .introduction, number: nil, title: "Introduction",
                        paragraphs: ["Breakups are hard. Take it one step at a time."], items: []),
        WorkbookSection(key: "s1", kind: .step, number: 1, title: "Reflect", paragraphs: ["Look back honestly."],
                        items: [item(1, "Motives", "Ask why you want this.", done: true),
                                item(2, "Problems", "List what went wrong.")]),
        WorkbookSection(key: "s2", kind: .step, number: 2, title: "Contact", paragraphs: ["Wait, then write."],
                        items: [item(3, "Give it time", "Let things cool."), item(4, "Call Sam", custom: true)]),
        WorkbookSection(key: "closing", kind: .other, number: nil, title: "Closing",
                        paragraphs: ["Be kind to yourself."], items: []),
    ])
}

/// A line of the note history, as the store lists it.
func summary(_ id: Int64, _ preview: String) -> NoteRevisionSummary {
    NoteRevisionSummary(id: id, savedAt: t0, preview: preview, change: .changed)
}

func key(_ key: Key) -> AppEvent { .input(.key(key)) }
func char(_ c: Character) -> AppEvent { .input(.key(.char(c))) }

/// Sends events through update, collecting every effect.
@discardableResult
func send(_ state: inout AppState, _ events: AppEvent..., now: Date = t0) -> [Effect] {
    events.flatMap { update(&state, $0, now: now) }
}

func state(size: Size = Size(width: 120, height: 40)) -> AppState {
    AppState(workbook: sampleWorkbook(), notes: ["s1": "I miss the walks."], size: size)
}

struct FakeError: Error, CustomStringConvertible {
    var description: String
}

/// An in-memory store that records calls and can be told to fail.
final class FakeStore: WorkbookStore {
    var notesBySection: [String: String] = [:]
    var history: [String: [NoteRevision]] = [:]
    var calls: [String] = []
    var failSaves: String?
    /// Moves fail with this reason (as when another copy changed the section).
    var failChecklistWrites: String?
    /// Saves report that they replaced a version another copy of rekindle wrote.
    var savesReplaceAnotherCopysVersion = false
    var failTicks: String?
    var nextID: Int64 = 100
    /// What `loadWorkbook` returns (the checklist as the database holds it); nil: reading fails.
    var storedWorkbook: Workbook? = sampleWorkbook()

    func setDone(itemID: Int64, done: Bool, at: Date) throws {
        if let failTicks { throw FakeError(description: failTicks) }
        calls.append("setDone \(itemID) \(done)")
    }
    func addItem(guideID: String, sectionKey: String, title: String, after: Int64?) throws -> ChecklistItem {
        nextID += 1
        calls.append("add \(sectionKey) \(title) after \(after.map(String.init) ?? "-")")
        return ChecklistItem(id: nextID, key: nil, title: title, text: "", doneAt: nil)
    }
    func renameItem(id: Int64, title: String) throws { calls.append("rename \(id) \(title)") }
    func deleteItem(id: Int64) throws { calls.append("delete \(id)") }
    func restoreItem(id: Int64) throws { calls.append("restore \(id)") }
    func reorder(guideID: String, sectionKey: String, itemIDs: [Int64]) throws {
        if let failChecklistWrites { throw FakeError(description: failChecklistWrites) }
        calls.append("reorder \(sectionKey) \(itemIDs.map(String.init).joined(separator: ","))")
    }
    func notes(guideID: String, sectionKey: String) throws -> String { notesBySection[sectionKey] ?? "" }
    func saveNotes(guideID: String, sectionKey: String, body: String, at: Date) throws -> NoteSaveResult {
        if let failSaves { throw FakeError(description: failSaves) }
        calls.append("save \(sectionKey)")
        notesBySection[sectionKey] = body
        let revision = NoteRevision(id: nextID, body: body, savedAt: at)
        history[sectionKey, default: []].insert(revision, at: 0)
        nextID += 1
        return NoteSaveResult(revision: revision, replacedConcurrentEdit: savesReplaceAnotherCopysVersion ? revision : nil)
    }
    /// Previews only, as the real store lists them: a test can tell that no body was read.
    func noteHistoryPreviews(guideID: String, sectionKey: String) throws -> [NoteRevisionSummary] {
        calls.append("history \(sectionKey)")
        return (history[sectionKey] ?? []).map { revision in
            NoteRevisionSummary(id: revision.id, savedAt: revision.savedAt,
                                preview: String(revision.body.split(separator: "\n").first ?? ""), change: .changed)
        }
    }
    func noteRevision(id: Int64) throws -> NoteRevision {
        calls.append("revision \(id)")
        guard let revision = history.values.joined().first(where: { $0.id == id }) else {
            throw FakeError(description: "no revision \(id)")
        }
        return revision
    }
    /// What `dataVersion` answers; a test moves it as another copy's write would.
    var storedDataVersion = 1
    func dataVersion() throws -> Int { storedDataVersion }
    func restoreRevision(id: Int64) throws {
        for (key, revisions) in history {
            if let revision = revisions.first(where: { $0.id == id }) { notesBySection[key] = revision.body }
        }
        calls.append("restoreRevision \(id)")
    }
    var safetyNotesByGuide: [String: SafetyNotes] = [:]
    var hiddenSafetyNotes: [String] = []
    func supportSheet() -> SupportSheet {
        SupportSheet(lines: nil, supportCard: "Call Mum: 0123", safetyNote: "Reaching out is a choice.")
    }
    func safetyNotes(guideID: String) -> SafetyNotes? { safetyNotesByGuide[guideID] }
    func hideSafetyNote(guideID: String, sectionKey: String) throws { hiddenSafetyNotes.append(sectionKey) }

    // Entries, in memory: deleted ones are kept aside so restore brings them back.
    var storedEntries: [Entry] = []
    var deletedEntries: [Entry] = []
    /// Entry writes fail with this reason.
    var failEntryWrites: String?
    var entryHistory: [Int64: [EntryRevision]] = [:]

    func entries(guideID: String, kinds: Set<EntryKind>) throws -> [Entry] {
        storedEntries.filter { kinds.contains($0.kind) }.sorted { $0.at > $1.at }
    }

    func addEntry(guideID: String, kind: EntryKind, sectionKey: String?, body: String, mood: Mood?, at: Date,
                  due: LocalDay?) throws -> Entry {
        if let failEntryWrites { throw FakeError(description: failEntryWrites) }
        let entry = Entry(id: Int64(storedEntries.count + deletedEntries.count + 1), kind: kind, at: at, body: body,
                          mood: mood, sectionKey: sectionKey, updatedAt: at, due: due)
        storedEntries.append(entry)
        return entry
    }

    func updateEntry(id: Int64, body: String, mood: Mood?, at: Date) throws {
        if let failEntryWrites { throw FakeError(description: failEntryWrites) }
        guard let index = storedEntries.firstIndex(where: { $0.id == id }) else { throw StoreError.unknownItem(id: id) }
        let old = storedEntries[index]
        entryHistory[id, default: []].insert(
            EntryRevision(id: Int64(entryHistory.values.joined().count + 1), entryID: id, body: old.body, mood: old.mood,
                          savedAt: old.updatedAt), at: 0)
        storedEntries[index].body = body
        storedEntries[index].mood = mood
        storedEntries[index].updatedAt = at
    }

    /// Folds nothing (every save keeps a version, as `updateEntry`); the call says which was asked for.
    func autosaveEntry(id: Int64, body: String, mood: Mood?, at: Date) throws {
        calls.append("autosave entry \(id)")
        try updateEntry(id: id, body: body, mood: mood, at: at)
    }

    func deleteEntry(id: Int64) throws {
        guard let index = storedEntries.firstIndex(where: { $0.id == id }) else { throw StoreError.unknownItem(id: id) }
        deletedEntries.append(storedEntries.remove(at: index))
    }

    func restoreEntry(id: Int64) throws {
        guard let index = deletedEntries.firstIndex(where: { $0.id == id }) else { throw StoreError.unknownItem(id: id) }
        storedEntries.append(deletedEntries.remove(at: index))
    }

    func entryRevisions(id: Int64) throws -> [EntryRevision] { entryHistory[id] ?? [] }

    // The guide's tools: the items that open one, the counter's settings, goals done.
    var itemTools: [String: GuideTool] = [:]
    var storedCoolingOff: CoolingOffSettings?
    func tools(guideID: String) -> [String: GuideTool] { itemTools }
    func coolingOffSettings(guideID: String) throws -> CoolingOffSettings? { storedCoolingOff }
    func setCoolingOffSettings(_ settings: CoolingOffSettings, guideID: String) throws {
        if let failEntryWrites { throw FakeError(description: failEntryWrites) }
        storedCoolingOff = settings
    }
    func setGoalDone(id: Int64, done: Bool, at: Date) throws {
        guard let index = storedEntries.firstIndex(where: { $0.id == id }) else { throw StoreError.unknownEntry(id: id) }
        storedEntries[index].doneAt = done ? storedEntries[index].doneAt ?? at : nil
    }
    func setGoalDue(id: Int64, due: LocalDay?) throws {
        if let failEntryWrites { throw FakeError(description: failEntryWrites) }
        guard let index = storedEntries.firstIndex(where: { $0.id == id }) else { throw StoreError.unknownEntry(id: id) }
        storedEntries[index].due = due
    }
    func loadWorkbook() throws -> Workbook {
        guard let storedWorkbook else { throw FakeError(description: "cannot read the database") }
        return storedWorkbook
    }
}

/// Invariants every frame must hold, whatever the state and size.
func checkInvariants(_ grid: Grid) -> [String] {
    var problems: [String] = []
    for y in 0..<grid.size.height {
        var width = 0
        var x = 0
        while x < grid.size.width {
            let cell = grid[x, y]
            if cell.isContinuation { problems.append("orphan continuation at \(x),\(y)"); x += 1; continue }
            if cell.text.unicodeScalars.contains(where: { isForbidden($0) }) {
                problems.append("control character at \(x),\(y): \(cell.text.unicodeScalars.map { $0.value })")
            }
            if cell.width == 2 {
                if x + 1 >= grid.size.width || !grid[x + 1, y].isContinuation {
                    problems.append("wide character cut at \(x),\(y)")
                }
                x += 2
            } else {
                x += 1
            }
            width += Int(cell.width)
        }
        if width != grid.size.width { problems.append("row \(y) is \(width) wide") }
    }
    if let cursor = grid.cursor, !(0..<grid.size.width ~= cursor.x && 0..<grid.size.height ~= cursor.y) {
        problems.append("cursor outside the grid")
    }
    return problems
}

private func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        || v == 0x200E || v == 0x200F || v == 0x061C
}
