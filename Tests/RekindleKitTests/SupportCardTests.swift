import Foundation
import Testing
@testable import RekindleKit

/// The support card is kept like notes: every save a revision, nothing overwritten, included in
/// both exports, and apart from every guide's sections and notes.
@Suite struct SupportCardTests {
    @Test func aNewDatabaseHasAnEmptyCardThatKeepsEverySave() throws {
        let store = try Store.inMemory()
        #expect(try store.supportCard() == "")
        let first = try store.saveSupportCard("People I can call:\nSam 0123", at: Date(timeIntervalSince1970: 10))
        #expect(first.revision != nil)
        #expect(try store.saveSupportCard("People I can call:\nSam 0123", at: Date(timeIntervalSince1970: 20)).revision == nil)
        try store.saveSupportCard("People I can call:\nSam 0123\nMy GP 0456", at: Date(timeIntervalSince1970: 30))
        #expect(try store.supportCard() == "People I can call:\nSam 0123\nMy GP 0456")
        #expect(try store.supportCardHistory().map(\.savedAt) == [Date(timeIntervalSince1970: 30), Date(timeIntervalSince1970: 10)])
    }

    @Test func theCardIsNotPartOfAnyGuide() throws {
        let store = try Store.inMemory()
        let workbook = try store.load(guide: sampleGuide())
        try store.saveSupportCard("Places that help: the library")
        #expect(try store.allNotes(guideID: workbook.guideID).isEmpty)
        #expect(try store.load(guide: sampleGuide()) == workbook)
    }

    @Test func aSaveOverAnotherProcesssSaveKeepsBoth() throws {
        let directory = try TemporaryDirectory()
        let one = try Store(url: directory.databaseURL), two = try Store(url: directory.databaseURL)
        _ = try one.supportCard()
        _ = try two.supportCard()
        try two.saveSupportCard("from two")
        let result = try one.saveSupportCard("from one")
        #expect(result.replacedConcurrentEdit?.body == "from two")
        #expect(try one.supportCardHistory().map { try one.noteRevision(id: $0.id).body } == ["from one", "from two"])
    }

    @Test func bothExportsCarryTheCard() throws {
        let store = try Store.inMemory()
        let workbook = try store.load(guide: sampleGuide())
        try store.saveSupportCard("What helps me cope:\nA walk\n")
        let card = try store.supportCard()
        let markdown = Exporter.markdown(workbook, notes: [:], supportCard: card)
        // Indented like notes, so none of the person's lines reads as Markdown structure.
        #expect(markdown.hasSuffix("\n## My support card\n\n    What helps me cope:\n    A walk\n"))
        let document = try JSONDecoder().decode(ExportDocument.self, from: Exporter.json(ExportDocument(workbook: workbook, notes: [:], supportCard: card)))
        #expect(document.supportCard == "What helps me cope:\nA walk\n")
        // Never written: no empty heading, no key.
        #expect(!Exporter.markdown(workbook, notes: [:]).contains("support card"))
        #expect(!String(decoding: try Exporter.json(ExportDocument(workbook: workbook, notes: [:])), as: UTF8.self).contains("supportCard"))
    }
}
