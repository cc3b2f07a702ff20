import RekindleKit
import Testing
@testable import RekindleUI

/// The items that open a tool are found once per version of a section's items, and the cache
/// never keeps a copy of the items the workbook no longer holds.
@Suite struct ToolItemsTests {
    static let tools: [String: GuideTool] = ["s1.1": .wins, "s1.3": .support]

    static func section(_ items: [ChecklistItem]) -> WorkbookSection {
        WorkbookSection(key: "s1", kind: .step, number: 1, title: "Reflect", paragraphs: [], items: items)
    }

    @Test func theToolsAreTheItemsThatOpenOneOtherThanSupport() {
        var items = [item(1, "Wins"), item(2, "Plain"), item(3, "Support")]
        items[0].key = "s1.1"
        items[2].key = "s1.3"
        #expect(ToolItems().of(Self.section(items), tools: Self.tools) == [ToolItems.Found(title: "Wins", tool: .wins)])
    }

    /// Equal items read again (the whole workbook after the first frame) replace the kept ones:
    /// the first array is then no longer shared, so changing it copies nothing.
    @Test func equalItemsReadAgainReplaceTheKeptCopy() {
        var first = (1...50).map { item(Int64($0), "Item \($0) with a title longer than fifteen bytes") }
        first[0].key = "s1.1"
        let cache = ToolItems()
        _ = cache.of(Self.section(first), tools: Self.tools)
        let found = cache.of(Self.section(first.map { $0 }), tools: Self.tools)
        #expect(found == [ToolItems.Found(title: first[0].title, tool: .wins)])
        let storage = first.withUnsafeBufferPointer(\.baseAddress)
        first[1].title = "changed"
        #expect(first.withUnsafeBufferPointer(\.baseAddress) == storage)
    }
}
