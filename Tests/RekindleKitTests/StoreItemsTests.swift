import Foundation
import Testing
@testable import RekindleKit

@Suite struct StoreItemsTests {
    @Test func freshDatabaseListsTheGuide() throws {
        let directory = try TemporaryDirectory()
        let store = try Store(url: directory.databaseURL)
        let workbook = try store.load(guide: sampleGuide())
        #expect(workbook.sections.map(\.key) == ["introduction", "self-reflection", "contact"])
        #expect(workbook.section("self-reflection")?.items.map(\.key) == ["motives", "mistakes"])
        #expect(workbook.section("self-reflection")?.paragraphs == ["Look inward first."])
        #expect(workbook.done == 0 && workbook.total == 3)
        #expect(try store.schemaVersion == Store.knownSchemaVersion)
    }

    @Test func reopeningKeepsTicksItemsAndNotes() throws {
        let directory = try TemporaryDirectory()
        do {
            let store = try Store(url: directory.databaseURL)
            let workbook = try store.load(guide: sampleGuide())
            try store.setDone(itemID: try #require(workbook.section("contact")?.items.first?.id), done: true, at: date(1))
            _ = try store.addItem(guideID: "rekindle", sectionKey: "contact", title: "Call Sam")
            try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "Felt nervous.")
        }
        let store = try Store(url: directory.databaseURL)
        let contact = try #require(try store.load(guide: sampleGuide()).section("contact"))
        #expect(contact.items.map(\.title) == ["Send a Message", "Call Sam"])
        #expect(contact.items.first?.doneAt == date(1))
        #expect(try store.notes(guideID: "rekindle", sectionKey: "contact") == "Felt nervous.")
    }

    @Test func tickingTwiceKeepsTheFirstDateAndUntickClears() throws {
        let store = try Store.inMemory()
        let id = try #require(try store.load(guide: sampleGuide()).section("contact")?.items.first?.id)
        try store.setDone(itemID: id, done: true, at: date(1))
        try store.setDone(itemID: id, done: true, at: date(2))
        #expect(try store.load(guide: sampleGuide()).section("contact")?.items.first?.doneAt == date(1))
        try store.setDone(itemID: id, done: false)
        #expect(try store.load(guide: sampleGuide()).section("contact")?.items.first?.doneAt == nil)
        #expect(throws: StoreError.unknownItem(id: 999)) { try store.setDone(itemID: 999, done: true) }
    }

    @Test func addedItemGoesAfterTheGivenItemOrAtTheEnd() throws {
        let store = try Store.inMemory()
        let items = try #require(try store.load(guide: sampleGuide()).section("self-reflection")?.items)
        _ = try store.addItem(guideID: "rekindle", sectionKey: "self-reflection", title: "Last")
        let mine = try store.addItem(guideID: "rekindle", sectionKey: "self-reflection", title: "Second", after: items[0].id)
        #expect(mine.isCustom && mine.title == "Second")
        let titles = try store.load(guide: sampleGuide()).section("self-reflection")?.items.map(\.title)
        #expect(titles == ["Evaluate Your Motives", "Second", "Own Your Mistakes", "Last"])
        #expect(throws: StoreError.unknownSection(guideID: "rekindle", sectionKey: "nope")) {
            _ = try store.addItem(guideID: "rekindle", sectionKey: "nope", title: "x")
        }
    }

    @Test func onlyThePersonsOwnItemsCanBeRenamed() throws {
        let store = try Store.inMemory()
        let guideItem = try #require(try store.load(guide: sampleGuide()).section("contact")?.items.first)
        let mine = try store.addItem(guideID: "rekindle", sectionKey: "contact", title: "Draft")
        try store.renameItem(id: mine.id, title: "Final")
        #expect(throws: StoreError.guideItemNotRenamable(id: guideItem.id)) {
            try store.renameItem(id: guideItem.id, title: "Hijacked")
        }
        #expect(try store.load(guide: sampleGuide()).section("contact")?.items.map(\.title) == ["Send a Message", "Final"])
    }

    @Test func softDeleteHidesAndRestoreBringsBackInPlaceWithTick() throws {
        let store = try Store.inMemory()
        let items = try #require(try store.load(guide: sampleGuide()).section("self-reflection")?.items)
        try store.setDone(itemID: items[0].id, done: true, at: date(3))
        try store.deleteItem(id: items[0].id)
        #expect(try store.load(guide: sampleGuide()).section("self-reflection")?.items.map(\.key) == ["mistakes"])
        try store.restoreItem(id: items[0].id)
        let restored = try #require(try store.load(guide: sampleGuide()).section("self-reflection")?.items)
        #expect(restored.map(\.key) == ["motives", "mistakes"])
        #expect(restored[0].doneAt == date(3))
    }

    @Test func reorderingKeepsDeletedItemsInTheirPlace() throws {
        let store = try Store.inMemory()
        let items = try #require(try store.load(guide: sampleGuide()).section("self-reflection")?.items)
        let a = try store.addItem(guideID: "rekindle", sectionKey: "self-reflection", title: "A")
        let b = try store.addItem(guideID: "rekindle", sectionKey: "self-reflection", title: "B")
        try store.deleteItem(id: a.id)
        // Live: motives, mistakes, B. B to the top and motives to the end, as J/K would.
        try store.reorder(guideID: "rekindle", sectionKey: "self-reflection", itemIDs: [b.id, items[1].id, items[0].id])
        func titles() throws -> [String]? { try store.load(guide: sampleGuide()).section("self-reflection")?.items.map(\.title) }
        #expect(try titles() == ["B", "Own Your Mistakes", "Evaluate Your Motives"])
        // A keeps its slot, the third row, and comes back there.
        try store.restoreItem(id: a.id)
        #expect(try titles() == ["B", "Own Your Mistakes", "A", "Evaluate Your Motives"])
    }

    @Test func reorderingWhatTheScreenShowsLeavesOtherRowsInTheirSlots() throws {
        let store = try Store.inMemory()
        let items = try #require(try store.load(guide: sampleGuide()).section("self-reflection")?.items)
        let a = try store.addItem(guideID: "rekindle", sectionKey: "self-reflection", title: "A")
        // Another process adds B; this screen still lists only motives, mistakes, A.
        let b = try store.addItem(guideID: "rekindle", sectionKey: "self-reflection", title: "B")
        try store.reorder(guideID: "rekindle", sectionKey: "self-reflection", itemIDs: [a.id, items[0].id, items[1].id])
        let titles = try store.load(guide: sampleGuide()).section("self-reflection")?.items.map(\.title)
        #expect(titles == ["A", "Evaluate Your Motives", "Own Your Mistakes", "B"])
        #expect(throws: StoreError.self) {
            try store.reorder(guideID: "rekindle", sectionKey: "self-reflection", itemIDs: [b.id, 9999])
        }
    }

    @Test func tenThousandOwnItemsLoadInOrder() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        try store.writer.write { db in
            for index in 0..<10_000 {
                try db.execute(sql: "INSERT INTO items (guide, section, title, position) VALUES ('rekindle', 'contact', ?, ?)",
                               arguments: ["mine \(index)", index + 1])
            }
        }
        let contact = try #require(try store.load(guide: sampleGuide()).section("contact"))
        #expect(contact.total == 10_001)
        #expect(contact.items.last?.title == "mine 9999")
    }
}
