import Foundation
import GRDB

/// Checklist changes. Each is one short transaction touching the rows it changes.
extension Store {
    /// Ticks or unticks an item. Ticking an item that is already done keeps its first date.
    public func setDone(itemID: Int64, done: Bool, at date: Date = Date()) throws {
        try write { db in
            try db.execute(sql: "UPDATE items SET doneAt = CASE WHEN ? THEN coalesce(doneAt, ?) END WHERE id = ?",
                           arguments: [done, date, itemID])
            try Self.requireChange(db, itemID)
        }
    }

    /// Adds one of the person's own items to a section: right after `itemID` when given,
    /// otherwise at the end.
    public func addItem(guideID: String, sectionKey: String, title: String,
                        after itemID: Int64? = nil) throws -> ChecklistItem {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM sections WHERE guide = ? AND key = ?",
                                    arguments: [guideID, sectionKey]) != nil else {
                throw StoreError.unknownSection(guideID: guideID, sectionKey: sectionKey)
            }
            let position: Int
            if let itemID {
                guard let anchor = try Int.fetchOne(db, sql: """
                    SELECT position FROM items WHERE id = ? AND guide = ? AND section = ?
                    """, arguments: [itemID, guideID, sectionKey]) else {
                    throw StoreError.unknownItem(id: itemID)
                }
                position = anchor + 1
                try db.execute(sql: """
                    UPDATE items SET position = position + 1 WHERE guide = ? AND section = ? AND position >= ?
                    """, arguments: [guideID, sectionKey, position])
            } else {
                position = try Self.nextItemPosition(guideID: guideID, sectionKey: sectionKey, db)
            }
            try db.execute(sql: "INSERT INTO items (guide, section, title, position) VALUES (?, ?, ?, ?)",
                           arguments: [guideID, sectionKey, title, position])
            return ChecklistItem(id: db.lastInsertedRowID, key: nil, title: title, text: "", doneAt: nil)
        }
    }

    /// Renames one of the person's own items (guide items take their title from the guide).
    public func renameItem(id: Int64, title: String) throws {
        try write { db in
            guard let key = try Row.fetchOne(db, sql: "SELECT key FROM items WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownItem(id: id)
            }
            guard key["key"] as String? == nil else { throw StoreError.guideItemNotRenamable(id: id) }
            try db.execute(sql: "UPDATE items SET title = ? WHERE id = ?", arguments: [title, id])
        }
    }

    /// Hides an item; it stays in the database with its place and tick until `restoreItem`.
    public func deleteItem(id: Int64, at date: Date = Date()) throws {
        try write { db in
            try db.execute(sql: "UPDATE items SET deletedAt = coalesce(deletedAt, ?) WHERE id = ?", arguments: [date, id])
            try Self.requireChange(db, id)
        }
    }

    /// Brings back a deleted item in the place it had.
    public func restoreItem(id: Int64) throws {
        try write { db in
            try db.execute(sql: "UPDATE items SET deletedAt = NULL WHERE id = ?", arguments: [id])
            try Self.requireChange(db, id)
        }
    }

    /// Moves an item (the guide's or the person's own) to `index` among the live items of its
    /// section, as `Workbook` lists them; indexes past the end mean "last". Deleted items keep
    /// their place relative to their neighbours. Only rows whose position changes are written.
    public func moveItem(id: Int64, toIndex index: Int) throws {
        try write { db in
            guard let item = try Row.fetchOne(db, sql: "SELECT guide, section FROM items WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownItem(id: id)
            }
            let rows = try Self.positionRows(db, guideID: item["guide"], sectionKey: item["section"])
            var order = rows.map { $0["id"] as Int64 }.filter { $0 != id }
            let liveOthers = rows.filter { $0["live"] == true && $0["id"] != id }.map { $0["id"] as Int64 }
            let target = max(0, index)
            if target < liveOthers.count, let slot = order.firstIndex(of: liveOthers[target]) {
                order.insert(id, at: slot)
            } else if let last = liveOthers.last, let slot = order.firstIndex(of: last) {
                order.insert(id, at: slot + 1)
            } else {
                order.append(id)
            }
            try Self.writePositions(db, rows: rows, order: order)
        }
    }

    /// Puts the given items of a section in the given order (the interface's J/K moves and their
    /// undo). The given items take the slots they already hold between them, and every other row
    /// keeps its slot: deleted items (so a restore puts one back where it was), items the interface
    /// does not show (a guide item gone from the guide), and items another process added meanwhile.
    public func reorder(guideID: String, sectionKey: String, itemIDs: [Int64]) throws {
        try write { db in
            let rows = try Self.positionRows(db, guideID: guideID, sectionKey: sectionKey)
            let given = Set(itemIDs)
            if let missing = given.subtracting(rows.map { $0["id"] as Int64 }).first {
                throw StoreError.unknownItem(id: missing)
            }
            var remaining = itemIDs[...]
            let order = rows.map { row -> Int64 in
                let id: Int64 = row["id"]
                return given.contains(id) ? remaining.removeFirst() : id
            }
            try Self.writePositions(db, rows: rows, order: order)
        }
    }

    /// Every item row of a section (deleted ones too) in stored order, with its position and liveness.
    private static func positionRows(_ db: Database, guideID: String, sectionKey: String) throws -> [Row] {
        try Row.fetchAll(db, sql: """
            SELECT id, position, deletedAt IS NULL AS live FROM items
            WHERE guide = ? AND section = ? ORDER BY position, id
            """, arguments: [guideID, sectionKey])
    }

    private static func writePositions(_ db: Database, rows: [Row], order: [Int64]) throws {
        let oldPositions = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as Int64, $0["position"] as Int) })
        for (position, rowID) in order.enumerated() where oldPositions[rowID] != position {
            try db.execute(sql: "UPDATE items SET position = ? WHERE id = ?", arguments: [position, rowID])
        }
    }

    private static func requireChange(_ db: Database, _ itemID: Int64) throws {
        if db.changesCount == 0 { throw StoreError.unknownItem(id: itemID) }
    }
}
