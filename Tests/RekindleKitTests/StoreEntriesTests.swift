import Foundation
import GRDB
import Testing
@testable import RekindleKit

/// Dated entries in the store: add, edit with history, soft delete and restore, the list's
/// filters, moods, exact text, and what another copy notices.
@Suite struct StoreEntriesTests {
    let store: Store
    let guideID = "rekindle"

    init() throws {
        store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
    }

    @discardableResult
    func add(_ body: String, at seconds: TimeInterval, section: String? = nil, mood: Mood? = nil,
             kind: EntryKind = .journal) throws -> Entry {
        try store.addEntry(guideID: guideID, kind: kind, sectionKey: section, body: body, mood: mood,
                           at: date(seconds), now: date(seconds + 5))
    }

    @Test func anAddedEntryReadsBackAsReturned() throws {
        let entry = try add("Walked by the river.\nCalmer now.", at: 100, section: "contact", mood: .word("calm"))
        #expect(entry.at == date(100) && entry.createdAt == date(105) && entry.updatedAt == date(105))
        #expect(!entry.isEdited)
        #expect(try store.entries(guideID: guideID) == [entry])
        #expect(try store.entry(id: entry.id) == entry)
    }

    @Test func instantsAreWholeSecondsStoredAsIntegers() throws {
        let entry = try store.addEntry(guideID: guideID, sectionKey: nil, body: "x", mood: nil,
                                       at: Date(timeIntervalSince1970: 1_000.75), now: Date(timeIntervalSince1970: 2_000.5))
        #expect(entry.at == Date(timeIntervalSince1970: 1_000))
        let row = try #require(try store.writer.read { try Row.fetchOne($0, sql: "SELECT typeof(at), at, createdAt FROM entries") })
        #expect(row[0] as String == "integer")
        #expect(row[1] as Int64 == 1_000 && row[2] as Int64 == 2_000)
    }

    @Test func editingKeepsTheReplacedVersion() throws {
        let entry = try add("first", at: 0, mood: .scale(2))
        #expect(try store.updateEntry(id: entry.id, body: "second", mood: .scale(4), at: date(60)))
        #expect(try store.updateEntry(id: entry.id, body: "third", mood: nil, at: date(120)))
        let now = try store.entry(id: entry.id)
        #expect(now.body == "third" && now.mood == nil && now.updatedAt == date(120) && now.isEdited)
        #expect(now.at == date(0) && now.createdAt == date(5))
        let revisions = try store.entryRevisions(id: entry.id)
        #expect(revisions.map(\.body) == ["second", "first"])
        #expect(revisions.map(\.mood) == [.scale(4), .scale(2)])
        #expect(revisions.map(\.savedAt) == [date(60), date(5)])
        #expect(try store.entryRevisions(guideID: guideID)[entry.id]?.map(\.body) == ["second", "first"])
    }

    @Test func anUnchangedEditWritesNothingButAnNFDResaveIsAChange() throws {
        let entry = try add("caf\u{E9}", at: 0)
        #expect(try store.updateEntry(id: entry.id, body: "caf\u{E9}", mood: nil, at: date(60)) == false)
        #expect(try store.entryRevisions(id: entry.id).isEmpty)
        #expect(try store.updateEntry(id: entry.id, body: "cafe\u{301}", mood: nil, at: date(60)))
        #expect(Array(try store.entry(id: entry.id).body.utf8) == Array("cafe\u{301}".utf8))
        #expect(try store.updateEntry(id: entry.id, body: "cafe\u{301}", mood: .word("ok"), at: date(90)))
    }

    @Test func anEditNeverDatesItselfBeforeTheVersionItReplaces() throws {
        let entry = try add("a", at: 0)
        try store.updateEntry(id: entry.id, body: "b", mood: nil, at: date(-1_000))
        #expect(try store.entry(id: entry.id).updatedAt > entry.updatedAt)
    }

    @Test func deleteHidesAndRestoreBringsBack() throws {
        let kept = try add("kept", at: 0)
        let gone = try add("gone", at: 10)
        try store.updateEntry(id: gone.id, body: "gone, edited", mood: nil, at: date(20))
        try store.deleteEntry(id: gone.id, at: date(30))
        #expect(try store.entries(guideID: guideID).map(\.id) == [kept.id])
        #expect(try store.entryRevisions(guideID: guideID)[gone.id] == nil)
        #expect(throws: StoreError.unknownEntry(id: gone.id)) {
            try store.updateEntry(id: gone.id, body: "x", mood: nil, at: date(40))
        }
        try store.restoreEntry(id: gone.id)
        let back = try store.entries(guideID: guideID)
        #expect(back.map(\.body) == ["gone, edited", "kept"])
        #expect(try store.entryRevisions(id: gone.id).map(\.body) == ["gone"])
    }

    @Test func unknownIDsAreRefused() throws {
        #expect(throws: StoreError.unknownEntry(id: 99)) { try store.deleteEntry(id: 99) }
        #expect(throws: StoreError.unknownEntry(id: 99)) { try store.restoreEntry(id: 99) }
        #expect(throws: StoreError.unknownEntry(id: 99)) { try store.entry(id: 99) }
        #expect(try store.entryRevisions(id: 99).isEmpty)
    }

    @Test func listFilters() throws {
        let old = try add("old", at: 0, section: "contact")
        let loose = try add("no section", at: 100)
        let win = try add("a win", at: 200, section: "contact", kind: EntryKind(rawValue: "win"))
        let recent = try add("recent", at: 300, section: "self-reflection")
        #expect(try store.entries(guideID: guideID).map(\.id) == [recent.id, win.id, loose.id, old.id])
        #expect(try store.entries(guideID: guideID, kinds: [.journal]).map(\.id) == [recent.id, loose.id, old.id])
        #expect(try store.entries(guideID: guideID, kinds: [EntryKind(rawValue: "win")]).map(\.id) == [win.id])
        #expect(try store.entries(guideID: guideID, sectionKey: "contact").map(\.id) == [win.id, old.id])
        #expect(try store.entries(guideID: guideID, since: date(100)).map(\.id) == [recent.id, win.id, loose.id])
        #expect(try store.entries(guideID: guideID, kinds: [.journal], sectionKey: "contact", since: date(1)).isEmpty)
        #expect(try store.entries(guideID: "another-guide").isEmpty)
    }

    /// What `today` reads: the live journal's instants in the range (two at one second both count),
    /// and the newest before it; never a deleted entry, another kind, or one after the range.
    @Test func instantsOfARangeAndTheNewestBeforeIt() throws {
        try add("long ago", at: 10)
        try add("before", at: 90)
        try store.deleteEntry(id: try add("deleted before", at: 95).id)
        try add("a win before", at: 98, kind: EntryKind(rawValue: "win"))
        try add("first", at: 100)
        try add("same second", at: 150)
        try add("same second too", at: 150)
        try store.deleteEntry(id: try add("deleted inside", at: 160).id)
        try add("a win inside", at: 170, kind: EntryKind(rawValue: "win"))
        try add("last", at: 200)
        try add("after", at: 201)
        let instants = try store.entryInstants(guideID: guideID, kind: .journal, from: date(100), through: date(200))
        #expect(instants.sorted() == [date(90), date(100), date(150), date(150), date(200)])
        #expect(try store.entryInstants(guideID: guideID, kind: .journal, from: date(5), through: date(9)).isEmpty)
        #expect(try store.entryInstants(guideID: guideID, kind: .journal, from: date(300), through: date(400)) == [date(201)])
        #expect(try store.entryInstants(guideID: "another-guide", kind: .journal, from: date(0), through: date(400)).isEmpty)
    }

    @Test func equalTimesListTheLaterWrittenFirst() throws {
        let first = try add("first", at: 50)
        let second = try add("second", at: 50)
        #expect(try store.entries(guideID: guideID).map(\.id) == [second.id, first.id])
    }

    @Test func anUnknownSectionIsRefusedAndNothingAdded() throws {
        #expect(throws: StoreError.unknownSection(guideID: guideID, sectionKey: "nowhere")) {
            try add("x", at: 0, section: "nowhere")
        }
        #expect(try store.entries(guideID: guideID).isEmpty)
    }

    @Test func textIsKeptByteForByteAndNULIsRefused() throws {
        let text = "今日は落ち着いている 🌙\n\t\u{1B}[31m raw\r\nend\u{202E}"
        let entry = try add(text, at: 0)
        #expect(Array(try store.entry(id: entry.id).body.utf8) == Array(text.utf8))
        #expect(throws: StoreError.textHasNUL) { try add("cut\u{0}here", at: 0) }
        #expect(throws: StoreError.textHasNUL) {
            try store.updateEntry(id: entry.id, body: "cut\u{0}here", mood: nil, at: date(9))
        }
        #expect(try store.entries(guideID: guideID).map(\.body) == [text])
    }

    @Test(arguments: [Mood.word("calm"), .word("hopeful"), .word("😌"), .word("ruhig-ish"), .word("落ち着き"),
                      .scale(1), .scale(5)])
    func validMoods(_ mood: Mood) throws {
        #expect(try add("x", at: 0, mood: mood).mood == mood)
        #expect(try store.entries(guideID: guideID).first?.mood == mood)
    }

    @Test(arguments: [Mood.word(""), .word("two words"), .word("tab\there"), .word("line\nbreak"), .word("esc\u{1B}"),
                      .word(String(repeating: "a", count: 33)), .word("e" + String(repeating: "\u{301}", count: 200)),
                      .word("rtl\u{202E}"), .word("nb\u{A0}sp"), .word("3"), .word("10"), .scale(0), .scale(6), .scale(-1)])
    func invalidMoodsAreRefused(_ mood: Mood) throws {
        #expect(throws: StoreError.self) { try add("x", at: 0, mood: mood) }
        #expect(try store.entries(guideID: guideID).isEmpty)
    }

    @Test func moodsParseFromText() throws {
        #expect(try Mood.parse("3").get() == .scale(3))
        #expect(try Mood.parse("calm").get() == .word("calm"))
        #expect(throws: MoodError.outOfScale("7")) { try Mood.parse("7").get() }
        #expect(throws: MoodError.outOfScale("007")) { try Mood.parse("007").get() }
        #expect(throws: MoodError.notOneWord("very calm")) { try Mood.parse("very calm").get() }
        #expect(throws: MoodError.empty) { try Mood.parse("").get() }
        #expect(StoreError.invalidMood(.notOneWord("a b")).description.contains("one word"))
    }

    @Test func anotherCopyWritingAnEntryIsNoticed() throws {
        let directory = try TemporaryDirectory()
        let window = try Store(url: directory.databaseURL)
        let cli = try Store(url: directory.databaseURL)
        _ = try window.load(guide: sampleGuide())
        let start = try window.dataVersion()
        let own = try window.addEntry(guideID: guideID, sectionKey: nil, body: "mine", mood: nil, at: date(0))
        #expect(try window.dataVersion() == start)

        let theirs = try cli.addEntry(guideID: guideID, sectionKey: "contact", body: "from the shell", mood: nil, at: date(10))
        let afterAdd = try window.dataVersion()
        #expect(afterAdd != start)
        try cli.updateEntry(id: own.id, body: "mine, edited elsewhere", mood: nil, at: date(20))
        let afterEdit = try window.dataVersion()
        #expect(afterEdit != afterAdd)
        try cli.deleteEntry(id: theirs.id, at: date(30))
        #expect(try window.dataVersion() != afterEdit)
        #expect(try window.entries(guideID: guideID).map(\.body) == ["mine, edited elsewhere"])
    }

    @Test func entriesSurviveReopeningTheFile() throws {
        let directory = try TemporaryDirectory()
        do {
            let first = try Store(url: directory.databaseURL)
            _ = try first.load(guide: sampleGuide())
            _ = try first.addEntry(guideID: guideID, sectionKey: "contact", body: "kept", mood: .scale(3), at: date(0))
        }
        let reopened = try Store(url: directory.databaseURL)
        #expect(try reopened.entries(guideID: guideID).map(\.body) == ["kept"])
        #expect(try reopened.doctorReport().integrity == ["ok"])
    }
}
