import Foundation
import RekindleKit

/// Owns the state, runs `update`, and carries out its effects against the store, feeding the
/// results back as events. The terminal layer drives it through `TerminalApp`.
public final class AppController: TerminalApp {
    public private(set) var state: AppState
    private let store: WorkbookStore
    /// Present when autosaves may run off the key path (the store is safe to use from another thread).
    private let backgroundSaver: BackgroundSaver?
    /// Reads the workbook again, so a failed checklist write never leaves the screen showing a
    /// change the database does not have.
    private let reloadWorkbook: (() throws -> Workbook)?

    /// Loads every section's notes up front (a handful of small texts) so search covers them.
    /// With `backgroundStore` (normally the same store), autosaves are written on a background queue.
    public init(workbook: Workbook, store: WorkbookStore, size: Size = Size(width: 80, height: 24),
                backgroundStore: (any WorkbookStore & Sendable)? = nil,
                reloadWorkbook: (() throws -> Workbook)? = nil) {
        self.store = store
        self.reloadWorkbook = reloadWorkbook
        self.backgroundSaver = backgroundStore.map(BackgroundSaver.init(store:))
        var notes: [String: String] = [:]
        var failures: [String] = []
        // One read for all (1 MB of notes in 18 sections: 18 transactions cost more than the bodies);
        // if that fails, section by section, so one unreadable section does not hide the others.
        if let all = try? store.notes(guideID: workbook.guideID, sectionKeys: workbook.sections.map(\.key)) {
            notes = all
        } else {
            for section in workbook.sections {
                do { notes[section.key] = try store.notes(guideID: workbook.guideID, sectionKey: section.key) }
                catch { failures.append(section.displayName) }
            }
        }
        state = AppState(workbook: workbook, notes: notes, size: size)
        if let first = failures.first {
            state.status = StatusMessage("Could not read the notes of \(first)", isWarning: true)
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
        state.noteDrafts.keys.sorted().compactMap { key in
            guard let draft = state.noteDrafts[key] else { return nil }
            let name = state.workbook.sections.first { $0.key == key }?.displayName ?? key
            return (name, draft.body)
        }
    }

    public func handle(_ event: InputEvent, now: Date) -> TerminalCommand {
        dispatch(finishedSaves() + [.input(event)], now: now)
    }

    /// `.unchanged` when no timer was due and no background save finished: idle then leaves the
    /// state as it was, and the terminal loop skips a render that would draw the same frame.
    public func idle(now: Date) -> TerminalCommand {
        let finished = finishedSaves()
        guard !finished.isEmpty || state.idleHasWork(now: now) else { return .unchanged }
        return dispatch(finished + [.idle], now: now)
    }

    /// Blocks until background autosaves are written, and takes in their results (tests, quitting).
    public func waitForBackgroundSaves(now: Date) {
        backgroundSaver?.waitUntilIdle()
        _ = dispatch(finishedSaves(), now: now)
    }

    private func finishedSaves() -> [AppEvent] {
        backgroundSaver?.takeFinished() ?? []
    }

    public func render(size: Size) -> Grid {
        if state.size != size { _ = update(&state, .input(.resize(size)), now: Date()) }
        return RekindleUI.render(state, size: size)
    }

    /// Saves whatever notes are unsaved; there is no second chance after this.
    public func shutdown(now: Date) {
        waitForBackgroundSaves(now: now)
        for effect in state.quitEffects(now: now) where effect != .quit {
            _ = perform(effect, now: now)
        }
    }

    private func dispatch(_ events: [AppEvent], now: Date) -> TerminalCommand {
        var command = TerminalCommand.proceed
        var queue = events.flatMap { update(&state, $0, now: now) }
        // Only autosaves (a timer, not a key the person is waiting on) go to the background.
        let autosaving = events.last == .idle
        var saveFailed = false
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if case let .saveNotes(key, body, at) = effect, let saver = backgroundSaver {
                if autosaving {
                    saver.save(guideID: state.workbook.guideID, sectionKey: key, body: body, at: at)
                    queue += update(&state, .notesSaveQueued(sectionKey: key), now: now)
                    continue
                }
                // A save the person waits for lands after any queued autosave, never before it.
                saver.waitUntilIdle()
                queue = finishedSaves().flatMap { update(&state, $0, now: now) } + queue
            }
            switch effect {
            case .quit:
                if saveFailed && !state.quitDespiteUnsavedNotes {
                    queue += update(&state, .quitRefused, now: now)
                } else {
                    return .quit
                }
            case .suspend: command = .suspend
            case .redraw: command = .redrawAll
            default:
                guard let result = perform(effect, now: now) else { continue }
                if case .notesSaveFailed = result { saveFailed = true }
                queue += update(&state, result, now: now)
                if case let .effectFailed(failed, _) = result, failed.changesChecklist,
                   let reloaded = try? reloadWorkbook?() {
                    queue += update(&state, .workbookReloaded(reloaded), now: now)
                }
            }
        }
        return command
    }

    /// Runs one store effect; returns the event that reports its result, if any.
    private func perform(_ effect: Effect, now: Date) -> AppEvent? {
        let guideID = state.workbook.guideID
        do {
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
            case let .saveNotes(key, body, at):
                do {
                    let result = try store.saveNotes(guideID: guideID, sectionKey: key, body: body, at: at)
                    return .notesSaved(sectionKey: key, body: body, replacedOtherVersion: result.isConflict)
                } catch {
                    return .notesSaveFailed(sectionKey: key, body: body, reason: Self.describe(error))
                }
            case let .refreshNotes(key):
                return .notesRefreshed(sectionKey: key, body: try store.notes(guideID: guideID, sectionKey: key))
            case let .loadHistory(key):
                return .historyLoaded(sectionKey: key, revisions: try store.noteHistory(guideID: guideID, sectionKey: key))
            case let .restoreRevision(key, id):
                try store.restoreRevision(id: id)
                return .revisionRestored(sectionKey: key, body: try store.notes(guideID: guideID, sectionKey: key))
            case .quit, .suspend, .redraw:
                break
            }
        } catch {
            return .effectFailed(effect, reason: Self.describe(error))
        }
        return nil
    }

    /// A short, human reason for a status line.
    static func describe(_ error: Error) -> String {
        let text = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
        return text.split(separator: "\n").first.map(String.init) ?? "unknown error"
    }
}
