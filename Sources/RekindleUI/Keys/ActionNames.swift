/// The names a config file binds keys by. Written out rather than derived from the case names, so
/// renaming a case in the code never breaks a person's config; a new action or context only needs
/// its line here (the compiler asks for it), and KeyNamesTests keeps every name unique.
extension Action {
    public var name: String {
        switch self {
        case .quit: "quit"
        case .help: "help"
        case .nextPane: "next-pane"
        case .previousPane: "previous-pane"
        case .paneLeft: "pane-left"
        case .paneRight: "pane-right"
        case .down: "down"
        case .up: "up"
        case .first: "first"
        case .last: "last"
        case .pageDown: "page-down"
        case .pageUp: "page-up"
        case .halfPageDown: "half-page-down"
        case .halfPageUp: "half-page-up"
        case .jumpToSection: "jump-to-step"
        case .jumpToClosing: "jump-to-closing"
        case .enter: "open"
        case .search: "search"
        case .nextMatch: "next-match"
        case .previousMatch: "previous-match"
        case .redraw: "redraw"
        case .suspend: "suspend"
        case .support: "support"
        case .blankScreen: "blank-screen"
        case .messageLog: "messages"
        case .toggle: "toggle"
        case .addItem: "add-item"
        case .editItem: "edit-item"
        case .deleteItem: "delete-item"
        case .moveItemDown: "move-item-down"
        case .moveItemUp: "move-item-up"
        case .undo: "undo"
        case .redo: "redo"
        case .hideSafetyNote: "hide-safety-note"
        case .editNotes: "write-notes"
        case .noteHistory: "note-history"
        case .writeEntry: "write-entry"
        case .editEntry: "edit-entry"
        case .deleteEntry: "delete-entry"
        case .setMood: "set-mood"
        case .toggleJournalFilter: "journal-filter"
        case .openTool: "open-tool"
        case .add: "add"
        case .setCounter: "set-counter"
        case .logContact: "log-contact"
        case .moveToNotes: "move-to-notes"
        case .setTargetDay: "set-target-day"
        case .confirm: "confirm"
        case .cancel: "cancel"
        case .cursorLeft: "cursor-left"
        case .cursorRight: "cursor-right"
        case .cursorUp: "cursor-up"
        case .cursorDown: "cursor-down"
        case .lineStart: "line-start"
        case .lineEnd: "line-end"
        case .wordLeft: "word-left"
        case .wordRight: "word-right"
        case .deleteBackward: "delete-backward"
        case .deleteForward: "delete-forward"
        case .newline: "newline"
        case .tab: "tab"
        case .stopEditing: "stop-editing"
        case .deleteWordBackward: "delete-word-backward"
        case .deleteToLineStart: "delete-to-line-start"
        case .deleteToLineEnd: "delete-to-line-end"
        }
    }
}

extension KeyContext {
    public var name: String {
        switch self {
        case .always: "anywhere"
        case .global: "global"
        case .steps: "steps"
        case .guide: "guide"
        case .notes: "notes"
        case .journal: "journal"
        case .moodPrompt: "mood-prompt"
        case .search: "search"
        case .itemEditor: "item-editor"
        case .notesEditor: "notes-editor"
        case .history: "history"
        case .help: "help"
        case .support: "support"
        case .messageLog: "messages"
        case .toolRoom: "tool"
        case .counter: "counter"
        case .drafts: "drafts"
        case .wins: "wins"
        case .goals: "goals"
        case .toolField: "tool-field"
        }
    }

    /// Contexts where the person types text: a plain character bound here could no longer be typed.
    var takesText: Bool {
        switch self {
        case .always, .search, .itemEditor, .notesEditor, .moodPrompt, .toolField: true
        default: false
        }
    }
}
