import Foundation
import Testing
import RekindleKit
import RekindleStoreAdapter
@testable import RekindleUI

/// The interface's first frame is drawn from part of the workbook (`Store.loadFirstFrame`: the
/// shown section's items, the others' counts): it must look exactly like a frame of the whole
/// workbook, and the rest must be in place before anything acts on it.
@Suite struct FirstFrameLoadTests {
    let guide = Guide(id: "small", title: "Small", sections: [
        GuideSection(key: "intro", kind: .introduction, number: nil, title: "Introduction", paragraphs: ["Hello."],
                     items: [], line: 1),
        GuideSection(key: "s1", kind: .step, number: 1, title: "Reflect", paragraphs: ["Look back."], items: [
            GuideItem(key: "why", number: 1, title: "Why", text: "Ask why.", line: 3),
            GuideItem(key: "what", number: 2, title: "What", text: "Ask what.", line: 4),
        ], line: 2),
        GuideSection(key: "s2", kind: .step, number: 2, title: "Rest", paragraphs: ["Sleep."], items: [
            GuideItem(key: "bed", number: 1, title: "Bed early", text: "", line: 6),
        ], line: 5),
    ])
    let size = Size(width: 100, height: 30)

    /// A store with ticks, an item of the person's own, a deleted one and notes in two sections.
    func usedStore() throws -> Store {
        let store = try Store.inMemory()
        let workbook = try store.load(guide: guide)
        let s1 = try #require(workbook.sections.first { $0.key == "s1" })
        try store.setDone(itemID: s1.items[1].id, done: true, at: t0)
        let own = try store.addItem(guideID: "small", sectionKey: "s1", title: "Café with Ana", after: nil)
        try store.setDone(itemID: own.id, done: true, at: t0.addingTimeInterval(90))
        let gone = try store.addItem(guideID: "small", sectionKey: "s2", title: "Not this", after: nil)
        try store.deleteItem(id: gone.id, at: t0)
        _ = try store.saveNotes(guideID: "small", sectionKey: "s1", body: "what I see now", at: t0)
        _ = try store.saveNotes(guideID: "small", sectionKey: "intro", body: "why I started", at: t0)
        return store
    }

    @Test func theSectionsNotShownAreCountedNotRead() throws {
        let store = try usedStore()
        let full = try store.load(guide: guide)
        let partial = try store.loadFirstFrame(guide: guide, showing: "intro", wholeUpTo: 0)
        #expect(!partial.isComplete && full.isComplete)
        #expect(partial.sections.map(\.key) == full.sections.map(\.key))
        #expect(partial.sections.map(\.done) == full.sections.map(\.done))
        #expect(partial.sections.map(\.total) == full.sections.map(\.total))
        #expect(partial.done == 2 && partial.total == 4)
        #expect(partial.sections.map(\.itemsToCome) == [false, true, true])
        #expect(partial.sections.map(\.items.count) == [0, 0, 0])
    }

    @Test(arguments: [("s2", "s2"), ("s1", "s1"), (nil, "intro"), ("no-such-section", "intro")])
    func theShownSectionHasItsItems(_ shown: String?, _ read: String) throws {
        let store = try usedStore()
        let full = try store.load(guide: guide)
        let partial = try store.loadFirstFrame(guide: guide, showing: shown, wholeUpTo: 0)
        for (section, whole) in zip(partial.sections, full.sections) {
            #expect((section == whole) == (section.key == read || whole.items.isEmpty), "\(section.key)")
        }
    }

    @Test func aCountedWorkbookHasEveryCountAndNoItem() throws {
        let store = try usedStore()
        let full = try store.load(guide: guide)
        let counted = try store.loadCounted(guide: guide)
        #expect(counted.sections.map(\.key) == full.sections.map(\.key))
        #expect(counted.sections.map(\.done) == full.sections.map(\.done))
        #expect(counted.sections.map(\.total) == full.sections.map(\.total))
        #expect(counted.sections.allSatisfy(\.items.isEmpty) && !counted.isComplete)
    }

    /// `status` reads the counts and whether each item of a short section is ticked, and `tick 1.2` only the item at its place.
    @Test func theTicksAndTheItemAtAPlaceAreThoseOfTheWholeWorkbook() throws {
        let store = try usedStore()
        let s1 = try #require(try store.load(guide: guide).sections.first { $0.key == "s1" })
        try store.reorder(guideID: "small", sectionKey: "s1", itemIDs: s1.items.reversed().map(\.id))
        let full = try store.load(guide: guide)
        let most = full.sections.map(\.items.count).max() ?? 0
        for limit in [0, 1, most - 1, most] {
            let progress = try store.progress(guideID: "small", marksUpTo: limit)
            #expect(Set(progress.keys) == Set(full.sections.filter { !$0.items.isEmpty }.map(\.key)))
            for section in full.sections where !section.items.isEmpty {
                let marks = section.items.map(\.isDone)
                let figures = try #require(progress[section.key])
                #expect(figures.done == marks.count { $0 } && figures.total == marks.count, "\(section.key)")
                #expect(figures.marks == (marks.count <= limit ? marks : nil), "\(section.key) up to \(limit)")
            }
        }
        for section in full.sections {
            for (index, item) in section.items.enumerated() {
                #expect(try store.item(guideID: "small", sectionKey: section.key, at: index) == item)
            }
            #expect(try store.item(guideID: "small", sectionKey: section.key, at: section.items.count) == nil)
        }
    }

    @Test func aWorkbookOfAFewHundredItemsIsReadWhole() throws {
        let store = try usedStore()
        #expect(try store.loadFirstFrame(guide: guide, showing: "intro") == store.load(guide: guide))
        #expect(try store.loadFirstFrame(guide: guide, showing: "intro", wholeUpTo: 4).isComplete == false)
        #expect(try store.loadFirstFrame(guide: guide, showing: "intro", wholeUpTo: 5).isComplete)
    }

    func app(_ workbook: Workbook, _ store: Store) -> AppController {
        AppController(workbook: workbook, store: GuideStore(store: store, guide: guide), size: size)
    }

    @Test func theFirstFrameIsTheFrameOfTheWholeWorkbookAndTheRestComesBeforeAKey() throws {
        let store = try usedStore()
        let whole = app(try store.load(guide: guide), store)
        let partial = app(try store.loadFirstFrame(guide: guide, showing: "intro", wholeUpTo: 0), store)
        #expect(partial.render(size: size) == whole.render(size: size))
        #expect(!partial.state.workbook.isComplete)
        #expect(partial.state.panes.notes.documents["s1"] == nil)

        partial.completeWorkbook()
        #expect(partial.state.workbook == whole.state.workbook)
        #expect(partial.state.panes.notes.documents == whole.state.panes.notes.documents)
        for key: Key in [.char("j"), .char("l"), .char(" "), .char("/"), .char("C"), .char("a")] {
            _ = partial.handle(.key(key), now: t0)
            _ = whole.handle(.key(key), now: t0)
            #expect(partial.render(size: size) == whole.render(size: size), "after \(key)")
        }
    }

    @Test func aRestoredPositionOnACountedSectionReadsTheRestBeforeItIsDrawn() throws {
        let store = try usedStore()
        let whole = app(try store.load(guide: guide), store)
        let partial = app(try store.loadFirstFrame(guide: guide, showing: "intro", wholeUpTo: 0), store)
        for controller in [whole, partial] { controller.position = Position(sectionKey: "s1", pane: .guide) }
        #expect(partial.render(size: size) == whole.render(size: size))
        #expect(partial.state.workbook.isComplete)
        #expect(partial.render(size: size).lines.joined().contains("Café with Ana"))
    }
}
