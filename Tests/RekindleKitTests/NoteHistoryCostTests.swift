import Foundation
import GRDB
import Testing
@testable import RekindleKit

/// Autosaves are coalesced (a writing session keeps one revision per `Store.revisionWindow`,
/// always with the latest text), and the history is listed from previews, never from every body.
@Suite struct NoteHistoryCostTests {
    private func revisionCount(_ store: Store) throws -> Int {
        try store.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM noteRevisions") ?? 0 }
    }

    @Test func savesWithinTheWindowReplaceTheirRevisionAndTheLatestTextIsKept() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        var body = ""
        for second in 0..<120 {  // two minutes of typing, an autosave a second
            body += "word \(second) "
            try store.autosaveNotes(guideID: "rekindle", sectionKey: "contact", body: body, at: date(Double(second)))
        }
        #expect(try revisionCount(store) == 1)
        let history = try store.noteHistory(guideID: "rekindle", sectionKey: "contact")
        #expect(history.map(\.body) == [body] && history.first?.savedAt == date(119))
        #expect(try store.notes(guideID: "rekindle", sectionKey: "contact") == body)
        // Past the window a new revision starts; the older one keeps its text.
        try store.autosaveNotes(guideID: "rekindle", sectionKey: "contact", body: body + "later",
                            at: date(Store.revisionWindow + 1))
        #expect(try store.noteHistory(guideID: "rekindle", sectionKey: "contact").map(\.body) == [body + "later", body])
    }

    @Test func anHourOfTypingIntoALargeNoteStaysSmall() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        var body = String(repeating: "a line of an old note\n", count: 1_000)
        for second in stride(from: 0, to: 3_600, by: 6) {
            body += "x"
            try store.autosaveNotes(guideID: "rekindle", sectionKey: "contact", body: body, at: date(Double(second)))
        }
        #expect(try revisionCount(store) == Int((3_600 / Store.revisionWindow).rounded(.up)))
    }

    @Test func aRestoreOrAnotherCopysSaveIsNeverReplaced() throws {
        let directory = try TemporaryDirectory()
        let first = try Store(url: directory.databaseURL)
        let second = try Store(url: directory.databaseURL)
        _ = try first.load(guide: sampleGuide())
        let one = try #require(try first.autosaveNotes(guideID: "rekindle", sectionKey: "contact", body: "one", at: date(0)).revision)
        _ = try second.notes(guideID: "rekindle", sectionKey: "contact")
        try second.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "second's", at: date(1))
        try first.autosaveNotes(guideID: "rekindle", sectionKey: "contact", body: "first's", at: date(2))
        try first.restoreRevision(id: one.id, at: date(3))
        try first.autosaveNotes(guideID: "rekindle", sectionKey: "contact", body: "after the restore", at: date(4))
        #expect(try first.noteHistory(guideID: "rekindle", sectionKey: "contact").map(\.body)
                == ["after the restore", "one", "first's", "second's", "one"])
    }

    @Test func previewsShowTheFirstLineThatDiffersAndOneRevisionLoadsInFull() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        let windows = (0..<4).map { date(Double($0) * (Store.revisionWindow + 1)) }
        try store.autosaveNotes(guideID: "rekindle", sectionKey: "contact", body: "\nDear you,\nI am fine.", at: windows[0])
        try store.autosaveNotes(guideID: "rekindle", sectionKey: "contact", body: "\nDear you,\nI am not fine.\nReally.", at: windows[1])
        try store.autosaveNotes(guideID: "rekindle", sectionKey: "contact", body: "\nDear you,\nI am not fine.", at: windows[2])
        try store.autosaveNotes(guideID: "rekindle", sectionKey: "contact", body: "", at: windows[3])
        let previews = try store.noteHistoryPreviews(guideID: "rekindle", sectionKey: "contact")
        #expect(previews.map(\.preview) == ["Dear you,", "Really.", "I am not fine.", "Dear you,"])
        #expect(previews.map(\.change) == [.removed, .removed, .changed, .changed])
        #expect(previews.map(\.savedAt) == windows.reversed())
        let full = try store.noteRevision(id: previews[2].id)
        #expect(full.body == "\nDear you,\nI am not fine.\nReally." && full.savedAt == windows[1])
        #expect(throws: StoreError.unknownRevision(id: 999)) { try store.noteRevision(id: 999) }
    }

    /// Revisions from before previews were stored get theirs when the database is upgraded.
    @Test func revisionsOfAnOlderDatabaseGetPreviews() throws {
        let directory = try TemporaryDirectory()
        let url = directory.file("v2.sqlite")
        let fixture = MigrationFixtureTests.folder.appendingPathComponent("v2.sqlite")
        try FileManager.default.copyItem(at: fixture, to: url)
        let store = try Store(url: url)
        let sections = try store.writer.read { try String.fetchAll($0, sql: "SELECT DISTINCT section FROM noteRevisions") }
        let section = try #require(sections.first)
        let guide = try store.writer.read { try String.fetchOne($0, sql: "SELECT guide FROM noteRevisions LIMIT 1") }
        let previews = try store.noteHistoryPreviews(guideID: try #require(guide), sectionKey: section)
        #expect(!previews.isEmpty && previews.allSatisfy { !$0.preview.isEmpty || $0.change == .removed })
    }
}
