import Foundation
import GRDB

// Decoding of the rows the store reads. Columns are read by name; the SELECTs list them.

extension ChecklistItem {
    /// Reads `id, key, title, text, doneAt, inGuide`.
    init(row: Row) {
        self.init(id: row["id"], key: row["key"], title: row["title"], text: row["text"],
                  doneAt: row["doneAt"], inGuide: row["inGuide"])
    }

    /// Reads `id, key, title, text, doneAt, inGuide` by position, from column `offset` on: loading
    /// 10,000 items by column name spent most of its time looking the names up.
    init(row: Row, offset: Int) {
        self.init(id: row[offset], key: row[offset + 1], title: row[offset + 2], text: row[offset + 3],
                  doneAt: row[offset + 4], inGuide: row[offset + 5])
    }

    static let columns = "id, key, title, text, doneAt, inGuide"
}

extension NoteRevision {
    /// Reads `id, body, savedAt`.
    init(row: Row) {
        self.init(id: row["id"], body: row["body"], savedAt: row["savedAt"])
    }

    static let columns = "id, body, savedAt"
}
