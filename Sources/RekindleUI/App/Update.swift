import Foundation
import RekindleKit

/// The heart of the app: one event changes the state and says what must happen outside.
/// Pure: no I/O, no clock but `now`, so every behaviour is testable with a plain value.
///
/// A router: keys go to the open overlay or editor, else to the focused pane's component, with
/// the browsing keys every pane shares handled here; results of effects go to the pane they
/// concern. After every event the journal's list follows the clock, its entries and the section.
func update(_ state: inout AppState, _ event: AppEvent, now: Date) -> [Effect] {
    defer {
        state.refreshJournal(now: now)
        state.tools.now = now
    }
    return route(&state, event, now: now)
}

private func route(_ state: inout AppState, _ event: AppEvent, now: Date) -> [Effect] {
    switch event {
    case .input(.resize(let size)):
        state.size = size
        state.keepEverythingInView()
        return []
    case .input(.key(let key)):
        state.messages.keyPressed()
        return state.handleKey(key, now: now)
    case .input(.paste(let text)):
        state.handlePaste(text, now: now)
        return []
    case .input(.mouse(let mouse)):
        guard state.isBrowsing else { return [] }
        return state.handleMouse(mouse, now: now)
    case .idle:
        return state.dueAutosaves(now: now) + state.checkForChanges(now: now) + state.readJournalIfNeeded()
            + state.readToolsIfNeeded()
    case .dataVersionRead(let version):
        return state.dataVersionRead(version)
    case let .itemAdded(sectionKey, item, after):
        state.insertAddedItem(item, sectionKey: sectionKey, after: after)
        return []
    case let .historyLoaded(key, revisions):
        state.overlay = .noteHistory(NoteHistoryState(sectionKey: key, revisions: revisions))
        return []
    case let .revisionLoaded(key, revision):
        state.showRevision(revision, sectionKey: key)
        return []
    case .effectFailed(.checkForChanges, _):
        // A missed look for others' changes is no failure of the person's: the next one may work.
        return []
    case .effectFailed(.reloadWorkbook, let reason):
        state.message = StatusMessage("Could not read the checklist again from the database: \(reason)", isWarning: true)
        return []
    case .effectFailed(.loadEntries, let reason):
        // Read again at the next idle tick only if another copy writes; the list stays as it was.
        state.message = StatusMessage(Effect.loadEntries.failureMessage(reason), isWarning: true)
        return []
    case .effectFailed(.loadTools, let reason):
        state.tools.isReading = false
        state.message = StatusMessage(Effect.loadTools.failureMessage(reason), isWarning: true)
        return []
    case let .effectFailed(effect, reason):
        state.message = StatusMessage(effect.failureMessage(reason), isWarning: true)
        return state.recover(from: effect)
    case let .workbookReloaded(reloaded):
        state.takeReloadedWorkbook(reloaded)
        return []
    case .quitRequested:
        return state.session.writesWaiting ? state.quitOnceWritten() : state.quitIfSaved()
    case .writesWaiting(let waiting):
        return state.writesWaitingChanged(waiting, now: now)
    case .supportLoaded(let sheet):
        state.showSupport(sheet)
        return []
    case .notesSaved, .notesSaveFailed, .notesRefreshed, .revisionRestored:
        state.handleNotesResult(event, now: now)
        return []
    case let .entryHistoryLoaded(id, revisions):
        state.showEntryHistory(id: id, revisions: revisions)
        return []
    case .entriesLoaded(let entries):
        state.takeEntries(entries)
        return []
    case .toolsLoaded(let snapshot):
        state.takeTools(snapshot)
        return []
    case .toolEntryAdded(let entry):
        state.toolEntryAdded(entry)
        return []
    case .entrySaved, .entrySaveFailed:
        state.handleEntrySaveResult(event, now: now)
        return []
    }
}

extension AppState {
    fileprivate mutating func handleKey(_ key: Key, now: Date) -> [Effect] {
        let binding = session.preferences.keyMap.binding(for: key, in: keyContexts)
        if binding?.context == .always { return perform(binding!.action, key: key, now: now) }
        switch overlay {
        case .search?:
            handleSearchKey(key, action: binding?.action)
            return []
        case let .help(scroll, returnTo)?:
            handleHelpKey(binding?.action, scroll: scroll, returnTo: returnTo)
            return []
        case .noteHistory(let history)?:
            return handleHistoryKey(binding?.action, history: history, now: now)
        case .support(let screen)?:
            handleSupportKey(binding?.action, screen: screen)
            return []
        case .blank(let returnTo)?:
            overlay = returnTo
            return []
        case .messageLog(let scroll)?:
            handleMessageLogKey(binding?.action, scroll: scroll)
            return []
        case .tool(let tool)?:
            return handleToolKey(key, action: binding?.action, tool: tool, now: now)
        case nil:
            break
        }
        if let draft = panes.guide.editor { return handleItemEditorKey(key, action: binding?.action, draft: draft) }
        if panes.notes.isEditing { return handleNotesEditorKey(key, action: binding?.action, now: now) }
        if panes.journal.isWriting { return handleEntryEditorKey(key, action: binding?.action, now: now) }
        if let prompt = panes.journal.moodPrompt {
            return handleMoodPromptKey(key, action: binding?.action, prompt: prompt, now: now)
        }
        guard let binding else { return [] }
        return perform(binding.action, key: key, now: now)
    }

    fileprivate mutating func handlePaste(_ text: String, now: Date) {
        // A paste is a key like any other: it brings a blanked screen back, and then lands.
        if case .blank(let returnTo)? = overlay { overlay = returnTo }
        if case .tool? = overlay, panes.journal.isWriting {
            editEntry(now: now) { $0.insert(text) }
            return
        }
        if case .tool? = overlay, var field = tools.field {
            field.line.insert(text)
            tools.field = field
            return
        }
        if let overlay, overlay != .search {
            message = StatusMessage("Nothing was pasted here — close this (\(key(for: .cancel, in: keyContexts.first ?? .global))) and paste again")
            return
        }
        if overlay == .search {
            search.field.insert(text)
            searchChanged()
        } else if var draft = panes.guide.editor, overlay == nil {
            draft.line.insert(text)
            panes.guide.editor = draft
        } else if var prompt = panes.journal.moodPrompt, overlay == nil {
            prompt.field.insert(text)
            panes.journal.moodPrompt = prompt
        } else if panes.journal.isWriting, overlay == nil {
            editEntry(now: now) { $0.insert(text) }
        } else if overlay == nil {
            editNotes(now: now) { $0.insert(text) }
        }
    }

    /// Carries out a browsing action (or one of the keys that work everywhere): the pane's own
    /// bindings go to its component, the shared ones are handled here.
    fileprivate mutating func perform(_ action: Action, key: Key, now: Date) -> [Effect] {
        let pane = focus.component
        switch action {
        case .quit: return saveEverything(now: now) + [.then(.quitRequested)]
        case .redraw: return [.redraw]
        case .support: return [.loadSupport]
        case .blankScreen: overlay = .blank(returnTo: overlay)
        case .suspend: return [.suspend]
        case .help: overlay = .help(scroll: 0)
        case .nextPane: focus(step: 1, wrapping: true)
        case .previousPane: focus(step: -1, wrapping: true)
        case .paneRight: focus(step: 1, wrapping: false)
        case .paneLeft: focus(step: -1, wrapping: false)
        case .down: pane.move(by: 1, in: &self)
        case .up: pane.move(by: -1, in: &self)
        case .first: pane.move(by: -Int.max / 2, in: &self)
        case .last: pane.move(by: Int.max / 2, in: &self)
        case .pageDown: pane.page(by: 1, in: &self)
        case .pageUp: pane.page(by: -1, in: &self)
        case .halfPageDown: pane.page(by: 0.5, in: &self)
        case .halfPageUp: pane.page(by: -0.5, in: &self)
        case .jumpToSection: if case .char(let digit) = key, let number = digit.wholeNumberValue { jump(to: number) }
        case .jumpToClosing: jumpToClosing()
        case .editNotes: return startEditingNotes()
        case .writeEntry: return startNewEntry(now: now)
        case .search: startSearch()
        case .nextMatch: goToMatch(step: 1)
        case .previousMatch: goToMatch(step: -1)
        case .cancel: if !messages.dismiss() { search.isKept = false }
        case .messageLog: overlay = .messageLog(scroll: 0)
        default: return pane.perform(action, key: key, in: &self, now: now)
        }
        return []
    }

    fileprivate mutating func focus(step: Int, wrapping: Bool) {
        let panes = Pane.allCases
        let index = panes.firstIndex(of: focus)! + step
        if wrapping {
            focus = panes[(index + panes.count) % panes.count]
        } else if panes.indices.contains(index) {
            focus = panes[index]
        }
    }

    /// Clicks select what is under them and focus that pane; the wheel scrolls the pane under it.
    fileprivate mutating func handleMouse(_ mouse: MouseEvent, now: Date) -> [Effect] {
        let layout = screenLayout(size: size, focus: focus)
        if let tabs = layout.tabLine, tabs.contains(mouse.position) {
            if mouse.button == .left, let pane = layout.tab(at: mouse.position) { focus = pane }
            return []
        }
        guard let pane = layout.pane(at: mouse.position) else { return [] }
        switch mouse.button {
        case .wheelUp: pane.component.wheel(by: -3, in: &self)
        case .wheelDown: pane.component.wheel(by: 3, in: &self)
        case .left:
            focus = pane
            guard let content = layout.content(of: pane), content.contains(mouse.position) else { return [] }
            return pane.component.click(row: mouse.position.y - content.y, column: mouse.position.x - content.x,
                                        content: content, in: &self, now: now)
        }
        return []
    }

    /// After a resize every pane keeps what it shows in view.
    fileprivate mutating func keepEverythingInView() {
        for pane in Pane.allCases { pane.component.keepInView(&self) }
        if case let .help(scroll, returnTo) = overlay {
            overlay = .help(scroll: min(scroll, HelpOverlay.maxScroll(for: size, keyMap: session.preferences.keyMap)), returnTo: returnTo)
        }
    }

    /// A failed store write is taken back on screen at once, and the checklist is read again from
    /// the database, so the screen never claims a change the database does not have.
    fileprivate mutating func recover(from effect: Effect) -> [Effect] {
        if effect.changesEntries { return [.loadEntries, .loadTools] }
        guard effect.changesChecklist else { return [] }
        revertFailedTick(effect)
        return [.reloadWorkbook]
    }

    /// Stays on the same section; the undo history described changes the database may not have.
    /// The whole workbook, after a first frame drawn from part of it (`AppController.completeWorkbook`),
    /// with the notes of the sections that came without them.
    mutating func takeRestOfWorkbook(_ full: Workbook, notes: [String: String]) {
        takeReloadedWorkbook(full)
        for (key, body) in notes where panes.notes.documents[key] == nil {
            panes.notes.documents[key] = NoteDocument(saved: body)
        }
    }

    fileprivate mutating func takeReloadedWorkbook(_ reloaded: Workbook) {
        let key = section?.key
        workbook = reloaded
        panes.steps.selected = key.flatMap { key in reloaded.sections.firstIndex { $0.key == key } }
            ?? min(panes.steps.selected, max(0, reloaded.sections.count - 1))
        panes.guide.undo = ChecklistHistory()
    }
}
