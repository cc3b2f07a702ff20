import RekindleKit
import Testing
@testable import RekindleUI

/// The item editor is added to the cached document instead of laying the section out again; the
/// result must be exactly the document built with the draft from scratch.
@Suite struct GuideDocumentEditorTests {
    let section = WorkbookSection(
        key: "s1", kind: .step, number: 1, title: "Reflect", paragraphs: ["Look back honestly."],
        items: [item(1, "Motives", "Ask why you want this, and write the answer down in full.", done: true),
                item(2, "Problems"),
                item(3, "A long title that wraps over more than one row of the pane", "Text.", custom: true),
                item(4, "Gone", "From before.", inGuide: false)])

    @Test(arguments: [20, 37, 80])
    func derivedEditorMatchesAFreshLayout(width: Int) {
        var purposes: [ItemDraft.Purpose] = [.add(after: nil), .add(after: 99), .rename(itemID: 99)]
        for item in section.items { purposes += [.add(after: item.id), .rename(itemID: item.id)] }
        let cache = GuideLayoutCache()
        for query in ["", "the"] {
            for purpose in purposes {
                let draft = ItemDraft(purpose: purpose, text: "typed")
                let derived = cache.document(section: section, width: width, query: query, draft: draft)
                let fresh = GuideDocument(section: section, width: width, query: query, draft: draft)
                #expect(derived == fresh, "\(purpose) at width \(width), query '\(query)'")
            }
        }
    }

    /// An equal section read again (the whole workbook after the first frame) takes the cached
    /// document's place of the first copy, which would otherwise stay alive beside it.
    @Test func anEqualSectionReadAgainReplacesTheKeptCopy() {
        let cache = GuideLayoutCache()
        let first = cache.document(section: section, width: 40, query: "", draft: nil)
        var again = section
        again.items = section.items.map { $0 } // the same items in storage of their own
        let storage: ([ChecklistItem]) -> UnsafePointer<ChecklistItem>? = { $0.withUnsafeBufferPointer(\.baseAddress) }
        #expect(storage(again.items) != storage(section.items))
        let second = cache.document(section: again, width: 40, query: "", draft: nil)
        #expect(second == first)
        #expect(storage(second.items) == storage(again.items))
    }

    /// Lines are laid out on demand from counted rows: the counts must match what is drawn, for
    /// every item, whichever line is read first.
    @Test(arguments: [1, 5, 20, 37, 80])
    func lazyLinesMatchTheCountedRanges(width: Int) {
        for query in ["", "the"] {
            let document = GuideDocument(section: section, width: width, query: query, draft: nil)
            let backwards = Array(document.lines.indices.reversed().map { document.lines[$0] }.reversed())
            #expect(Array(document.lines) == backwards)
            for index in section.items.indices {
                let range = document.range(ofItem: index)!
                #expect(document.lines[range.lowerBound].isItemHead)
                #expect(document.lines[range].allSatisfy { $0.item == index })
                #expect(document.lines[range.lowerBound - 1].item == nil)
                let after = range.upperBound + 1
                #expect(after == document.lines.count || document.lines[after].item == nil)
            }
        }
    }

    /// A tick or a rename hands the cached layout the changed item instead of letting it compare
    /// (and copy) the whole section: the result must still be a fresh layout's.
    @Test func ticksAndRenamesKeepTheCachedLayoutExact() {
        var app = AppState(workbook: Workbook(guideID: "g", title: "G", sections: [section]), notes: [:],
                           size: Size(width: 120, height: 40))
        let width = app.contentRect(of: .guide).width
        func check(_ what: String) {
            let cached = app.guideDocument(width: width)
            #expect(cached == GuideDocument(section: app.section!, width: width, query: "", draft: nil), "\(what)")
        }
        check("start")
        _ = app.apply(.tick(sectionKey: "s1", itemID: 2, from: nil, to: t0))
        check("tick")
        _ = app.apply(.rename(sectionKey: "s1", itemID: 3, from: "", to: "A much longer title that now wraps over three rows or more of the pane, surely, at this width too"))
        check("rename")
        _ = app.apply(.tick(sectionKey: "s1", itemID: 1, from: t0, to: nil))
        check("untick")
        _ = app.apply(.rename(sectionKey: "s1", itemID: 99, from: "", to: "nobody"))
        check("rename of a missing item")
    }
}
