import Foundation
import RekindleKit

/// Everything the screen is a function of. Only `update` changes it; `render` only reads it.
///
/// It keeps what the panes share; each pane keeps its own state in `panes` (see `PaneComponent`).
struct AppState: Equatable, Sendable {
    var workbook: Workbook
    var focus: Pane = .steps {
        didSet { if focus == .notes || focus == .journal { shelf = focus } }
    }
    /// Which of the notes and the journal holds their shared place on screen (the last focused).
    private(set) var shelf: Pane = .notes
    var panes: Panes
    /// What is drawn over the panes and takes the keys (the search prompt, help, note history).
    var overlay: Overlay?
    /// The last search: its highlights and matches outlive the prompt.
    var search = SearchState()
    /// What the guide's tools keep, and the field open in a tool's room.
    var tools = ToolsState()
    /// The line of feedback ("Undid: tick …") and the ones before it.
    var messages = MessageLog()
    /// Terminal size, so that update can reason about what is visible (scrolling, clicks).
    var size: Size
    /// How this sitting runs: the person's preferences, and what it has seen of the database.
    var session = SessionState()

    init(workbook: Workbook, notes: [String: String] = [:], size: Size = Size(width: 80, height: 24)) {
        self.workbook = workbook
        self.panes = Panes(notes: NotesPaneState(saved: notes))
        self.size = size
    }

    /// The section every pane shows (the one selected in the steps pane).
    var section: WorkbookSection? {
        workbook.sections.indices.contains(panes.steps.selected) ? workbook.sections[panes.steps.selected] : nil
    }

    /// Where the person was, for reopening the app there (no file I/O here).
    var position: Position? {
        get { section.map { Position(sectionKey: $0.key, pane: focus) } }
        set {
            guard let newValue,
                  let index = workbook.sections.firstIndex(where: { $0.key == newValue.sectionKey }) else { return }
            selectSection(index)
            focus = newValue.pane
        }
    }

    /// Nothing but the panes takes the keys: no overlay, no editor open.
    var isBrowsing: Bool {
        overlay == nil && panes.guide.editor == nil && !panes.notes.isEditing && !panes.journal.isWriting
            && panes.journal.moodPrompt == nil
    }

    /// Selects a section, starting its panes at the top.
    mutating func selectSection(_ index: Int) {
        let clamped = index.clamped(to: 0...max(0, workbook.sections.count - 1))
        guard clamped != panes.steps.selected else { return }
        panes.steps.selected = clamped
        panes.guide.scroll = 0
        panes.notes.scroll = 0
    }
}

/// What the app keeps about the sitting itself rather than about any pane.
struct SessionState: Equatable, Sendable {
    var preferences = Preferences()
    /// When the database was last asked for changes made by another copy of rekindle.
    var changes = ChangeWatch()
    /// Changes wait for another process to release the database (see `WaitingWrites`).
    var writesWaiting = false
    /// The person asked to quit while changes waited: rekindle quits once they have landed.
    var quitOnceWritten = false
}

/// How the person wants the interface to behave.
public struct Preferences: Equatable, Sendable {
    /// The title line reads just "rekindle", not the guide's title (someone may see the screen).
    public var discreet: Bool
    /// The key table, with the person's config's keys in it.
    public var keyMap: KeyMap
    /// What the app's own frame and marks are drawn with.
    public var glyphs: GlyphSet
    /// How long typing pauses before the notes are saved.
    public var autosaveDelay: TimeInterval

    public static let standardAutosaveDelay: TimeInterval = 1

    public init(discreet: Bool = false, keyMap: KeyMap = .standard, glyphs: GlyphSet = .unicode,
                autosaveDelay: TimeInterval = standardAutosaveDelay) {
        self.discreet = discreet
        self.keyMap = keyMap
        self.glyphs = glyphs
        self.autosaveDelay = autosaveDelay
    }
}

/// The state of each pane, owned by the pane's own folder under `Panes/`.
struct Panes: Equatable, Sendable {
    var steps = StepsPaneState()
    var guide = GuidePaneState()
    var notes: NotesPaneState
    var journal = JournalPaneState()
}

/// Where the person was, so the integrator can reopen the app there.
public struct Position: Equatable, Sendable, Codable {
    public var sectionKey: String
    public var pane: Pane
    public init(sectionKey: String, pane: Pane) {
        self.sectionKey = sectionKey
        self.pane = pane
    }
}

struct StatusMessage: Equatable, Sendable {
    var text: String
    var isWarning: Bool
    init(_ text: String, isWarning: Bool = false) {
        self.text = text
        self.isWarning = isWarning
    }
}
