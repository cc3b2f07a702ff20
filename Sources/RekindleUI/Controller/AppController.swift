import Foundation
import RekindleKit

/// Owns the state, runs `update`, and carries out its effects against the store, feeding the
/// results back as events. It decides nothing: what to save, when, and what follows a failure
/// are update's; the controller only does what each effect says. The terminal layer drives it
/// through `TerminalApp`.
public final class AppController: TerminalApp {
    private(set) var state: AppState
    private let store: WorkbookStore
    /// Present when saves marked for the background may run off the key path (the store is safe to
    /// use from another thread); without it they run at once.
    let backgroundSaver: BackgroundSaver?
    /// The panes drawn in the last frame, for the next one to copy those that did not change.
    private let drawings = PaneDrawings()
    /// Sections whose notes were left for `completeWorkbook` (those the first frame only counted).
    private var notesToCome: [String]

    /// Loads every section's notes up front (a handful of small texts) so search covers them; of a
    /// workbook read for the first frame (`Workbook.isComplete` false), only those of the sections
    /// with their items, the rest with `completeWorkbook`.
    /// With `backgroundStore` (normally the same store), autosaves are written on a background queue.
    /// `timeZone` nil: the system's (`ClockZone.system`).
    public init(workbook: Workbook, store: WorkbookStore, size: Size = Size(width: 80, height: 24),
                backgroundStore: (any WorkbookStore & Sendable)? = nil, preferences: Preferences = Preferences(),
                timeZone: TimeZone? = nil) {
        self.store = store
        self.backgroundSaver = backgroundStore.map(BackgroundSaver.init(store:))
        var notes: [String: String] = [:]
        var failures: [String] = []
        let sections = workbook.sections.filter { !$0.itemsToCome }
        notesToCome = workbook.sections.filter(\.itemsToCome).map(\.key)
        // One read for all (1 MB of notes in 18 sections: 18 transactions cost more than the bodies);
        // if that fails, section by section, so one unreadable section does not hide the others.
        if let all = try? store.notes(guideID: workbook.guideID, sectionKeys: sections.map(\.key)) {
            notes = all
        } else {
            for section in sections {
                do { notes[section.key] = try store.notes(guideID: workbook.guideID, sectionKey: section.key) }
                catch { failures.append(section.displayName) }
            }
        }
        state = AppState(workbook: workbook, notes: notes, size: size)
        state.session.preferences = preferences
        state.panes.journal.timeZone = timeZone
        state.tools.timeZone = timeZone
        state.tools.itemTools = store.tools(guideID: workbook.guideID)
        state.panes.guide.safetyNotes = store.safetyNotes(guideID: workbook.guideID)
        // What was read above is as of this version: a change made after it is noticed when idle.
        state.session.changes.seenVersion = try? store.dataVersion()
        if let first = failures.first {
            state.message = StatusMessage("Could not read the notes of \(first)", isWarning: true)
        }
    }

    /// Where the person is, for the integrator to remember between runs.
    public var position: Position? {
        get { state.position }
        set { state.position = newValue }
    }

    /// Notes the store has not confirmed (a save failed), with their section's name: after a quit or
    /// shutdown these are what would otherwise be lost, so the caller can keep a copy elsewhere.
    public var unsavedNotes: [(section: String, body: String)] {
        let documents = state.panes.notes.documents
        return documents.keys.sorted().compactMap { key in
            guard let document = documents[key], document.isUnsaved else { return nil }
            let name = state.workbook.sections.first { $0.key == key }?.displayName ?? key
            return (name, document.text)
        } + unsavedEntry
    }

    /// The entry being written, when the store does not have its newest words.
    private var unsavedEntry: [(section: String, body: String)] {
        guard let draft = state.panes.journal.draft, draft.document.isUnsaved, !draft.isBlank else { return [] }
        return [(draft.kind == .draft ? "Unsent draft" : "Journal entry", draft.document.text)]
    }

    /// Shows a message from the integrator (what happened outside the app's own effects).
    public func tell(_ text: String, isWarning: Bool) {
        state.message = StatusMessage(text, isWarning: isWarning)
    }

    public func handle(_ event: InputEvent, now: Date) -> TerminalCommand {
        dispatch(finishedSaves() + [.input(event)], now: now)
    }

    /// `.unchanged` when no timer was due and no background save finished: idle then leaves the
    /// state as it was, and the terminal loop skips a render that would draw the same frame.
    public func idle(now: Date) -> TerminalCommand {
        let finished = finishedSaves()
        guard !finished.isEmpty || withStateInPlace({ $0.idleHasWork(now: now) }) else { return .unchanged }
        return dispatch(finished + [.idle], now: now)
    }

    /// Blocks until background autosaves are written, and takes in their results (tests, quitting).
    func waitForBackgroundSaves(now: Date) {
        backgroundSaver?.waitUntilIdle()
        _ = dispatch(finishedSaves(), now: now)
    }

    private func finishedSaves() -> [AppEvent] {
        backgroundSaver?.takeFinished() ?? []
    }

    public func render(size: Size) -> Grid {
        // A section the first frame only counted is never drawn as if it had no items.
        if state.section?.itemsToCome == true { completeWorkbook() }
        return withStateInPlace { RekindleUI.render($0, size: size, reusing: drawings) }
    }

    /// Reads the state where the controller holds it: read from the property for a call, it was
    /// copied first (a retain and a release of each of its parts, every key); an inout access is not.
    private func withStateInPlace<Result>(_ body: (inout AppState) -> Result) -> Result {
        body(&state)
    }

    /// Reads what a workbook loaded for the first frame went without: the items of the sections it
    /// only counted, and their notes. The integrator calls it before the first event or idle is
    /// handled, so nothing ever acts on a section without its items; it does nothing once done. If
    /// the read fails the message says so and the next call tries again.
    public func completeWorkbook() {
        guard !state.workbook.isComplete else { return }
        do {
            let full = try store.loadWorkbook()
            state.takeRestOfWorkbook(full, notes: try store.notes(guideID: full.guideID, sectionKeys: notesToCome))
            notesToCome = []
        } catch {
            state.message = StatusMessage("Could not read the rest of your workbook (\(Self.describe(error)))", isWarning: true)
        }
    }

    /// Saves whatever notes are unsaved; there is no second chance after this.
    public func shutdown(now: Date) {
        waitForBackgroundSaves(now: now)
        _ = run(state.saveEverything(now: now), now: now)
        // Writes waiting for another process's lock get one busy timeout more; notes still
        // unsaved after that are in `unsavedNotes`, for the integrator to keep elsewhere.
        backgroundSaver?.waitUntilDone(limit: Self.shutdownLockWait)
        _ = dispatch(finishedSaves(), now: now)
    }

    /// How long a shutdown by signal waits for writes held up by another process's lock.
    static let shutdownLockWait: TimeInterval = 5

    private func dispatch(_ events: [AppEvent], now: Date) -> TerminalCommand {
        run(events.flatMap { update(&state, $0, now: now) }, now: now)
    }

    /// Carries out effects in order, and those that their results lead to.
    private func run(_ effects: [Effect], now: Date) -> TerminalCommand {
        var command = TerminalCommand.proceed
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .quit: return .quit
            case .suspend: command = .suspend
            case .redraw: command = .redrawAll
            case .then(let event): queue += update(&state, event, now: now)
            default:
                queue += carryOut(effect, now: now).flatMap { update(&state, $0, now: now) }
            }
        }
        return command
    }

    /// Carries out one store effect at once, or hands it to the background saver: autosaves always,
    /// and every write while writes wait there for another process's lock (or when this one finds
    /// the database busy), so the keys never wait for the lock. Returns the events to take in now.
    private func carryOut(_ effect: Effect, now: Date) -> [AppEvent] {
        let guideID = state.workbook.guideID
        guard let saver = backgroundSaver else {
            return [Self.performReporting(effect, guideID: guideID, store: store, now: now)].compactMap { $0 }
        }
        if effect.isBackgroundSave {
            saver.perform(effect, guideID: guideID, now: now)
            return []
        }
        var events: [AppEvent] = []
        if effect.isSave {
            // A save the person waits for lands after any queued autosave, never before it.
            saver.waitUntilIdle()
            events = finishedSaves()
        }
        if saver.isWaitingForLock, !effect.isUnorderedRead {
            // Looked for again once the waiting writes have landed: what the database holds now
            // would take their changes off the screen.
            if effect != .checkForChanges { saver.perform(effect, guideID: guideID, now: now) }
            return events + finishedSaves()
        }
        do {
            let result = try Store.$lockWait.withValue(BackgroundSaver.briefLockWait) {
                try Self.perform(effect, guideID: guideID, store: store, now: now)
            }
            return events + [result].compactMap { $0 }
        } catch let error where Self.isBusy(error) {
            saver.perform(effect, guideID: guideID, now: now, foundBusy: true)
            return events + finishedSaves()
        } catch {
            return events + [Self.failure(of: effect, error)]
        }
    }

    /// Runs one store effect; returns the event that reports its result, or its failure.
    private static func performReporting(_ effect: Effect, guideID: String, store: WorkbookStore, now: Date) -> AppEvent? {
        do { return try perform(effect, guideID: guideID, store: store, now: now) }
        catch { return failure(of: effect, error) }
    }

    /// Runs one store effect; returns the event that reports its result, if any, and throws what the
    /// store threw (on this thread or the background saver's).
    static func perform(_ effect: Effect, guideID: String, store: WorkbookStore, now: Date) throws -> AppEvent? {
        switch effect {
        case let .setDone(id, doneAt):
            try store.setDone(itemID: id, done: doneAt != nil, at: doneAt ?? now)
        case let .addItem(key, title, after):
            let item = try store.addItem(guideID: guideID, sectionKey: key, title: title, after: after)
            return .itemAdded(sectionKey: key, item: item, after: after)
        case let .renameItem(id, title):
            try store.renameItem(id: id, title: title)
        case let .deleteItem(id):
            try store.deleteItem(id: id)
        case let .restoreItem(id):
            try store.restoreItem(id: id)
        case let .reorder(key, ids):
            try store.reorder(guideID: guideID, sectionKey: key, itemIDs: ids)
        case let .saveNotes(save):
            let result = save.inBackground
                ? try store.autosaveNotes(guideID: guideID, sectionKey: save.sectionKey, body: save.body, at: save.at)
                : try store.saveNotes(guideID: guideID, sectionKey: save.sectionKey, body: save.body, at: save.at)
            return .notesSaved(save, replacedOtherVersion: result.isConflict)
        case let .refreshNotes(key):
            // Unchanged notes need no event: the document already holds their text.
            return try store.notesIfChanged(guideID: guideID, sectionKey: key).map { .notesRefreshed(sectionKey: key, body: $0) }
        case let .loadHistory(key):
            return .historyLoaded(sectionKey: key, revisions: try store.noteHistoryPreviews(guideID: guideID, sectionKey: key))
        case let .loadRevision(key, id):
            return .revisionLoaded(sectionKey: key, revision: try store.noteRevision(id: id))
        case .checkForChanges:
            return .dataVersionRead(try store.dataVersion())
        case let .restoreRevision(key, id):
            try store.restoreRevision(id: id)
            return .revisionRestored(sectionKey: key, body: try store.notes(guideID: guideID, sectionKey: key))
        case .reloadWorkbook:
            return .workbookReloaded(try store.loadWorkbook())
        case .loadSupport:
            return .supportLoaded(store.supportSheet())
        case let .hideSafetyNote(key):
            try store.hideSafetyNote(guideID: guideID, sectionKey: key)
        case let .saveEntry(save):
            return try write(save, guideID: guideID, to: store)
        case .loadEntries:
            return .entriesLoaded(try store.entries(guideID: guideID, kinds: [.journal]))
        case let .updateEntry(id, body, mood, at):
            try store.updateEntry(id: id, body: body, mood: mood, at: at)
        case let .loadEntryHistory(id):
            return .entryHistoryLoaded(id: id, revisions: try store.entryRevisions(id: id))
        case let .deleteEntry(id):
            try store.deleteEntry(id: id)
        case let .restoreEntry(id):
            try store.restoreEntry(id: id)
        case .loadTools:
            let kinds = Set(GuideTool.withEntries.compactMap(\.entryKind))
            return .toolsLoaded(ToolsSnapshot(coolingOff: try store.coolingOffSettings(guideID: guideID),
                                              entries: try store.entries(guideID: guideID, kinds: kinds)))
        case let .addToolEntry(add):
            return .toolEntryAdded(try store.addEntry(guideID: guideID, kind: add.kind, sectionKey: add.sectionKey,
                                                      body: add.body, mood: nil, at: add.at, due: add.due))
        case let .setGoalDone(id, done, at):
            try store.setGoalDone(id: id, done: done, at: at)
        case let .setGoalDue(id, due):
            try store.setGoalDue(id: id, due: due)
        case let .setCoolingOff(settings):
            try store.setCoolingOffSettings(settings, guideID: guideID)
        case .then, .quit, .suspend, .redraw:
            break
        }
        return nil
    }

    /// The event that reports `effect` failed with `error`.
    static func failure(of effect: Effect, _ error: Error) -> AppEvent {
        switch effect {
        case .saveNotes(let save): return .notesSaveFailed(save, reason: describe(error))
        case .saveEntry(let save): return .entrySaveFailed(save, reason: describe(error))
        default: return .effectFailed(effect, reason: describe(error))
        }
    }

    /// Another process held the write lock: nothing was written, and the same write may be tried again.
    static func isBusy(_ error: Error) -> Bool {
        if case StoreError.busy = error { true } else { false }
    }

    /// Writes an entry (adding it the first time); what it returns says how it went. Autosaves may
    /// fold into the revision of the same writing session, as notes' do.
    private static func write(_ save: EntrySave, guideID: String, to store: WorkbookStore) throws -> AppEvent {
        if let id = save.entryID {
            if save.inBackground {
                try store.autosaveEntry(id: id, body: save.body, mood: save.mood, at: save.savedAt)
            } else {
                try store.updateEntry(id: id, body: save.body, mood: save.mood, at: save.savedAt)
            }
            return .entrySaved(save, Entry(id: id, kind: save.kind, at: save.at, body: save.body, mood: save.mood,
                                           sectionKey: save.sectionKey, updatedAt: save.savedAt))
        }
        let entry = try store.addEntry(guideID: guideID, kind: save.kind, sectionKey: save.sectionKey,
                                       body: save.body, mood: save.mood, at: save.at, due: nil)
        return .entrySaved(save, entry)
    }

    /// A short, human reason for a status line.
    static func describe(_ error: Error) -> String {
        let text = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
        return text.split(separator: "\n").first.map(String.init) ?? "unknown error"
    }
}
