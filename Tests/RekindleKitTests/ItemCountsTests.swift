import Foundation
import GRDB
import Testing
@testable import RekindleKit

/// The per-section counts kept by triggers (`itemCounts`, schema v7) always equal what counting
/// the items gives, whatever is done to them: ticks, own items added, renamed, deleted and
/// restored or deleted for good, reordering, and guide items leaving and coming back with the
/// guide file.
@Suite struct ItemCountsTests {
    /// A small deterministic generator, so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Done and total of every section, as the first frame reads them (the kept counts) and as the
    /// whole workbook counts its items.
    func counts(_ store: Store, _ guide: Guide) throws -> (kept: [String], counted: [String]) {
        let describe = { (workbook: Workbook) in workbook.sections.map { "\($0.key) \($0.done)/\($0.total)" } }
        return (describe(try store.loadCounted(guide: guide)), describe(try store.load(guide: guide)))
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func keptCountsEqualCountedItemsAfterEveryChange(seed: UInt64) throws {
        var random = SplitMix(state: seed)
        let full = sampleGuide()
        let withoutMistakes = sampleGuide(stepOneItems: [full.sections[1].items[0]])
        let store = try Store.inMemory()
        var guide = full
        _ = try store.load(guide: guide)
        for step in 0..<120 {
            let workbook = try store.load(guide: guide)
            let sectionKey = ["self-reflection", "contact"].randomElement(using: &random)!
            let items = workbook.section(sectionKey)?.items ?? []
            let deleted = try store.writer.read { try Int64.fetchAll($0, sql: "SELECT id FROM items WHERE deletedAt IS NOT NULL") }
            switch Int.random(in: 0..<8, using: &random) {
            case 0 where !items.isEmpty:
                let item = items.randomElement(using: &random)!
                try store.setDone(itemID: item.id, done: !item.isDone, at: date(Double(step)))
            case 1:
                _ = try store.addItem(guideID: guide.id, sectionKey: sectionKey, title: "Own \(step)",
                                      after: items.randomElement(using: &random)?.id)
            case 2 where !items.isEmpty:
                try store.deleteItem(id: items.randomElement(using: &random)!.id, at: date(Double(step)))
            case 3 where !deleted.isEmpty:
                try store.restoreItem(id: deleted.randomElement(using: &random)!)
            case 4 where !items.isEmpty:
                try store.reorder(guideID: guide.id, sectionKey: sectionKey, itemIDs: items.shuffled(using: &random).map(\.id))
            case 5 where items.contains(where: \.isCustom):
                try store.renameItem(id: items.filter(\.isCustom).randomElement(using: &random)!.id, title: "Renamed \(step)")
            case 6 where !items.isEmpty:
                // A row deleted for good, as an import that replaces the workbook does.
                let id = items.randomElement(using: &random)!.id
                try store.writer.write { try $0.execute(sql: "DELETE FROM items WHERE id = ?", arguments: [id]) }
            default:
                // The guide file loses "Own Your Mistakes", or gets it back.
                guide = guide == full ? withoutMistakes : full
            }
            let (kept, counted) = try counts(store, guide)
            #expect(kept == counted, "seed \(seed), step \(step)")
        }
    }

    /// A database from before the counts (v6) gets them from its items when it is upgraded.
    @Test func anUpgradedDatabaseCountsItsItems() throws {
        let directory = try TemporaryDirectory()
        let copy = directory.file("rekindle.sqlite")
        try FileManager.default.copyItem(at: MigrationFixtureTests.folder.appendingPathComponent("v6.sqlite"), to: copy)
        let store = try Store(url: copy)
        let (kept, counted) = try counts(store, MigrationFixture.guide)
        #expect(kept == counted)
        #expect(try store.load(guide: MigrationFixture.guide).done > 0)
    }
}
