import Foundation
import GRDB
import PropertyBased
import Testing
@testable import RekindleKit

/// The per-section counts kept by triggers (`itemCounts`, schema v7) always equal what counting
/// the items gives, whatever is done to them: ticks, own items added, renamed, deleted and
/// restored or deleted for good, reordering, and guide items leaving and coming back with the
/// guide file.
@Suite struct ItemCountsTests {
    /// Done and total of every section, as the first frame reads them (the kept counts) and as the
    /// whole workbook counts its items.
    func counts(_ store: Store, _ guide: Guide) throws -> (kept: [String], counted: [String]) {
        let describe = { (workbook: Workbook) in workbook.sections.map { "\($0.key) \($0.done)/\($0.total)" } }
        return (describe(try store.loadCounted(guide: guide)), describe(try store.load(guide: guide)))
    }

    /// A change: `code / 1000` says which, `code % 1000` picks the section and the item.
    static let changes = Gen.int(in: 0...7999).array(of: 40...120)

    @Test func keptCountsEqualCountedItemsAfterEveryChange() async {
        await propertyCheck(count: 25, input: Self.changes) { codes in
            do { try self.apply(codes) } catch { Issue.record("\(error)") }
        }
    }

    private func apply(_ codes: [Int]) throws {
        let full = sampleGuide()
        let withoutMistakes = sampleGuide(stepOneItems: [full.sections[1].items[0]])
        let store = try Store.inMemory()
        var guide = full
        _ = try store.load(guide: guide)
        for (step, code) in codes.enumerated() {
            let pick = code % 1000
            let sectionKey = pick % 2 == 0 ? "self-reflection" : "contact"
            let items = try store.load(guide: guide).section(sectionKey)?.items ?? []
            let item = items.isEmpty ? nil : items[pick % items.count]
            let own = items.filter(\.isCustom)
            let deleted = try store.writer.read { try Int64.fetchAll($0, sql: "SELECT id FROM items WHERE deletedAt IS NOT NULL") }
            switch code / 1000 {
            case 0 where item != nil:
                try store.setDone(itemID: item!.id, done: !item!.isDone, at: date(Double(step)))
            case 1:
                _ = try store.addItem(guideID: guide.id, sectionKey: sectionKey, title: "Own \(step)", after: item?.id)
            case 2 where item != nil:
                try store.deleteItem(id: item!.id, at: date(Double(step)))
            case 3 where !deleted.isEmpty:
                try store.restoreItem(id: deleted[pick % deleted.count])
            case 4 where !items.isEmpty:
                let turn = pick % items.count
                try store.reorder(guideID: guide.id, sectionKey: sectionKey, itemIDs: (items[turn...] + items[..<turn]).reversed().map(\.id))
            case 5 where !own.isEmpty:
                try store.renameItem(id: own[pick % own.count].id, title: "Renamed \(step)")
            case 6 where item != nil:
                // A row deleted for good, as an import that replaces the workbook does.
                try store.writer.write { try $0.execute(sql: "DELETE FROM items WHERE id = ?", arguments: [item!.id]) }
            default:
                // The guide file loses "Own Your Mistakes", or gets it back.
                guide = guide == full ? withoutMistakes : full
            }
            let (kept, counted) = try counts(store, guide)
            #expect(kept == counted, "after change \(step) (\(code)) of \(codes)")
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
