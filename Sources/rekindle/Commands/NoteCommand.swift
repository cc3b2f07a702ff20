import ArgumentParser
import Foundation
import RekindleKit

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Print a step's notes, add to them, edit them in $EDITOR, or list and read their saved versions.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var settings: ConfigOption
    @Argument(help: ArgumentHelp("The step number, 0 for the introduction, or a section key.", valueName: "step"))
    var step: String
    @Option(help: ArgumentHelp("Add this text to the end of the notes.", valueName: "text")) var append: String?
    @Flag(help: "Edit the notes in $EDITOR (a private temporary file, removed afterwards).") var edit = false
    @Flag(help: "List every saved version of the notes, newest first, with the first line that changed.")
    var history = false
    @Option(help: ArgumentHelp("Print one saved version in full (its number from --history).", valueName: "number"))
    var revision: Int64?

    func validate() throws {
        if [append != nil, edit, history, revision != nil].filter({ $0 }).count > 1 {
            throw ValidationError("use only one of --append, --edit, --history and --revision")
        }
        if let append, append.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("the text to append is empty: write what you want to add")
        }
    }

    func run() throws {
        // Read before the database, so a mistake in the config creates nothing.
        let editor = edit ? try settings.load().editor : nil
        let session = try Session(common, creatingDatabase: append != nil || edit) {
            _ = try SectionReference.section(step, in: $0)
        }
        let section = try SectionReference.section(step, in: session.workbook)
        let guideID = session.workbook.guideID
        let current = try session.store.notes(guideID: guideID, sectionKey: section.key)
        if history {
            let revisions = try session.store.noteHistoryPreviews(guideID: guideID, sectionKey: section.key)
            if revisions.isEmpty { printError("(no saved versions of the notes of \(section.displayName) yet)", plain: true) }
            RevisionEditing.printHistory(revisions)
        } else if let revision {
            try printRevision(revision, of: section, in: session)
        } else if let append {
            // One transaction, so another rekindle appending at the same moment loses nothing.
            let _: NoteSaveResult = try session.store.appendNotes(guideID: guideID, sectionKey: section.key, text: append, at: Date())
            print(DisplayText.sanitize("added to the notes of \(section.displayName)"))
        } else if edit {
            let folder = StorePaths.databaseURL(explicit: common.db).deletingLastPathComponent()
            try RevisionEditing.edit(current, what: "the notes of \(section.displayName)", rescueFolder: folder, editor: editor) {
                try session.store.saveNotes(guideID: guideID, sectionKey: section.key, body: $0, at: Date())
            }
        } else if current.isEmpty {
            printError("(no notes for \(section.displayName) yet)", plain: true)
        } else {
            printStoredText(current)
        }
    }

    /// Only a revision of this section's notes: a number from another step's history is refused.
    private func printRevision(_ id: Int64, of section: WorkbookSection, in session: Session) throws {
        let ids = try session.store.noteHistoryPreviews(guideID: session.workbook.guideID, sectionKey: section.key).map(\.id)
        guard ids.contains(id) else {
            throw CLIFailure(message: "the notes of \(section.displayName) have no saved version \(id) — 'rekindle note \(step) --history' lists them")
        }
        printStoredText(try session.store.noteRevision(id: id).body)
    }
}
