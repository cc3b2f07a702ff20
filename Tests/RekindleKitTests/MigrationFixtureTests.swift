import Foundation
import GRDB
import Testing
@testable import RekindleKit

/// Databases written by earlier builds open with every tick, own item, deleted item and note
/// revision intact.
///
/// `Fixtures/databases/vN.sqlite` is a database as schema vN left it, all holding the same
/// content (`MigrationFixture.write`). Each is opened (a copy: the fixture itself never changes)
/// with the current build and must show exactly that content.
///
/// When a schema version is added (migration "vN"), keep the existing fixtures and write one
/// more with the new build:
///
///     REKINDLE_WRITE_FIXTURE=vN swift test --filter MigrationFixtureTests/writeFixture
///
/// and commit `Fixtures/databases/vN.sqlite`. Never rewrite an existing fixture: it stands for
/// the files people already have. If a later version changes what the content means, adapt
/// `expectFixtureContent` rather than the files.
@Suite struct MigrationFixtureTests {
    static let folder = GuideTestSupport.repositoryRoot
        .appendingPathComponent("Tests/RekindleKitTests/Fixtures/databases")

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".sqlite") }.sorted()
    }

    @Test func thereIsAFixtureForEveryKnownSchemaVersion() {
        for version in 1...Store.knownSchemaVersion {
            #expect(Self.fixtures.contains("v\(version).sqlite"), "add Fixtures/databases/v\(version).sqlite (see above)")
        }
    }

    @Test(arguments: fixtures)
    func opensWithAllItsData(_ name: String) throws {
        let fixture = Self.folder.appendingPathComponent(name)
        let before = try Data(contentsOf: fixture)
        let directory = try TemporaryDirectory()
        let copy = directory.file("rekindle.sqlite")
        try FileManager.default.copyItem(at: fixture, to: copy)

        let store = try Store(url: copy)
        #expect(try store.schemaVersion == Store.knownSchemaVersion)
        try MigrationFixture.expectContent(of: store)
        let fixtureVersion = try #require(Schema.version(of: String(name.dropLast(".sqlite".count))))
        #expect(try store.supportCard() == (fixtureVersion >= 3 ? MigrationFixture.supportCard : ""))
        try MigrationFixture.expectEntries(of: store, fixtureVersion: fixtureVersion)
        try MigrationFixture.expectTools(of: store, fixtureVersion: fixtureVersion)
        #expect(try store.doctorReport().integrity == ["ok"])
        #expect(try Self.notesAreKeptByRowID(copy), "v8 keeps notes by row id, their key a unique index")
        // Still writable after the upgrade.
        try store.saveNotes(guideID: MigrationFixture.guide.id, sectionKey: "contact", body: "A new line after upgrading.")
        _ = try store.addEntry(guideID: MigrationFixture.guide.id, sectionKey: "contact", body: "After upgrading.",
                               mood: .scale(4), at: MigrationFixture.at(900))
        #expect(try Data(contentsOf: fixture) == before, "the committed fixture must never be written")
    }

    /// Whether `notes` is a table with row ids (v8), so finding a note never reads a body to
    /// compare keys, with (guide, section) unique.
    static func notesAreKeptByRowID(_ url: URL) throws -> Bool {
        try DatabaseQueue(path: url.path).read { db in
            let hasRowIDs = (try? db.execute(sql: "SELECT rowid FROM notes LIMIT 0")) != nil
            let unique = try Row.fetchAll(db, sql: "PRAGMA index_list(notes)").filter { $0["unique"] == 1 }.map { index in
                try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno", arguments: [index["name"] as String])
            }
            return hasRowIDs && unique.contains(["guide", "section"])
        }
    }

    /// v2 is the schema before the support card and the journal: it upgrades to the current
    /// schema with every tick, item and note revision kept, an empty card that then saves like
    /// notes, and an empty journal whose entries then save, edit and delete like any other.
    @Test func aVersion2DatabaseOpensUnderTheCurrentSchemaKeepingEverything() throws {
        let directory = try TemporaryDirectory()
        let copy = directory.file("rekindle.sqlite")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("v2.sqlite"), to: copy)
        let before = try DatabaseQueue(path: copy.path).read { try Schema.migrator.appliedIdentifiers($0) }
        #expect(before == ["v1", "v2"])

        let store = try Store(url: copy)
        #expect(try store.schemaVersion == Schema.knownVersion)
        try MigrationFixture.expectContent(of: store)
        #expect(try store.supportCard() == "")
        try store.saveSupportCard(MigrationFixture.supportCard, at: MigrationFixture.at(500))
        #expect(try store.supportCard() == MigrationFixture.supportCard)
        #expect(try store.supportCardHistory().count == 1)
        try MigrationFixture.expectContent(of: store)
        #expect(try store.entries(guideID: MigrationFixture.guide.id).isEmpty)
        try MigrationFixture.writeEntries(into: store)
        try MigrationFixture.expectEntries(of: store, fixtureVersion: Store.knownSchemaVersion)
        try MigrationFixture.expectContent(of: store)
        #expect(try store.doctorReport().integrity == ["ok"])
        #expect(try DatabaseQueue(path: copy.path).read { try Schema.migrator.appliedIdentifiers($0) }
            == Set((1...Schema.knownVersion).map { "v\($0)" }))
    }

    /// Writes the fixture for the current schema (only when asked; see the type's documentation).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["REKINDLE_WRITE_FIXTURE"] != nil))
    func writeFixture() throws {
        let name = try #require(ProcessInfo.processInfo.environment["REKINDLE_WRITE_FIXTURE"])
        #expect(name == "v\(Store.knownSchemaVersion)", "this build writes schema v\(Store.knownSchemaVersion)")
        let destination = Self.folder.appendingPathComponent(name + ".sqlite")
        #expect(!FileManager.default.fileExists(atPath: destination.path), "never rewrite a committed fixture")
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        let directory = try TemporaryDirectory()
        let store = try Store(url: directory.file("rekindle.sqlite"))
        try MigrationFixture.write(into: store)
        try store.saveSupportCard(MigrationFixture.supportCard, at: MigrationFixture.at(500))
        try MigrationFixture.writeEntries(into: store)
        try MigrationFixture.writeTools(into: store)
        try MigrationFixture.expectContent(of: store)
        // One compact file with no -wal beside it.
        try store.writer.writeWithoutTransaction { try $0.execute(sql: "VACUUM INTO ?", arguments: [destination.path]) }
    }
}

/// The content every fixture holds. Fixed on purpose: do not edit `guide` or `write`, since
/// committed fixtures were made from them.
enum MigrationFixture {
    static func at(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: 1_767_225_600 + seconds) } // 2026-01-01

    static let guide = Guide(id: "fixture-guide", title: "Fixture Guide", sections: [
        GuideSection(key: "introduction", kind: .introduction, number: nil, title: "Introduction",
                     paragraphs: ["Start here."], items: [], line: 3),
        GuideSection(key: "reflect", kind: .step, number: 1, title: "Reflect", paragraphs: ["Look inward."], items: [
            GuideItem(key: "motives", number: 1, title: "Evaluate Your Motives", text: "Why?", line: 8),
            GuideItem(key: "mistakes", number: 2, title: "Own Your Mistakes", text: "Be honest.", line: 9),
            GuideItem(key: "space", number: 3, title: "Give Space", text: "", line: 10),
        ], line: 6),
        GuideSection(key: "contact", kind: .step, number: 2, title: "Contact", paragraphs: [], items: [
            GuideItem(key: "message", number: 1, title: "Send a Message", text: "Keep it light.", line: 14),
        ], line: 12),
    ])

    /// The support card of fixtures from v3 on (written after `write`).
    static let supportCard = "People I can call:\nSam 01234 567890\n\nWhat helps me cope:\n\tA walk — 散歩"

    static func write(into store: Store) throws {
        let workbook = try store.load(guide: guide)
        let reflect = try #require(workbook.sections.first { $0.key == "reflect" })
        try store.setDone(itemID: reflect.items[0].id, done: true, at: at(60))
        try store.setDone(itemID: reflect.items[2].id, done: true, at: at(120))
        let own = try store.addItem(guideID: guide.id, sectionKey: "reflect", title: "Write a letter I won't send")
        try store.setDone(itemID: own.id, done: true, at: at(180))
        _ = try store.addItem(guideID: guide.id, sectionKey: "contact", title: "Ask Sam how he is — 漢字 ✓", after: nil)
        let deleted = try store.addItem(guideID: guide.id, sectionKey: "contact", title: "A deleted idea")
        try store.deleteItem(id: deleted.id, at: at(240))
        for (index, body) in ["First thoughts.", "First thoughts.\nSecond line.", "Rewritten:\n\tindented, \u{1B}[31m raw escape kept"].enumerated() {
            try store.saveNotes(guideID: guide.id, sectionKey: "reflect", body: body, at: at(300 + Double(index)))
        }
        try store.saveNotes(guideID: guide.id, sectionKey: "introduction", body: "Why I started.", at: at(400))
    }

    /// The entries of fixtures from v5 on (written after the support card). Fixed like `write`.
    static func writeEntries(into store: Store) throws {
        let entries = [
            (section: "reflect" as String?, body: "First entry.\nA calm evening — 今日は落ち着いている 🌙", mood: Mood.word("calm") as Mood?, at: 600.0),
            (section: nil, body: "No section, no mood.", mood: nil, at: 700.0),
            (section: "contact", body: "Sent the message.", mood: .scale(4), at: 800.0),
            (section: nil, body: "A deleted entry.", mood: nil, at: 850.0),
        ]
        var ids: [Int64] = []
        for entry in entries {
            ids.append(try store.addEntry(guideID: guide.id, sectionKey: entry.section, body: entry.body, mood: entry.mood,
                                          at: at(entry.at), now: at(entry.at + 30)).id)
        }
        try store.updateEntry(id: ids[2], body: "Sent the message.\n\tHe answered.", mood: .scale(5), at: at(1_000))
        try store.deleteEntry(id: ids[3], at: at(1_100))
    }

    /// What the guide's tools keep, in fixtures from v6 on: a goal with its target day, done, and
    /// the cooling-off counter's settings. Fixed like `write`.
    static func writeTools(into store: Store) throws {
        let goal = try store.addEntry(guideID: guide.id, kind: .goal, sectionKey: "contact", body: "Cook a real dinner",
                                      mood: nil, at: at(1_200), now: at(1_200), due: LocalDay(year: 2026, month: 1, day: 10))
        try store.setGoalDone(id: goal.id, done: true, at: at(1_300))
        try store.setCoolingOffSettings(CoolingOffSettings(breakup: LocalDay(year: 2025, month: 12, day: 1), periodDays: 42),
                                        guideID: guide.id)
    }

    static func expectTools(of store: Store, fixtureVersion: Int) throws {
        let goals = try store.entries(guideID: guide.id, kinds: [.goal])
        guard fixtureVersion >= 6 else {
            #expect(goals.isEmpty)
            return #expect(try store.coolingOffSettings(guideID: guide.id) == nil)
        }
        #expect(goals.map(\.body) == ["Cook a real dinner"])
        #expect(goals.map(\.due) == [LocalDay(year: 2026, month: 1, day: 10)])
        #expect(goals.map(\.doneAt) == [at(1_300)])
        #expect(try store.coolingOffSettings(guideID: guide.id)
            == CoolingOffSettings(breakup: LocalDay(year: 2025, month: 12, day: 1), periodDays: 42))
    }

    /// What `writeEntries` left, in fixtures that have it (v5 on); none in older ones.
    static func expectEntries(of store: Store, fixtureVersion: Int) throws {
        let entries = try store.entries(guideID: guide.id, kinds: [.journal])
        guard fixtureVersion >= 5 else { return #expect(entries.isEmpty) }
        #expect(entries.map(\.body) == ["Sent the message.\n\tHe answered.", "No section, no mood.",
                                        "First entry.\nA calm evening — 今日は落ち着いている 🌙"])
        #expect(entries.map(\.sectionKey) == ["contact", nil, "reflect"])
        #expect(entries.map(\.mood) == [.scale(5), nil, .word("calm")])
        #expect(entries.map(\.at) == [at(800), at(700), at(600)])
        #expect(entries.map(\.createdAt) == [at(830), at(730), at(630)])
        #expect(entries.map(\.updatedAt) == [at(1_000), at(730), at(630)])
        let revisions = try store.entryRevisions(id: entries[0].id)
        #expect(revisions.map(\.body) == ["Sent the message."])
        #expect(revisions.map(\.mood) == [.scale(4)])
        #expect(revisions.map(\.savedAt) == [at(830)])
        let deleted = try store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT body, deletedAt FROM entries WHERE deletedAt IS NOT NULL")
        }
        #expect(deleted?["body"] as String? == "A deleted entry.")
        #expect(deleted?["deletedAt"] as Int64? == Int64(at(1_100).timeIntervalSince1970))
    }

    static func expectContent(of store: Store) throws {
        let workbook = try store.load(guide: guide)
        #expect(workbook.title == "Fixture Guide")
        let reflect = try #require(workbook.sections.first { $0.key == "reflect" })
        #expect(reflect.items.map(\.title) == ["Evaluate Your Motives", "Own Your Mistakes", "Give Space", "Write a letter I won't send"])
        #expect(reflect.items.map(\.isDone) == [true, false, true, true])
        #expect(reflect.items.map(\.doneAt) == [at(60), nil, at(120), at(180)])
        #expect(reflect.items.map(\.key) == ["motives", "mistakes", "space", nil])
        let contact = try #require(workbook.sections.first { $0.key == "contact" })
        #expect(contact.items.map(\.title) == ["Send a Message", "Ask Sam how he is — 漢字 ✓"])
        // The deleted item is still stored, hidden.
        let deleted = try store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT title, deletedAt FROM items WHERE title = 'A deleted idea'")
        }
        #expect(deleted?["deletedAt"] as Date? == at(240))

        #expect(try store.notes(guideID: guide.id, sectionKey: "reflect") == "Rewritten:\n\tindented, \u{1B}[31m raw escape kept")
        let history = try store.noteHistory(guideID: guide.id, sectionKey: "reflect")
        #expect(history.map(\.body) == ["Rewritten:\n\tindented, \u{1B}[31m raw escape kept", "First thoughts.\nSecond line.", "First thoughts."])
        #expect(history.map(\.savedAt) == [at(302), at(301), at(300)])
        #expect(try store.notes(guideID: guide.id, sectionKey: "introduction") == "Why I started.")
        #expect(try store.allNotes(guideID: guide.id).count == 2)
    }
}
