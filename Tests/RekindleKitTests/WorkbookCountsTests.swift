import Foundation
import Testing
@testable import RekindleKit

/// A section's ticked count is kept as its items change, and always equals counting them.
@Suite struct WorkbookCountsTests {
    private func item(_ id: Int64, done: Bool) -> ChecklistItem {
        ChecklistItem(id: id, key: nil, title: "item \(id)", text: "", doneAt: done ? Date(timeIntervalSince1970: 0) : nil)
    }

    private func counted(_ section: WorkbookSection) -> Int { section.items.filter(\.isDone).count }

    @Test func theDoneCountFollowsEveryKindOfChange() {
        var section = WorkbookSection(key: "s", kind: .step, number: 1, title: "S", paragraphs: [],
                                      items: [item(1, done: true), item(2, done: false), item(3, done: false)])
        #expect(section.done == 1)
        section.items[1].doneAt = Date(timeIntervalSince1970: 5)        // ticked in place
        #expect(section.done == 2 && section.done == counted(section))
        section.items.append(item(4, done: true))
        #expect(section.done == 3 && section.done == counted(section))
        section.items.remove(at: 0)
        #expect(section.done == 2 && section.done == counted(section))
        section.items.swapAt(0, 2)
        section.items[2].doneAt = nil                                    // unticked in place
        #expect(section.done == counted(section))
        section.items = []
        #expect(section.done == 0)
        var book = Workbook(guideID: "g", title: "G", sections: [section, section])
        book.sections[1].items.append(item(9, done: true))
        #expect(book.done == 1 && book.total == 1)
    }
}
