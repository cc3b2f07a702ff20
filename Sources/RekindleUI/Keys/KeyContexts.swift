extension AppState {
    /// The key-map contexts in force, most specific first: the mode's, else the focused pane's and
    /// the browsing ones; Ctrl-C and Ctrl-L work everywhere.
    public var keyContexts: [KeyContext] {
        switch mode {
        case .browsing: [focus.keyContext, .global, .always]
        case .searching: [.search, .always]
        case .help: [.help, .always]
        case .itemEditor: [.itemEditor, .always]
        case .notesEditing: [.notesEditor, .always]
        case .noteHistory: [.history, .always]
        }
    }
}

extension Pane {
    var keyContext: KeyContext {
        switch self {
        case .steps: .steps
        case .guide: .guide
        case .notes: .notes
        }
    }
}
