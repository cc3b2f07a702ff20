import Foundation
import Testing
import RekindleKit
import RekindleStoreAdapter
@testable import RekindleUI

/// Issue 10 item 17: while another process holds the database's write lock, the keys keep working
/// (no write waits the busy timeout on the key path), the screen says changes are waiting instead
/// of calling them saved, and everything lands, in order, once the lock is released.
@Suite struct LockedDatabaseTests {
    let guide = Guide(id: "tiny", title: "Tiny", sections: [
        GuideSection(key: "s1", kind: .step, number: 1, title: "Reflect", paragraphs: ["Look back."],
                     items: [GuideItem(key: "why", number: 1, title: "Why", text: "Ask why.", line: 3),
                             GuideItem(key: "how", number: 2, title: "How", text: "Ask how.", line: 4)], line: 2),
    ])
    let size = Size(width: 120, height: 40)

    func app(_ store: LockableStore) throws -> AppController {
        AppController(workbook: try store.loadWorkbook(), store: store, size: size, backgroundStore: store)
    }

    func screen(_ app: AppController) -> String {
        app.render(size: size).lines.joined(separator: "\n")
    }

    @Test func aTickWhileAnotherCopyWritesWaitsOffTheKeysAndLandsWhenItIsDone() throws {
        let store = try LockableStore(guide: guide)
        let app = try app(store)
        for k: Key in [.char("1"), .tab, .char(" ")] { _ = app.handle(.key(k), now: t0) }
        #expect(try store.doneTitles() == ["Why"])   // not locked: saved at once, as ever

        store.lock()
        _ = app.handle(.key(.char("j")), now: t0)
        _ = app.handle(.key(.char(" ")), now: t0)     // tick "How" while locked
        _ = app.handle(.key(.char("k")), now: t0)     // the keys still move the selection
        _ = app.idle(now: t0.addingTimeInterval(0.2))
        #expect(store.keyPathWaitedForLock == false)
        #expect(app.state.panes.guide.selection["s1"]?.index == 0)
        let waiting = screen(app)
        #expect(waiting.contains("[x] How"))
        #expect(waiting.contains("changes kept, saving when free…"))
        #expect(!waiting.contains("Not saved"))

        store.unlock()
        app.waitUntilBackgroundSavesAreDone()
        app.waitForBackgroundSaves(now: t0.addingTimeInterval(1))
        #expect(try store.doneTitles() == ["Why", "How"])
        let after = screen(app)
        #expect(!after.contains("database busy"))
        #expect(after.contains("[x] How"))
    }

    @Test func laterChangesQueueBehindTheWaitingOneAndLandInOrder() throws {
        let store = try LockableStore(guide: guide)
        let app = try app(store)
        for k: Key in [.char("1"), .tab] { _ = app.handle(.key(k), now: t0) }
        store.lock()
        for k: Key in [.char(" "), .char(" "), .char(" ")] { _ = app.handle(.key(k), now: t0) }  // tick, untick, tick
        #expect(store.keyPathWaitedForLock == false)
        store.unlock()
        app.waitUntilBackgroundSavesAreDone()
        app.waitForBackgroundSaves(now: t0.addingTimeInterval(1))
        #expect(try store.doneTitles() == ["Why"])
    }

    @Test func aQuitWhileChangesWaitQuitsOnlyOnceTheyHaveLanded() throws {
        let store = try LockableStore(guide: guide)
        let app = try app(store)
        for k: Key in [.char("1"), .tab] { _ = app.handle(.key(k), now: t0) }
        store.lock()
        _ = app.handle(.key(.char(" ")), now: t0)
        #expect(app.handle(.key(.char("q")), now: t0) != .quit)
        #expect(screen(app).contains("saving, then quitting…"))
        store.unlock()
        app.waitUntilBackgroundSavesAreDone()
        #expect(app.idle(now: t0.addingTimeInterval(1)) == .quit)
        #expect(try store.doneTitles() == ["Why"])
    }

    @Test func notesLeftWhileTheDatabaseIsBusyStayUnsavedUntilTheyLand() throws {
        let store = try LockableStore(guide: guide)
        let app = try app(store)
        for k: Key in [.char("1"), .tab, .tab, .char("i"), .char("O"), .char("k")] { _ = app.handle(.key(k), now: t0) }
        store.lock()
        _ = app.handle(.key(.escape), now: t0)        // the save the person waits for: not on the key path now
        #expect(store.keyPathWaitedForLock == false)
        #expect(app.unsavedNotes.map(\.body) == ["Ok"])
        #expect(!screen(app).contains("Saved"))
        store.unlock()
        app.waitUntilBackgroundSavesAreDone()
        app.waitForBackgroundSaves(now: t0.addingTimeInterval(1))
        #expect(app.unsavedNotes.isEmpty)
        #expect(try store.base.notes(guideID: "tiny", sectionKey: "s1") == "Ok")
    }
}

extension AppController {
    /// Blocks until the background saver has nothing left, waiting or not (tests only).
    func waitUntilBackgroundSavesAreDone() {
        backgroundSaver?.waitUntilDone(limit: 10)
    }
}

/// The real store, with writes refused as SQLite refuses them while another process holds the
/// write lock: a write allowed only a brief wait (`Store.lockWait`) fails with `.busy` at once, one
/// with the usual wait blocks until the lock goes (or 5 s pass). Records whether the thread that
/// created it (the test's, which carries the keys) ever blocked.
final class LockableStore: WorkbookStore, @unchecked Sendable {
    let base: GuideStore
    private let condition = NSCondition()
    private var locked = false
    private let keyThread = pthread_self()
    private var keyPathWaited = false

    init(guide: Guide) throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: guide)
        base = GuideStore(store: store, guide: guide, support: nil)
    }

    func lock() { condition.withLock { locked = true } }
    func unlock() {
        condition.withLock {
            locked = false
            condition.broadcast()
        }
    }
    var keyPathWaitedForLock: Bool { condition.withLock { keyPathWaited } }

    func doneTitles() throws -> [String] {
        try base.loadWorkbook().sections.flatMap(\.items).filter { $0.doneAt != nil }.map(\.title)
    }

    private func write<T>(_ body: () throws -> T) throws -> T {
        try condition.withLock {
            guard locked else { return }
            if Store.lockWait != nil { throw StoreError.busy(path: "test.sqlite") }
            if pthread_equal(pthread_self(), keyThread) != 0 { keyPathWaited = true }
            let deadline = Date().addingTimeInterval(5)
            while locked, condition.wait(until: deadline) {}
            if locked { throw StoreError.busy(path: "test.sqlite") }
        }
        return try body()
    }

    func setDone(itemID: Int64, done: Bool, at: Date) throws { try write { try base.setDone(itemID: itemID, done: done, at: at) } }
    func addItem(guideID: String, sectionKey: String, title: String, after: Int64?) throws -> ChecklistItem {
        try write { try base.addItem(guideID: guideID, sectionKey: sectionKey, title: title, after: after) }
    }
    func renameItem(id: Int64, title: String) throws { try write { try base.renameItem(id: id, title: title) } }
    func deleteItem(id: Int64) throws { try write { try base.deleteItem(id: id) } }
    func restoreItem(id: Int64) throws { try write { try base.restoreItem(id: id) } }
    func reorder(guideID: String, sectionKey: String, itemIDs: [Int64]) throws {
        try write { try base.reorder(guideID: guideID, sectionKey: sectionKey, itemIDs: itemIDs) }
    }
    func notes(guideID: String, sectionKey: String) throws -> String { try base.notes(guideID: guideID, sectionKey: sectionKey) }
    func notesIfChanged(guideID: String, sectionKey: String) throws -> String? {
        try base.notesIfChanged(guideID: guideID, sectionKey: sectionKey)
    }
    func saveNotes(guideID: String, sectionKey: String, body: String, at: Date) throws -> NoteSaveResult {
        try write { try base.saveNotes(guideID: guideID, sectionKey: sectionKey, body: body, at: at) }
    }
    func autosaveNotes(guideID: String, sectionKey: String, body: String, at: Date) throws -> NoteSaveResult {
        try write { try base.autosaveNotes(guideID: guideID, sectionKey: sectionKey, body: body, at: at) }
    }
    func noteHistoryPreviews(guideID: String, sectionKey: String) throws -> [NoteRevisionSummary] {
        try base.noteHistoryPreviews(guideID: guideID, sectionKey: sectionKey)
    }
    func noteRevision(id: Int64) throws -> NoteRevision { try base.noteRevision(id: id) }
    func restoreRevision(id: Int64) throws { try write { try base.restoreRevision(id: id) } }
    func dataVersion() throws -> Int { try base.dataVersion() }
    func loadWorkbook() throws -> Workbook { try base.loadWorkbook() }
    func supportSheet() -> SupportSheet { base.supportSheet() }
    func safetyNotes(guideID: String) -> SafetyNotes? { base.safetyNotes(guideID: guideID) }
    func hideSafetyNote(guideID: String, sectionKey: String) throws {
        try write { try base.hideSafetyNote(guideID: guideID, sectionKey: sectionKey) }
    }
    func entries(guideID: String, kinds: Set<EntryKind>) throws -> [Entry] { try base.entries(guideID: guideID, kinds: kinds) }
    func addEntry(guideID: String, kind: EntryKind, sectionKey: String?, body: String, mood: Mood?, at: Date,
                  due: LocalDay?) throws -> Entry {
        try write { try base.addEntry(guideID: guideID, kind: kind, sectionKey: sectionKey, body: body, mood: mood, at: at, due: due) }
    }
    func updateEntry(id: Int64, body: String, mood: Mood?, at: Date) throws {
        try write { try base.updateEntry(id: id, body: body, mood: mood, at: at) }
    }
    func deleteEntry(id: Int64) throws { try write { try base.deleteEntry(id: id) } }
    func restoreEntry(id: Int64) throws { try write { try base.restoreEntry(id: id) } }
    func entryRevisions(id: Int64) throws -> [EntryRevision] { try base.entryRevisions(id: id) }
    func tools(guideID: String) -> [String: GuideTool] { base.tools(guideID: guideID) }
    func coolingOffSettings(guideID: String) throws -> CoolingOffSettings? { try base.coolingOffSettings(guideID: guideID) }
    func setCoolingOffSettings(_ settings: CoolingOffSettings, guideID: String) throws {
        try write { try base.setCoolingOffSettings(settings, guideID: guideID) }
    }
    func setGoalDone(id: Int64, done: Bool, at: Date) throws { try write { try base.setGoalDone(id: id, done: done, at: at) } }
    func setGoalDue(id: Int64, due: LocalDay?) throws { try write { try base.setGoalDue(id: id, due: due) } }
}
