import Foundation
import RekindleKit

/// The three panes a person moves between.
public enum Pane: String, CaseIterable, Sendable, Codable {
    case steps, guide, notes

    public var title: String {
        switch self {
        case .steps: "Steps"
        case .guide: "Guide"
        case .notes: "Notes"
        }
    }
}

/// Where the person was, so the integrator can reopen the app there (no file I/O here).
public struct Position: Equatable, Sendable, Codable {
    public var sectionKey: String
    public var pane: Pane
    public init(sectionKey: String, pane: Pane) {
        self.sectionKey = sectionKey
        self.pane = pane
    }
}

/// Everything the screen is a function of. Only `update` changes it; `render` only reads it.
public struct AppState: Equatable, Sendable {
    public var workbook: Workbook
    /// The saved notes of each section, by section key (what the store holds as far as we know).
    public var notes: [String: String]
    public var selectedSection: Int = 0
    public var focus: Pane = .steps
    /// Selected checklist row per section key.
    public var selectedItem: [String: Int] = [:]
    /// First visible line of the guide pane, for the selected section.
    public var guideScroll: Int = 0
    /// First visible line of the notes pane while browsing.
    public var notesScroll: Int = 0
    public var mode: Mode = .browsing
    public var search = SearchState()
    /// One line of feedback ("Undid: tick …"); cleared by the next key.
    public var status: StatusMessage?
    public var undo = ChecklistHistory()
    /// The notes editor while `mode == .notesEditing`.
    public var notesEditor: NotesEditorState?
    /// Notes written but not yet saved, by section key.
    public var noteDrafts: [String: NoteDraft] = [:]
    /// Sections whose autosave is being written in the background; the next one waits for it.
    public var savesInFlight: Set<String> = []
    /// The notes editor's draft has a body older than the buffer: joining a long document into one
    /// string on every keystroke is too slow, so it happens when the draft is about to be saved
    /// (`syncNotesEditorDraft`).
    var notesEditorDraftIsStale = false
    /// Set after a quit was refused because notes could not be saved: the next quit goes through.
    public var quitDespiteUnsavedNotes = false
    /// Terminal size, so that update can reason about what is visible (scrolling, clicks).
    public var size: Size

    public init(workbook: Workbook, notes: [String: String] = [:], size: Size = Size(width: 80, height: 24)) {
        self.workbook = workbook
        self.notes = notes
        self.size = size
    }

    public var section: WorkbookSection? {
        workbook.sections.indices.contains(selectedSection) ? workbook.sections[selectedSection] : nil
    }

    /// Index of the selected checklist row in the selected section, clamped to its items.
    public var itemIndex: Int? {
        guard let section, !section.items.isEmpty else { return nil }
        return min(max(0, selectedItem[section.key] ?? 0), section.items.count - 1)
    }

    public var selectedChecklistItem: ChecklistItem? {
        guard let section, let itemIndex else { return nil }
        return section.items[itemIndex]
    }

    /// Where the person is, for restoring it next time.
    public var position: Position? {
        get { section.map { Position(sectionKey: $0.key, pane: focus) } }
        set {
            guard let newValue,
                  let index = workbook.sections.firstIndex(where: { $0.key == newValue.sectionKey }) else { return }
            selectedSection = index
            focus = newValue.pane
            guideScroll = 0
            notesScroll = 0
        }
    }
}

public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isWarning: Bool
    public init(_ text: String, isWarning: Bool = false) {
        self.text = text
        self.isWarning = isWarning
    }
}
