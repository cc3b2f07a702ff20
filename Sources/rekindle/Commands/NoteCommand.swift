import ArgumentParser
import Foundation
import RekindleKit

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Print a step's notes, add to them, edit them in $EDITOR, or list their saved versions.")

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The step number, 0 for the introduction, or a section key.", valueName: "step"))
    var step: String
    @Option(help: ArgumentHelp("Add this text to the end of the notes.", valueName: "text")) var append: String?
    @Flag(help: "Edit the notes in $EDITOR (a private temporary file, removed afterwards).") var edit = false
    @Flag(help: "List every saved version of the notes, newest first.") var history = false

    func validate() throws {
        if [append != nil, edit, history].filter({ $0 }).count > 1 {
            throw ValidationError("use only one of --append, --edit and --history")
        }
        if let append, append.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("the text to append is empty: write what you want to add")
        }
    }

    func run() throws {
        let session = try Session(common, creatingDatabase: append != nil || edit)
        let section = try SectionReference.section(step, in: session.workbook)
        let guideID = session.workbook.guideID
        let current = try session.store.notes(guideID: guideID, sectionKey: section.key)
        if history {
            RevisionEditing.printHistory(try session.store.noteHistory(guideID: guideID, sectionKey: section.key))
        } else if let append {
            // One transaction, so another rekindle appending at the same moment loses nothing.
            let _: NoteSaveResult = try session.store.appendNotes(guideID: guideID, sectionKey: section.key, text: append, at: Date())
            print(DisplayText.sanitize("added to the notes of \(section.displayName)"))
        } else if edit {
            try RevisionEditing.edit(current, what: "the notes of \(section.displayName)") {
                try session.store.saveNotes(guideID: guideID, sectionKey: section.key, body: $0, at: Date())
            }
        } else {
            printStoredText(current)
        }
    }
}
