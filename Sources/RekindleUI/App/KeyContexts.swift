extension AppState {
    /// The person's first key for an action, for messages that name it ("u brings it back").
    func key(for action: Action, in context: KeyContext) -> String {
        session.preferences.keyMap.firstKey(of: action, in: context)
    }

    /// The key-map contexts in force, most specific first: the overlay's or the open editor's,
    /// else the focused pane's and the browsing ones; Ctrl-C and Ctrl-L work everywhere.
    var keyContexts: [KeyContext] {
        switch overlay {
        case .search?: return [.search, .always]
        case .help?: return [.help, .always]
        case .noteHistory?: return [.history, .always]
        case .support?: return [.support, .always]
        case .messageLog?: return [.messageLog, .always]
        case .tool(let tool)?:
            if panes.journal.isWriting { return [.notesEditor, .always] }
            if tools.field != nil { return [.toolField, .always] }
            return [tool.keyContext, .toolRoom, .always]
        case .blank?: return []
        case nil: break
        }
        if panes.guide.editor != nil { return [.itemEditor, .always] }
        if panes.notes.isEditing || panes.journal.isWriting { return [.notesEditor, .always] }
        if panes.journal.moodPrompt != nil { return [.moodPrompt, .always] }
        return [focus.keyContext, .global, .always]
    }
}
