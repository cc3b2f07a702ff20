import Foundation
import RekindleKit

/// What `--edit` and `--history` do for anything kept with revisions (a section's notes, the
/// support card), so both commands behave and word their answers the same way.
enum RevisionEditing {
    /// Opens `current` in $EDITOR (or `draft` when there is nothing yet, such as the card's empty
    /// form) and saves the result as a new revision when it changed. `what` names it: "the notes of Step 2".
    /// What the editor hands back that cannot be stored is kept in `rescueFolder` (see `ExternalEditor`).
    static func edit(_ current: String, draft: String? = nil, what: String, rescueFolder: URL, editor: String?,
                     save: (String) throws -> NoteSaveResult) throws {
        let starting = current.isEmpty ? draft ?? current : current
        let edited = try ExternalEditor.edit(starting, rescueFolder: rescueFolder, configured: editor)
        // Bytes, not canonical equivalence: an NFD re-save of NFC text is a change.
        guard !edited.utf8.elementsEqual(starting.utf8) else { return print("no change") }
        let result = try save(edited)
        let meanwhile = result.isConflict ? " (it was also changed elsewhere while you edited; that version is in --history)" : ""
        print(DisplayText.sanitize("saved \(what)\(meanwhile)"))
    }

    /// One line per saved version, newest first: id, time, and the first line that changed.
    static func printHistory(_ revisions: [NoteRevisionSummary]) {
        for revision in revisions {
            let change = revision.change == .removed ? "took out: " : ""
            print(DisplayText.sanitize("\(revision.id)  \(timestamp(revision.savedAt))  \(change)\(revision.preview)"))
        }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
