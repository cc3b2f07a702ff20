import Foundation
import RekindleKit

/// The heart of the app: one event changes the state and says what must happen outside.
/// Pure: no I/O, no clock but `now`, so every behaviour is testable with a plain value.
public func update(_ state: inout AppState, _ event: AppEvent, now: Date) -> [Effect] {
    switch event {
    case .input(.resize(let size)):
        state.size = size
        state.relayoutNotesEditor()
        if case .help(let scroll) = state.mode { state.mode = .help(scroll: min(scroll, HelpOverlay.maxScroll(for: size))) }
        return []
    case .input(.key(let key)):
        state.status = nil
        return handleKey(key, &state, now: now)
    case .input(.paste(let text)):
        return handlePaste(text, &state, now: now)
    case .input(.mouse(let mouse)):
        guard state.mode == .browsing else { return [] }
        state.handleMouse(mouse)
        return []
    case .idle:
        if state.notesEditorDraftIsStale, !state.autosave(now: now).isEmpty { state.syncNotesEditorDraft() }
        return state.autosave(now: now)
    default:
        return state.handleResult(event, now: now)
    }
}

private func handleKey(_ key: Key, _ state: inout AppState, now: Date) -> [Effect] {
    let binding = KeyMap.binding(for: key, in: state.keyContexts)
    if binding?.context == .always { return state.perform(binding!.action, key: key, now: now) }
    switch state.mode {
    case .browsing:
        guard let binding else { return [] }
        return state.perform(binding.action, key: key, now: now)
    case .searching:
        state.handleSearchKey(key, action: binding?.action)
        return []
    case .help(let scroll):
        state.handleHelpKey(binding?.action, scroll: scroll)
        return []
    case .itemEditor(let draft):
        return state.handleItemEditorKey(key, action: binding?.action, draft: draft, now: now)
    case .notesEditing:
        return state.handleNotesEditorKey(key, action: binding?.action, now: now)
    case .noteHistory(let history):
        return state.handleHistoryKey(binding?.action, history: history)
    }
}

private func handlePaste(_ text: String, _ state: inout AppState, now: Date) -> [Effect] {
    switch state.mode {
    case .searching:
        state.search.field.insert(text)
        state.searchChanged()
    case .itemEditor(var draft):
        draft.line.insert(text)
        state.mode = .itemEditor(draft)
    case .notesEditing:
        state.editNotes(now: now) { $0.insert(text) }
    default:
        break
    }
    return []
}

extension AppState {
    /// Carries out a browsing action (or one of the keys that work everywhere).
    mutating func perform(_ action: Action, key: Key, now: Date) -> [Effect] {
        switch action {
        case .quit: return quitEffects(now: now)
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .help: mode = .help(scroll: 0)
        case .nextPane: focus(step: 1, wrapping: true)
        case .previousPane: focus(step: -1, wrapping: true)
        case .paneRight: focus(step: 1, wrapping: false)
        case .paneLeft: focus(step: -1, wrapping: false)
        case .down: move(by: 1)
        case .up: move(by: -1)
        case .first: move(by: -Int.max / 2)
        case .last: move(by: Int.max / 2)
        case .pageDown: page(by: 1)
        case .pageUp: page(by: -1)
        case .halfPageDown: page(by: 0.5)
        case .halfPageUp: page(by: -0.5)
        case .jumpToSection: if case .char(let digit) = key, let number = digit.wholeNumberValue { jump(to: number) }
        case .enter: focus = .guide
        case .search: startSearch()
        case .nextMatch: goToMatch(step: 1)
        case .previousMatch: goToMatch(step: -1)
        case .cancel: search = SearchState()
        case .toggle: return toggleSelectedItem(now: now)
        case .addItem: startAddingItem()
        case .editItem: startRenamingItem()
        case .deleteItem: return deleteSelectedItem()
        case .moveItemDown: return moveSelectedItem(by: 1)
        case .moveItemUp: return moveSelectedItem(by: -1)
        case .undo: return undoChecklist()
        case .redo: return redoChecklist()
        case .editNotes:
            startEditingNotes()
            // Unless a draft is being kept, edit what the database holds now, not what it held at launch.
            guard let key = notesEditor?.sectionKey, noteDrafts[key] == nil else { return [] }
            return [.refreshNotes(sectionKey: key)]
        case .noteHistory: return section.map { [.loadHistory(sectionKey: $0.key)] } ?? []
        default: break
        }
        return []
    }

    /// Saves every unsaved note, then leaves. The controller refuses the quit (once) if a save fails.
    mutating func quitEffects(now: Date) -> [Effect] {
        if mode == .notesEditing { stopEditingNotes() }
        return pendingSaves(now: now) + [.quit]
    }

    mutating func handleHelpKey(_ action: Action?, scroll: Int) {
        let page = max(1, size.height - 4)
        let step: Int? = switch action {
        case .down: 1
        case .up: -1
        case .pageDown: page
        case .pageUp: -page
        default: nil
        }
        if let step {
            mode = .help(scroll: (scroll + step).clamped(to: 0...HelpOverlay.maxScroll(for: size)))
        } else if action == .cancel {
            mode = .browsing
        }
    }
}
