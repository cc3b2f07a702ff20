import Foundation
import GRDB

// Decoding of the rows the store reads. Columns are read by name; the SELECTs list them.

extension ChecklistItem {
    /// Reads `id, key, title, text, doneAt, inGuide`.
    init(row: Row) {
        self.init(id: row["id"], key: row["key"], title: row["title"], text: row["text"],
                  doneAt: row["doneAt"], inGuide: row["inGuide"])
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
