import Foundation
import Testing
@testable import RekindleKit

/// The guide file changes under an existing database: progress must follow the stable keys.
@Suite struct StoreGuideSyncTests {
    @Test func typoFixInTitleKeepsTheTick() throws {
        let store = try Store.inMemory()
        let motives = try #require(try store.load(guide: sampleGuide()).section("self-reflection")?.items.first)
        try store.setDone(itemID: motives.id, done: true, at: date(1))
        let fixed = sampleGuide(stepOneItems: [
            GuideItem(key: "motives", number: 1, title: "Evaluate Your Motivations", text: "Why?", line: 5),
            GuideItem(key: "mistakes", number: 2, title: "Own Your Mistakes", text: "Be honest.", line: 6),
        ])
        let item = try #require(try store.load(guide: fixed).section("self-reflection")?.items.first)
        #expect(item.id == motives.id && item.title == "Evaluate Your Motivations" && item.text == "Why?")
        #expect(item.doneAt == date(1) && item.inGuide)
    }

    @Test func newGuideItemAppearsAfterExistingOnes() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        _ = try store.addItem(guideID: "rekindle", sectionKey: "self-reflection", title: "Mine")
        var items = sampleGuide().sections[1].items
        items.insert(GuideItem(key: "journal", number: 2, title: "Keep a Journal", text: "", line: 6), at: 1)
        let titles = try store.load(guide: sampleGuide(stepOneItems: items)).section("self-reflection")?.items.map(\.title)
        #expect(titles == ["Evaluate Your Motives", "Own Your Mistakes", "Mine", "Keep a Journal"])
    }

    @Test func removedItemKeepsItsTickAndIsMarkedFromAnEarlierVersion() throws {
        let store = try Store.inMemory()
        let items = try #require(try store.load(guide: sampleGuide()).section("self-reflection")?.items)
        try store.setDone(itemID: items[1].id, done: true, at: date(2))
        let withoutBoth = sampleGuide(stepOneItems: [])
        let section = try #require(try store.load(guide: withoutBoth).section("self-reflection"))
        // The ticked one stays, marked; the untouched one holds no progress and is not shown.
        #expect(section.items.map(\.key) == ["mistakes"])
        #expect(section.items.first?.inGuide == false && section.items.first?.doneAt == date(2))
        // Back in the guide, both return as they were.
        let restored = try #require(try store.load(guide: sampleGuide()).section("self-reflection")?.items)
        #expect(restored.map(\.id) == items.map(\.id) && restored.allSatisfy(\.inGuide))
    }

    @Test func removedSectionWithNotesIsKeptLast() throws {
        let store = try Store.inMemory()
        let closing = GuideSection(key: "closing", kind: .other, number: nil, title: "Closing",
                                   paragraphs: ["Be kind to yourself."], items: [], line: 20)
        _ = try store.load(guide: sampleGuide(extraSections: [closing]))
        try store.saveNotes(guideID: "rekindle", sectionKey: "closing", body: "I will.")
        var guide = sampleGuide()
        guide.sections.removeAll { $0.key == "introduction" } // vanished, no data: not shown
        let workbook = try store.load(guide: guide)
        #expect(workbook.sections.map(\.key) == ["self-reflection", "contact", "closing"])
        let kept = try #require(workbook.section("closing"))
        #expect(!kept.inGuide && kept.paragraphs == ["Be kind to yourself."])
        #expect(try store.notes(guideID: "rekindle", sectionKey: "closing") == "I will.")
    }

    @Test func sectionOrderFollowsTheGuide() throws {
        let store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
        var reordered = sampleGuide()
        reordered.sections.swapAt(1, 2)
        #expect(try store.load(guide: reordered).sections.map(\.key) == ["introduction", "contact", "self-reflection"])
    }
}
