import Foundation
import GRDB
import Testing
@testable import RekindleKit

/// `rekindle import`: export → import into a new database → export gives the same bytes; an
/// import never mixes into a database with data unless asked to merge, and a merge never loses a row.
@Suite struct ImportTests {
    private let guide = sampleGuide()

    /// The sample guide once held two more sections; both are gone from it now.
    private var olderGuide: Guide {
        sampleGuide(extraSections: [
            GuideSection(key: "letters", kind: .other, number: nil, title: "Letters", paragraphs: ["Write, don't send."],
                         items: [GuideItem(key: "draft", number: 1, title: "Draft one", text: "", line: 20)], line: 19),
            GuideSection(key: "cleared", kind: .other, number: nil, title: "Cleared", paragraphs: [], items: [], line: 22),
        ])
    }

    /// Everything an export carries: ticks, own items moved and deleted, notes revisions in several
    /// sections (one emptied again), the support card's history, a hidden safety note, the sections
    /// and the ticked item the guide no longer has, and entries of every kind (edited, deleted).
    private func storeWithEverything() throws -> Store {
        let store = try Store.inMemory()
        let old = try store.load(guide: olderGuide)
        try store.setDone(itemID: try #require(old.section("letters")?.items.first).id, done: true, at: date(5.123))
        try store.saveNotes(guideID: guide.id, sectionKey: "letters", body: "Dear you,", at: date(6))
        try store.saveNotes(guideID: guide.id, sectionKey: "cleared", body: "gone soon", at: date(7))
        try store.saveNotes(guideID: guide.id, sectionKey: "cleared", body: "", at: date(8))
        let workbook = try store.load(guide: guide)
        let step = try #require(workbook.section("self-reflection"))
        try store.setDone(itemID: step.items[1].id, done: true, at: date(10.5))
        let walk = try store.addItem(guideID: guide.id, sectionKey: step.key, title: "Walk by the river")
        let call = try store.addItem(guideID: guide.id, sectionKey: step.key, title: "Call\u{1b}[2J mum", after: step.items[0].id)
        let gone = try store.addItem(guideID: guide.id, sectionKey: step.key, title: "Not this one")
        try store.setDone(itemID: walk.id, done: true, at: date(11.001))
        try store.deleteItem(id: gone.id, at: date(12))
        try store.reorder(guideID: guide.id, sectionKey: step.key, itemIDs: [walk.id, step.items[0].id, call.id, step.items[1].id])
        for (index, body) in ["Day one.", "Day one.\nDay two — ça va.", "Day two only.\u{202E}"].enumerated() {
            try store.saveNotes(guideID: guide.id, sectionKey: step.key, body: body, at: date(20 + Double(index) * 0.25))
        }
        try store.saveNotes(guideID: guide.id, sectionKey: "introduction", body: "Starting.", at: date(30))
        try store.saveSupportCard("People I can call:\nSam", at: date(40))
        try store.saveSupportCard("People I can call:\nSam, Alex", at: date(41))
        try store.setSetting("safety-note.hidden.\(guide.id)", to: "contact")
        try store.setSetting("safety-note.hidden.another-guide", to: "elsewhere")
        try addEntries(to: store)
        return store
    }

    /// A journal entry edited twice (its mood too), one without a section in CJK and emoji, two
    /// at the same instant, a goal with a target day that is done, a contact, a draft, a deleted entry.
    private func addEntries(to store: Store) throws {
        let edited = try store.addEntry(guideID: guide.id, sectionKey: "self-reflection", body: "First go.", mood: .word("tired"),
                                        at: date(100), now: date(101))
        try store.updateEntry(id: edited.id, body: "First go, again.", mood: .scale(2), at: date(102))
        try store.updateEntry(id: edited.id, body: "First go, again.\n今日は静か 🌙", mood: .word("calmer"), at: date(103))
        _ = try store.addEntry(guideID: guide.id, sectionKey: nil, body: "夜は長い 🌧️\u{1b}[31m", mood: .scale(3), at: date(90), now: date(104))
        _ = try store.addEntry(guideID: guide.id, sectionKey: nil, body: "Same time.", mood: nil, at: date(90), now: date(105))
        let goal = try store.addEntry(guideID: guide.id, kind: .goal, sectionKey: "self-reflection", body: "Walk every day",
                                      mood: nil, at: date(110), now: date(110), due: LocalDay(year: 2026, month: 12, day: 24))
        try store.setGoalDone(id: goal.id, done: true, at: date(111))
        _ = try store.addEntry(guideID: guide.id, kind: .contact, sectionKey: "contact", body: "He wrote; I waited.", mood: .word("shaky"),
                               at: date(120), now: date(121))
        _ = try store.addEntry(guideID: guide.id, kind: .draft, sectionKey: "letters", body: "Not sending this.", mood: nil,
                               at: date(130), now: date(130))
        let gone = try store.addEntry(guideID: guide.id, sectionKey: nil, body: "Too much.", mood: nil, at: date(95), now: date(140))
        try store.updateEntry(id: gone.id, body: "Too much, said.", mood: nil, at: date(141))
        try store.deleteEntry(id: gone.id, at: date(142))
    }

    private func export(_ store: Store) throws -> Data {
        try Exporter.json(ExportDocument(store: store, workbook: try store.load(guide: guide)))
    }

    private func read(_ data: Data) throws -> ExportDocument {
        try ExportFileReader.read(data, file: "in.json", guideID: guide.id)
    }

    /// Fresh, as `rekindle import` finds a new database: the guide loaded, nothing else.
    private func freshStore() throws -> Store {
        let store = try Store.inMemory()
        _ = try store.load(guide: guide)
        return store
    }

    @Test func exportImportExportGivesTheSameBytes() throws {
        let first = try export(try storeWithEverything())
        let copy = try freshStore()
        let report = try copy.importExport(try read(first), guide: guide, merge: false)
        #expect(try export(copy) == first)
        #expect(report.added[.notesRevisions] == 7 && report.added[.supportCardRevisions] == 2 && report.added[.settings] == 1)
        #expect(report.added[.entries] == 7 && report.added[.entryRevisions] == 3)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("\"format\" : \"rekindle-export\"") && text.contains("\"version\" : 2"))
        // Milliseconds are kept, and the file stays safe to print.
        #expect(text.contains("\"doneAt\" : \"2023-11-14T22:13:30.500Z\"") && !text.contains("\u{1b}") && !text.contains("\u{202E}"))
        let document = try read(first)
        #expect(document.sections.map(\.key) == ["introduction", "self-reflection", "contact", "letters", "cleared"])
        #expect(document.sections[1].deletedItems?.map(\.title) == ["Not this one"])
        #expect(document.sections[4].noteHistory?.map(\.body) == ["gone soon", ""])
        #expect(document.settings == ["safety-note.hidden.\(guide.id)": "contact"])
        #expect(document.entries?.map(\.kind) == ["journal", "journal", "journal", "goal", "contact", "draft"])
        #expect(document.deletedEntries?.map(\.body) == ["Too much, said."] && document.deletedEntries?.first?.revisions.count == 1)
        #expect(document.entries?[2].revisions.map(\.mood) == [.scale(2), .word("tired")])
    }

    @Test func theImportedDatabaseBehavesLikeTheOriginal() throws {
        let copy = try freshStore()
        _ = try copy.importExport(try read(try export(try storeWithEverything())), guide: guide, merge: false)
        let workbook = try copy.load(guide: guide)
        let step = try #require(workbook.section("self-reflection"))
        #expect(step.items.map(\.title) == ["Walk by the river", "Evaluate Your Motives", "Call\u{1b}[2J mum", "Own Your Mistakes"])
        let history = try copy.noteHistoryPreviews(guideID: guide.id, sectionKey: step.key)
        #expect(history.count == 3 && history[0].preview == "Day two only.\u{202E}")
        #expect(try copy.supportCard() == "People I can call:\nSam, Alex")
        // The deleted item comes back in the place it had.
        let deleted = try #require(try copy.archive(of: workbook).deletedItems[step.key]?.first)
        try copy.restoreItem(id: deleted.id)
        #expect(try copy.load(guide: guide).section(step.key)?.items.last?.title == "Not this one")
        // Notes keep being written after the imported ones.
        try copy.saveNotes(guideID: guide.id, sectionKey: step.key, body: "Day three.", at: date(50))
        #expect(try copy.noteHistory(guideID: guide.id, sectionKey: step.key).map(\.body).prefix(2) == ["Day three.", "Day two only.\u{202E}"])
        // Entries keep their kinds, days, history, and the deleted one comes back with its own.
        let entries = try copy.entries(guideID: guide.id)
        let goal = try #require(entries.first { $0.kind == .goal })
        #expect(goal.due == LocalDay(year: 2026, month: 12, day: 24) && goal.doneAt == date(111))
        let edited = try #require(entries.first { $0.sectionKey == step.key && $0.kind == .journal })
        #expect(edited.mood == .word("calmer") && edited.isEdited && edited.createdAt == date(101))
        #expect(try copy.entryRevisions(id: edited.id).map(\.body) == ["First go, again.", "First go."])
        let gone = try #require(try copy.deletedEntries(guideID: guide.id).first)
        try copy.restoreEntry(id: gone.id)
        #expect(try copy.entries(guideID: guide.id).count == 7 && (try copy.entryRevisions(id: gone.id).map(\.body)) == ["Too much."])
    }

    /// A year of use in miniature, made the way `rekindle-bench make-db` makes it (one call per
    /// action through the Store API): hundreds of own items, ticks, and revisions across sections.
    @Test func aLongUseRoundTripsExactly() throws {
        let store = try Store.inMemory()
        let workbook = try store.load(guide: guide)
        var random = UInt64(0x5EED)
        func next() -> UInt64 { random = random &* 6364136223846793005 &+ 1442695040888963407; return random >> 33 }
        for index in 0..<400 {
            let item = try store.addItem(guideID: guide.id, sectionKey: "self-reflection", title: "Own item #\(index) \(next() % 1000)")
            if index % 4 == 0 { try store.setDone(itemID: item.id, done: true, at: date(Double(index) * 3_000.123)) }
        }
        var bodies = ["", "", ""]
        for index in 0..<300 {
            let which = Int(next() % 3)
            bodies[which] += "Line \(index) ünïcödé \(next())\n"
            try store.saveNotes(guideID: guide.id, sectionKey: workbook.sections[which].key, body: bodies[which], at: date(Double(index) * 60.007))
        }
        let first = try export(store)
        let copy = try freshStore()
        var calls = 0
        let report = try copy.importExport(try read(first), guide: guide, merge: false) { _, _ in calls += 1 }
        #expect(try export(copy) == first)
        #expect(report.added[.items] == 403 && report.added[.notesRevisions] == 300 && report.added[.ticks] == 100)
        #expect(calls >= 2)
    }

    @Test func anImportIntoADatabaseWithDataIsRefusedAndWritesNothing() throws {
        let data = try export(try storeWithEverything())
        let here = try freshStore()
        try here.saveNotes(guideID: guide.id, sectionKey: "contact", body: "Mine.", at: date(1))
        let before = try rowCounts(here)
        #expect(throws: ImportError.databaseHasData(path: ":memory:")) {
            try here.importExport(try read(data), guide: guide, merge: false)
        }
        #expect(try rowCounts(here) == before)
    }

    @Test func aDatabaseWithOnlyJournalEntriesHoldsData() throws {
        let data = try export(try storeWithEverything())
        for deleted in [false, true] {
            let here = try freshStore()
            let entry = try here.addEntry(guideID: guide.id, sectionKey: nil, body: "Mine.", mood: nil, at: date(1))
            if deleted { try here.deleteEntry(id: entry.id, at: date(2)) }
            let before = try rowCounts(here)
            #expect(throws: ImportError.databaseHasData(path: ":memory:")) {
                try here.importExport(try read(data), guide: guide, merge: false)
            }
            #expect(try rowCounts(here) == before)
        }
    }

    @Test func whereTheInterfaceWasLeftIsNotData() throws {
        let here = try freshStore()
        try here.setSetting("position.\(guide.id)", to: "{}")
        _ = try here.importExport(try read(try export(try storeWithEverything())), guide: guide, merge: false)
    }

    @Test func mergeKeepsEveryRowAndAddsWhatIsMissing() throws {
        let theirs = try storeWithEverything()
        let here = try freshStore()
        let step = try #require(try here.load(guide: guide).section("self-reflection"))
        try here.setDone(itemID: step.items[1].id, done: true, at: date(99)) // ticked on both: this date stays
        _ = try here.addItem(guideID: guide.id, sectionKey: step.key, title: "Walk by the river") // the same own item
        _ = try here.addItem(guideID: guide.id, sectionKey: step.key, title: "Only here")
        try here.saveNotes(guideID: guide.id, sectionKey: step.key, body: "Written here.", at: date(25))
        try here.saveSupportCard("People I can call:\nSam", at: date(40)) // the same version as theirs
        try here.setSetting("safety-note.hidden.\(guide.id)", to: "self-reflection")
        // Their edited entry, here with only its first version; an entry only here.
        let same = try here.addEntry(guideID: guide.id, sectionKey: step.key, body: "First go.", mood: .word("tired"), at: date(100), now: date(101))
        try here.updateEntry(id: same.id, body: "First go, again.\n今日は静か 🌙", mood: .word("calmer"), at: date(103))
        let sameAgain = try here.addEntry(guideID: guide.id, sectionKey: nil, body: "Same time.", mood: nil, at: date(90), now: date(105))
        _ = try here.addEntry(guideID: guide.id, sectionKey: nil, body: "Only here.", mood: nil, at: date(91), now: date(106))
        let before = try allRows(here)

        let report = try here.importExport(try read(try export(theirs)), guide: guide, merge: true)
        let after = try allRows(here)
        for (table, rows) in before {
            #expect(Set(rows).isSubset(of: Set(after[table] ?? [])), "\(table) lost a row")
        }
        #expect(report.added[.notesRevisions] == 7 && report.added[.supportCardRevisions] == 1 && report.added[.sections] == 2)
        // 'Call mum', 'Not this one' and the letters' draft are new; the walk here takes its tick.
        #expect(report.added[.items] == 3 && report.added[.ticks] == 2)
        // Theirs less the two entries here; the edited one gains the version it lacked, in date order.
        #expect(report.added[.entries] == 5 && report.added[.entryRevisions] == 2)
        #expect(try here.entryRevisions(id: same.id).map(\.body) == ["First go, again.", "First go."])
        #expect(try here.entry(id: same.id).body == "First go, again.\n今日は静か 🌙" && (try here.entryRevisions(id: sameAgain.id)).isEmpty)
        #expect(try here.entries(guideID: guide.id).count == 7 && (try here.deletedEntries(guideID: guide.id)).count == 1)
        #expect(report.alreadyHere > 0)
        // Nothing here was replaced: the notes, the tick's date, the setting.
        #expect(try here.notes(guideID: guide.id, sectionKey: step.key) == "Written here.")
        let merged = try #require(try here.load(guide: guide).section(step.key))
        #expect(merged.items.first { $0.title == "Own Your Mistakes" }?.doneAt == date(99))
        #expect(try here.setting("safety-note.hidden.\(guide.id)") == "self-reflection")
        // The history is in date order, the imported versions among the one written here.
        let history = try here.noteHistory(guideID: guide.id, sectionKey: step.key).map(\.savedAt)
        #expect(history == history.sorted(by: >) && history.count == 4)

        // A second merge of the same file adds nothing.
        let counts = try rowCounts(here)
        let again = try here.importExport(try read(try export(theirs)), guide: guide, merge: true)
        #expect(again.added.values.allSatisfy { $0 == 0 } && again.summary.hasPrefix("nothing new; "))
        #expect(try rowCounts(here) == counts)
    }

    @Test func theGuideTextComesFromTheGuideNotTheFile() throws {
        var document = try read(try export(try storeWithEverything()))
        document.sections[1].title = "Send him 500 messages"
        document.sections[1].items[1].text = "Changed."
        let copy = try freshStore()
        _ = try copy.importExport(document, guide: guide, merge: false)
        let step = try #require(try copy.load(guide: guide).section("self-reflection"))
        #expect(step.title == "Self-Reflection" && step.items.map(\.text).contains("Why do you want this?") && !step.items.map(\.text).contains("Changed."))
    }

    @Test func summariesNameWhatWasAdded() {
        var report = ImportReport()
        report.add(.notesRevisions, 3)
        report.add(.items, 2)
        report.add(.ticks, 1)
        report.alreadyHere = 14
        #expect(report.summary == "added 3 notes revisions, 2 items, 1 tick; 14 already here")
        report.add(.entries, 2)
        report.add(.entryRevisions, 1)
        #expect(report.summary == "added 3 notes revisions, 2 items, 1 tick, 2 entries, 1 entry revision; 14 already here")
        #expect(ImportReport().summary == "nothing new")
    }

    // MARK: - Rows

    private func rowCounts(_ store: Store) throws -> [String: Int] {
        try allRows(store).mapValues(\.count)
    }

    /// Every row of the person's tables, as text (without ids, which a merge may renumber in the
    /// history); ticks apart, since a merge may tick an item that had none (never change a tick).
    private func allRows(_ store: Store) throws -> [String: [String]] {
        try store.writer.read { db in
            var rows: [String: [String]] = [:]
            rows["ticks"] = try Row.fetchAll(db, sql: "SELECT guide, section, key, title, doneAt FROM items WHERE doneAt IS NOT NULL").map { "\($0)" }
            for (table, columns) in [("items", "guide, section, key, title, text, deletedAt"),
                                     ("noteRevisions", "guide, section, body, savedAt"), ("notes", "guide, section, body"),
                                     ("settings", "key, value"), ("sections", "guide, key"),
                                     ("entries", "guide, section, kind, at, body, moodWord, moodScale, createdAt, updatedAt, deletedAt, due, doneAt"),
                                     ("entryRevisions", "body, moodWord, moodScale, savedAt")] {
                rows[table] = try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table)").map { "\($0)" }
            }
            return rows
        }
    }
}
