import Foundation
import RekindleKit

/// Something `update` needs done outside the pure core: a store write, a load, or a terminal
/// command. Each effect says all the controller needs to carry it out (a save says whether it may
/// run in the background); the controller performs effects in order and reports their results
/// back as `AppEvent`s, and update decides what follows.
enum Effect: Equatable, Sendable {
    /// Tick (a date) or untick (nil) an item.
    case setDone(itemID: Int64, doneAt: Date?)
    case addItem(sectionKey: String, title: String, after: Int64?)
    case renameItem(id: Int64, title: String)
    case deleteItem(id: Int64)
    case restoreItem(id: Int64)
    case reorder(sectionKey: String, itemIDs: [Int64])
    case saveNotes(NoteSave)
    /// Read a section's notes again (before editing: another copy of rekindle may have saved them).
    case refreshNotes(sectionKey: String)
    case loadHistory(sectionKey: String)
    /// Read one revision in full, to show it before it is restored.
    case loadRevision(sectionKey: String, id: Int64)
    case restoreRevision(sectionKey: String, id: Int64)
    /// Read the checklist as the database holds it (after a checklist write failed).
    case reloadWorkbook
    /// Ask the store whether another copy of rekindle wrote since the last time (`ChangeWatch`).
    case checkForChanges
    /// Gather what the support screen shows (the lines file and the person's support card).
    case loadSupport
    /// Write an entry being written (adding it, the first time).
    case saveEntry(EntrySave)
    /// Read the journal's entries (on the first idle tick, and when another copy wrote).
    case loadEntries
    /// Change an entry's text and mood outside the editor (a mood set, an earlier version restored).
    case updateEntry(id: Int64, body: String, mood: Mood?, at: Date)
    /// Read an entry's earlier versions.
    case loadEntryHistory(id: Int64)
    case deleteEntry(id: Int64)
    case restoreEntry(id: Int64)
    /// Remember that the person hid a section's safety note.
    case hideSafetyNote(sectionKey: String)
    /// Read what the guide's tools keep (the counter's settings, their entries).
    case loadTools
    /// Add a contact, a win or a goal (drafts are written as journal entries are).
    case addToolEntry(ToolEntryAdd)
    case setGoalDone(id: Int64, done: Bool, at: Date)
    case setGoalDue(id: Int64, due: LocalDay?)
    case setCoolingOff(CoolingOffSettings)
    /// Hand this event back to update once the effects before it are done (quitting waits for saves).
    indirect case then(AppEvent)
    /// Leave now.
    case quit
    case suspend
    case redraw

    /// What the status line says when the effect failed: a read that failed saved nothing, so it
    /// does not say "Not saved".
    func failureMessage(_ reason: String) -> String {
        switch self {
        case .refreshNotes, .loadHistory, .loadRevision, .reloadWorkbook, .loadSupport, .checkForChanges, .loadEntries,
             .loadEntryHistory, .loadTools:
            "Could not read the database: \(reason)"
        case .hideSafetyNote: "The note is hidden for now, but could not be remembered: \(reason)"
        default: "Not saved: \(reason)"
        }
    }

    /// An autosave of words being written, which the background saver takes off the key path.
    var isBackgroundSave: Bool {
        switch self {
        case .saveNotes(let save): save.inBackground
        case .saveEntry(let save): save.inBackground
        default: false
        }
    }

    /// A save of words being written (notes or an entry): it lands after any queued autosave.
    var isSave: Bool {
        switch self {
        case .saveNotes, .saveEntry: true
        default: false
        }
    }

    /// A write to the entries (the journal's or the tools') other than saving a draft; when one
    /// fails, they are read again.
    var changesEntries: Bool {
        switch self {
        case .updateEntry, .deleteEntry, .restoreEntry, .addToolEntry, .setGoalDone, .setGoalDue, .setCoolingOff: true
        default: false
        }
    }

    /// A read whose result does not depend on writes still waiting to land (it may run before them).
    var isUnorderedRead: Bool {
        switch self {
        case .refreshNotes, .loadHistory, .loadRevision, .loadSupport, .loadEntryHistory: true
        default: false
        }
    }

    /// A write to the checklist; when one fails, the screen is reloaded from the database.
    var changesChecklist: Bool {
        switch self {
        case .setDone, .addItem, .renameItem, .deleteItem, .restoreItem, .reorder: true
        default: false
        }
    }
}

/// Everything `update` reacts to: input from the terminal, the passing of time, and the results of effects.
enum AppEvent: Equatable, Sendable {
    case input(InputEvent)
    /// No input for a while; timers (autosave, retry) look at the clock.
    case idle
    case itemAdded(sectionKey: String, item: ChecklistItem, after: Int64?)
    case notesSaved(NoteSave, replacedOtherVersion: Bool)
    case notesSaveFailed(NoteSave, reason: String)
    case notesRefreshed(sectionKey: String, body: String)
    case historyLoaded(sectionKey: String, revisions: [NoteRevisionSummary])
    case revisionLoaded(sectionKey: String, revision: NoteRevision)
    /// The store's data version (see `ChangeWatch`).
    case dataVersionRead(Int)
    case revisionRestored(sectionKey: String, body: String)
    /// A store operation other than saving notes failed; `effect` is what was attempted.
    case effectFailed(Effect, reason: String)
    /// The checklist as the database holds it.
    case workbookReloaded(Workbook)
    case supportLoaded(SupportSheet)
    case entriesLoaded([Entry])
    case entryHistoryLoaded(id: Int64, revisions: [EntryRevision])
    case toolsLoaded(ToolsSnapshot)
    case toolEntryAdded(Entry)
    /// The store holds the entry as `save` wrote it (with its id, for a new one).
    case entrySaved(EntrySave, Entry)
    case entrySaveFailed(EntrySave, reason: String)
    /// The saves a quit waited for are done (or failed).
    case quitRequested
    /// Whether writes are waiting for another process (another copy of rekindle) to release the
    /// database; they land, in order, once it does.
    case writesWaiting(Bool)
}
