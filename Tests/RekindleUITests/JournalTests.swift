import Foundation
import Testing
import RekindleKit
@testable import RekindleUI

/// Entries in the sample workbook, in UTC: t0 is Tuesday 14 November 2023, 22:13 UTC.
func sampleEntries() -> [Entry] {
    [
        Entry(id: 1, at: t0.addingTimeInterval(-3600), body: "今日は散歩した 🌿 The walk by the river helped more than I thought.",
              mood: .word("calm"), sectionKey: "s1", updatedAt: t0),
        Entry(id: 2, at: t0.addingTimeInterval(-86_400 - 7200), body: "Hard evening. 😢 I wanted to write to him and did not.",
              mood: .scale(2), sectionKey: "s2", updatedAt: t0),
        Entry(id: 3, at: t0.addingTimeInterval(-7 * 86_400), body: "First week. 一週間。", sectionKey: nil, updatedAt: t0),
    ]
}

/// A state whose journal has read `entries`, shown in UTC.
func journalState(_ entries: [Entry] = sampleEntries(), size: Size = Size(width: 120, height: 40)) -> AppState {
    var s = state(size: size)
    s.panes.journal.timeZone = TimeZone(identifier: "UTC")!
    send(&s, .entriesLoaded(entries))
    return s
}

@Suite struct JournalTests {
    let utc = TimeZone(identifier: "UTC")!

    func app(_ store: FakeStore, size: Size = Size(width: 120, height: 40)) -> AppController {
        let app = AppController(workbook: sampleWorkbook(), store: store, size: size, timeZone: utc)
        _ = app.idle(now: t0)  // the first idle tick reads the journal
        return app
    }

    func type(_ app: AppController, _ text: String, at now: Date = t0) {
        for c in text { _ = app.handle(.key(c == "\n" ? .enter : .char(c)), now: now) }
    }

    func screen(_ app: AppController, _ size: Size = Size(width: 120, height: 40)) -> [String] {
        app.render(size: size).lines
    }

    @Test func wWritesAnEntryFromTheStepsPaneAndAutosaveAddsItOnce() {
        let store = FakeStore()
        let app = app(store)
        _ = app.handle(.key(.char("1")), now: t0)
        _ = app.handle(.key(.char("w")), now: t0)
        #expect(app.state.focus == .journal)
        #expect(app.state.panes.journal.isWriting)
        type(app, "今日は 🌙 q and w are text here")
        #expect(screen(app).contains { $0.contains("New entry · Today 22:13 · Step") })
        _ = app.idle(now: t0.addingTimeInterval(0.5))
        #expect(store.storedEntries.isEmpty)
        _ = app.idle(now: t0.addingTimeInterval(1.0))
        #expect(store.storedEntries.map(\.body) == ["今日は 🌙 q and w are text here"])
        #expect(store.storedEntries.first?.sectionKey == "s1")
        type(app, "!", at: t0.addingTimeInterval(1.2))
        _ = app.idle(now: t0.addingTimeInterval(2.2))
        #expect(store.storedEntries.count == 1, "the second save changes the entry, it adds none")
        #expect(store.storedEntries.first?.body == "今日は 🌙 q and w are text here!")
        _ = app.handle(.key(.escape), now: t0.addingTimeInterval(3))
        #expect(!app.state.panes.journal.isWriting)
        #expect(app.state.panes.journal.draft == nil)
        let lines = screen(app)
        #expect(lines.contains { $0.contains("Today") })
        #expect(lines.contains { $0.contains("▸ 22:13 · Step 1") })
        #expect(lines.contains { $0.contains("今日は 🌙 q and w are text") })
    }

    @Test func autosavesOfAStoredEntryMayBeFoldedAndLeavingSavesItsVersion() {
        let store = FakeStore()
        let app = app(store)
        _ = app.handle(.key(.char("w")), now: t0)
        type(app, "Tonight")
        _ = app.idle(now: t0.addingTimeInterval(1))  // the first save adds the entry
        for second in 2...4 {
            type(app, ".", at: t0.addingTimeInterval(Double(second)))
            _ = app.idle(now: t0.addingTimeInterval(Double(second) + 1))
        }
        #expect(store.calls == Array(repeating: "autosave entry 1", count: 3))
        type(app, "!", at: t0.addingTimeInterval(6))
        _ = app.handle(.key(.escape), now: t0.addingTimeInterval(6))
        #expect(store.calls.count == 3, "leaving the editor is an explicit save")
        #expect(store.storedEntries.map(\.body) == ["Tonight...!"] && store.entryHistory[1]?.count == 4)
    }

    @Test func steadyTypingIsStoredWithinASecond() {
        let store = FakeStore()
        let app = app(store)
        _ = app.handle(.key(.char("w")), now: t0)
        for tick in 0..<15 {
            let now = t0.addingTimeInterval(Double(tick) * 0.1)
            type(app, "x", at: now)
            _ = app.idle(now: now)
        }
        #expect(store.storedEntries.first?.body == String(repeating: "x", count: 11))
    }

    @Test func leavingAnEntryWithNoWordsStoresNothing() {
        let store = FakeStore()
        let app = app(store)
        _ = app.handle(.key(.char("w")), now: t0)
        type(app, "  ")
        _ = app.handle(.key(.escape), now: t0)
        _ = app.idle(now: t0.addingTimeInterval(5))
        #expect(store.storedEntries.isEmpty)
        #expect(app.state.panes.journal.draft == nil)
        #expect(screen(app).contains { $0.contains("Nothing written here yet.") })
    }

    @Test func aFailedSaveKeepsTheWordsSaysSoAndRetries() {
        let store = FakeStore()
        store.failEntryWrites = "disk full"
        let app = app(store)
        _ = app.handle(.key(.char("w")), now: t0)
        type(app, "keep this")
        _ = app.handle(.key(.escape), now: t0)
        #expect(screen(app).last!.contains("Not saved: disk full"))
        #expect(app.unsavedNotes.map(\.body) == ["keep this"])
        _ = app.handle(.key(.char("w")), now: t0)
        #expect(app.state.panes.journal.draft?.document.editor?.buffer.text == "keep this", "w goes on with it")
        _ = app.handle(.key(.escape), now: t0)
        store.failEntryWrites = nil
        _ = app.idle(now: t0.addingTimeInterval(6))
        #expect(store.storedEntries.map(\.body) == ["keep this"])
        #expect(app.state.panes.journal.draft == nil)
        #expect(app.unsavedNotes.isEmpty)
    }

    @Test func quittingSavesTheEntryBeingWritten() {
        let store = FakeStore()
        let app = app(store)
        _ = app.handle(.key(.char("w")), now: t0)
        type(app, "before bed")
        #expect(app.handle(.key(.ctrl("c")), now: t0) == .quit)
        #expect(store.storedEntries.map(\.body) == ["before bed"])
    }

    @Test func anEntryIsEditedWithItsHistoryKeptByTheStore() {
        let store = FakeStore()
        store.storedEntries = sampleEntries()
        let app = app(store)
        for k: Key in [.tab, .tab, .tab, .enter] { _ = app.handle(.key(k), now: t0) }
        #expect(app.state.focus == .journal)
        #expect(app.state.panes.journal.isWriting)
        type(app, " Still.")
        _ = app.handle(.key(.escape), now: t0.addingTimeInterval(1))
        // The first entry listed is "On this day"'s, from a week ago.
        #expect(store.storedEntries.first { $0.id == 3 }?.body == "First week. 一週間。 Still.")
        #expect(store.entryHistory[3]?.first?.body == "First week. 一週間。")
        #expect(store.storedEntries.count == 3)
    }

    @Test func deleteTakesTheEntryAwayAndUBringsItBack() {
        var s = journalState()
        s.focus = .journal
        #expect(s.panes.journal.selectedEntry?.entry.id == 3, "On this day comes first")
        send(&s, char("j"))
        #expect(s.panes.journal.selectedEntry?.entry.id == 1)
        #expect(send(&s, char("d")) == [.deleteEntry(id: 1)])
        #expect(!s.panes.journal.allEntries.contains { $0.entry.id == 1 })
        #expect(s.message?.text == "Deleted the entry of 21:13 · u brings it back")
        #expect(send(&s, char("u")) == [.restoreEntry(id: 1)])
        #expect(s.panes.journal.selectedEntry?.entry.id == 1)
        #expect(send(&s, char("u")).isEmpty)
    }

    @Test func aFailedDeleteReadsTheEntriesAgain() {
        var s = journalState()
        s.focus = .journal
        // The effect does not say whose entry it was: the journal's and the tools' are read again.
        #expect(send(&s, .effectFailed(.deleteEntry(id: 1), reason: "busy")) == [.loadEntries, .loadTools])
        #expect(s.message?.isWarning == true)
    }

    @Test func moodIsAWordOrOneToFive() {
        var s = journalState()
        s.focus = .journal
        send(&s, char("j"), char("M"))
        #expect(s.keyContexts.first == .moodPrompt)
        #expect(s.panes.journal.moodPrompt?.field.text == "calm")
        send(&s, key(.backspace), key(.backspace), key(.backspace), key(.backspace), char("4"))
        let effects = send(&s, key(.enter))
        #expect(effects == [.updateEntry(id: 1, body: sampleEntries()[0].body, mood: .scale(4), at: t0)])
        #expect(s.panes.journal.entry(id: 1)?.mood == .scale(4))
        send(&s, char("M"), key(.backspace), char("a"), char(" "), char("b"), key(.enter))
        #expect(s.message?.text == "'a b' is more than one word — a mood is one word (such as calm) or a number from 1 to 5; the rest belongs in the entry's text")
        #expect(s.panes.journal.moodPrompt != nil)
        send(&s, key(.escape))
        #expect(s.panes.journal.moodPrompt == nil)
        #expect(s.panes.journal.entry(id: 1)?.mood == .scale(4))
    }

    @Test func anEntrysEarlierVersionsShowInTheHistoryOverlayAndOneCanBeRestored() {
        var s = journalState()
        s.focus = .journal
        send(&s, char("j"))
        #expect(send(&s, char("H")) == [.loadEntryHistory(id: 1)])
        let older = EntryRevision(id: 7, entryID: 1, body: "An older text", mood: .scale(3), savedAt: t0.addingTimeInterval(-600))
        send(&s, .entryHistoryLoaded(id: 1, revisions: [older]))
        guard case .noteHistory(let history)? = s.overlay else {
            Issue.record("no history overlay")
            return
        }
        #expect(history.revisions.map(\.preview) == [sampleEntries()[0].body + " · calm", "An older text · 3/5"])
        #expect(render(s, size: Size(width: 120, height: 40)).lines.joined().contains("Entry history"))
        #expect(send(&s, char("j"), key(.enter)).isEmpty, "the version is read from what was loaded")
        guard case .noteHistory(let reading)? = s.overlay else { return }
        #expect(reading.reading?.body == "An older text")
        let effects = send(&s, key(.enter))
        #expect(effects == [.updateEntry(id: 1, body: "An older text", mood: .scale(3), at: t0)])
        #expect(s.overlay == nil)
        #expect(s.panes.journal.entry(id: 1)?.body == "An older text")
        #expect(s.panes.journal.entry(id: 1)?.mood == .scale(3))
    }

    @Test func fShowsOnlyTheShownSectionsEntries() {
        var s = journalState()
        send(&s, char("2"))
        s.focus = .journal
        send(&s, char("f"))
        #expect(s.panes.journal.items.compactMap { $0.entry?.entry.id } == [2])
        let lines = render(s, size: Size(width: 120, height: 40)).lines
        #expect(lines.contains { $0.contains("Only Step 2 · f shows all") })
        send(&s, char("1"))
        #expect(s.panes.journal.items.compactMap { $0.entry?.entry.id } == [1])
        send(&s, char("f"))
        #expect(s.panes.journal.items.compactMap { $0.entry?.entry.id } == [3, 1, 2, 3])
    }

    @Test func searchFindsEntriesAndShowsThemInTheJournal() {
        var s = journalState()
        send(&s, char("/"))
        for c in "river" { send(&s, char(c)) }
        #expect(s.search.matches.contains { $0.location == .entry(1) })
        send(&s, key(.enter))
        #expect(s.focus == .journal)
        #expect(s.panes.journal.selectedEntry?.entry.id == 1)
        let spans = render(s, size: Size(width: 120, height: 40))
        #expect(spans.lines.contains { $0.contains("river") })
    }

    @Test func anotherCopysEntriesAreReadWhenTheDatabaseChanges() {
        let store = FakeStore()
        let app = app(store)
        #expect(screen(app).contains { $0.contains("Nothing written here yet") } == false, "notes pane is in front")
        store.storedEntries = sampleEntries()
        store.storedDataVersion += 1
        _ = app.idle(now: t0.addingTimeInterval(2))
        #expect(app.state.panes.journal.allEntries.count == 3)
        #expect(app.state.panes.journal.items.first == .heading("On this day", major: true))
    }

    @Test func theJournalIsReadOnTheFirstIdleTickNotBeforeTheFirstFrame() {
        let store = FakeStore()
        store.storedEntries = sampleEntries()
        let app = AppController(workbook: sampleWorkbook(), store: store, size: Size(width: 120, height: 40), timeZone: utc)
        #expect(!app.state.panes.journal.isLoaded)
        _ = app.idle(now: t0)
        #expect(app.state.panes.journal.allEntries.count == 3)
        #expect(app.idle(now: t0.addingTimeInterval(0.1)) == .unchanged)
    }

    @Test func everySizeFrom30x8To200x60DrawsTheJournalCleanly() {
        var s = journalState()
        s.focus = .journal
        for (width, height) in [(30, 8), (31, 9), (40, 12), (60, 20), (79, 24), (80, 24), (119, 30), (120, 40),
                                (179, 50), (180, 50), (200, 60)] {
            s.size = Size(width: width, height: height)
            send(&s, .input(.resize(Size(width: width, height: height))))
            for events in [[char("j")], [char("G")], [char("M")], [key(.escape), char("w"), char("今")]] {
                var t = s
                send(&t, events: events)
                let grid = render(t, size: Size(width: width, height: height))
                #expect(checkInvariants(grid).isEmpty, "\(width)x\(height) \(events)")
                #expect(grid.lines.joined().contains("Journal"), "\(width)x\(height)")
            }
        }
    }

    @Test func at200ColumnsTheJournalHasAColumnOfItsOwn() {
        let layout = ScreenLayout.make(size: Size(width: 200, height: 60), focus: .steps)
        #expect(layout.panes.onScreen.map(\.pane) == Pane.allCases)
        let notes = layout.panes[.notes]!, journal = layout.panes[.journal]!
        #expect(notes.maxX == journal.x)
        #expect(journal.maxX == 200)
        let shared = ScreenLayout.make(size: Size(width: 120, height: 40), focus: .journal)
        #expect(shared.panes[.notes] == nil)
        #expect(shared.panes[.journal] != nil)
    }
}

@discardableResult
func send(_ state: inout AppState, events: [AppEvent], now: Date = t0) -> [Effect] {
    events.flatMap { update(&state, $0, now: now) }
}
