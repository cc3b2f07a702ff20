import Foundation
import GRDB

/// Checklist changes. Each is one short transaction touching the rows it changes.
extension Store {
    private typealias Columns = ItemRecord.Columns

    /// Ticks or unticks an item. Ticking an item that is already done keeps its first date.
    public func setDone(itemID: Int64, done: Bool, at date: Date = Date()) throws {
        // Plain SQL, as the reads of a start (`Store.workbook` says why): on a connection that has
        // not read the schema yet, the query interface's update cost `rekindle tick` a sixth of it.
        try write { db in
            // Cached statements: the interface ticks many times on one connection.
            if done {
                try db.cachedStatement(sql: "UPDATE items SET doneAt = coalesce(doneAt, ?) WHERE id = ?")
                    .execute(arguments: [StoredDate.text(of: date), itemID])
            } else {
                try db.cachedStatement(sql: "UPDATE items SET doneAt = NULL WHERE id = ?").execute(arguments: [itemID])
            }
            try Self.requireChange(db.changesCount, itemID)
        }
    }

    /// Adds one of the person's own items to a section: right after `itemID` when given,
    /// otherwise at the end.
    public func addItem(guideID: String, sectionKey: String, title: String,
                        after itemID: Int64? = nil) throws -> ChecklistItem {
        let section = SectionRef(guideID: guideID, sectionKey: sectionKey)
        return try write { db in
            guard try SectionRecord.exists(section, db) else {
                throw StoreError.unknownSection(guideID: guideID, sectionKey: sectionKey)
            }
            let position: Int
            if let itemID {
                let anchor = try Int.fetchOne(db, ItemRecord.withID(itemID).inSection(section).select(Columns.position))
                guard let anchor else { throw StoreError.unknownItem(id: itemID) }
                position = anchor + 1
                try ItemRecord.all().inSection(section).filter(Columns.position >= position)
                    .updateAll(db, Columns.position += 1)
            } else {
                position = try Self.nextItemPosition(section, db)
            }
            try db.execute(sql: "INSERT INTO items (guide, section, title, position) VALUES (?, ?, ?, ?)",
                           arguments: [guideID, sectionKey, title, position])
            return ChecklistItem(id: db.lastInsertedRowID, key: nil, title: title, text: "", doneAt: nil)
        }
    }

    /// Renames one of the person's own items (guide items take their title from the guide).
    public func renameItem(id: Int64, title: String) throws {
        try write { db in
            guard let item = try ItemRecord.withID(id).fetchOne(db) else { throw StoreError.unknownItem(id: id) }
            guard item.item.isCustom else { throw StoreError.guideItemNotRenamable(id: id) }
            try ItemRecord.withID(id).updateAll(db, Columns.title.set(to: title))
        }
    }

    /// Hides an item; it stays in the database with its place and tick until `restoreItem`.
    public func deleteItem(id: Int64, at date: Date = Date()) throws {
        try write { db in
            try Self.requireChange(ItemRecord.withID(id).updateAll(db, Columns.deletedAt.set(to: Columns.deletedAt ?? date)), id)
        }
    }

    /// Brings back a deleted item in the place it had.
    public func restoreItem(id: Int64) throws {
        try write { db in
            try Self.requireChange(ItemRecord.withID(id).updateAll(db, Columns.deletedAt.set(to: nil)), id)
        }
    }

    /// Puts the given items of a section in the given order (the interface's J/K moves and their
    /// undo). The given items take the slots they already hold between them, and every other row
    /// keeps its slot: deleted items (so a restore puts one back where it was), items the interface
    /// does not show (a guide item gone from the guide), and items another process added meanwhile.
    public func reorder(guideID: String, sectionKey: String, itemIDs: [Int64]) throws {
        try write { db in
            let slots = try ItemSlot.all(in: SectionRef(guideID: guideID, sectionKey: sectionKey), db)
            let given = Set(itemIDs)
            if let missing = given.subtracting(slots.map(\.id)).first {
                throw StoreError.unknownItem(id: missing)
            }
            var remaining = itemIDs[...]
            let order = slots.map { given.contains($0.id) ? remaining.removeFirst() : $0.id }
            // Rows are numbered 0, 1, 2, … in the new order; only those whose position changes are written.
            let oldPositions = Dictionary(uniqueKeysWithValues: slots.map { ($0.id, $0.position) })
            for (position, id) in order.enumerated() where oldPositions[id] != position {
                try ItemRecord.withID(id).updateAll(db, Columns.position.set(to: position))
            }
        }
    }

    static func nextItemPosition(_ section: SectionRef, _ db: Database) throws -> Int {
        let last = try Int.fetchOne(db, ItemRecord.all().inSection(section).select(max(Columns.position)))
        return (last ?? -1) + 1
    }

    private static func requireChange(_ changes: Int, _ itemID: Int64) throws {
        if changes == 0 { throw StoreError.unknownItem(id: itemID) }
    }
}
