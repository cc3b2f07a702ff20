/// The panes a person moves between, in their order on screen (and in the one-pane tab line).
/// A new pane is a case here, its folder under `Panes/`, and a place in `ScreenLayout`.
public enum Pane: String, CaseIterable, Sendable, Codable {
    case steps, guide, notes, journal

    public var title: String {
        switch self {
        case .steps: "Steps"
        case .guide: "Guide"
        case .notes: "Notes"
        case .journal: "Journal"
        }
    }

    /// The code that draws the pane and answers its keys.
    var component: any PaneComponent.Type {
        switch self {
        case .steps: StepsPane.self
        case .guide: GuidePane.self
        case .notes: NotesPane.self
        case .journal: JournalPane.self
        }
    }

    /// The key-map context of the pane's own keys.
    var keyContext: KeyContext {
        switch self {
        case .steps: .steps
        case .guide: .guide
        case .notes: .notes
        case .journal: .journal
        }
    }
}
