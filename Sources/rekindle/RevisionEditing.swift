import Foundation
import RekindleKit

/// What `--edit` and `--history` do for anything kept with revisions (a section's notes, the
/// support card), so both commands behave and word their answers the same way.
enum RevisionEditing {
    /// Opens `current` in $EDITOR (or `draft` when there is nothing yet, such as the card's empty
    /// form) and saves the result as a new revision when it changed. `what` names it: "the notes of Step 2".
    static func edit(_ current: String, draft: String? = nil, what: String,
                     save: (String) throws -> NoteSaveResult) throws {
        let starting = current.isEmpty ? draft ?? current : current
        let edited = try ExternalEditor.edit(starting)
        guard edited != starting else { return print("no change") }
        let result = try save(edited)
        let meanwhile = result.isConflict ? " (it was also changed elsewhere while you edited; that version is in --history)" : ""
        print(DisplayText.sanitize("saved \(what)\(meanwhile)"))
    }

    /// One line per saved version, newest first: id, time, first line.
    static func printHistory(_ revisions: [NoteRevision]) {
        for revision in revisions {
            let firstLine = revision.body.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            print(DisplayText.sanitize("\(revision.id)  \(timestamp(revision.savedAt))  \(firstLine)"))
        }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
