import Foundation

/// Notes text that the store does not have yet. It stays here, in memory and on screen, until a
/// save succeeds: nothing a person wrote is dropped because a disk write failed.
public struct NoteDraft: Equatable, Sendable {
    public var body: String
    /// The last keystroke; autosave waits for a short pause after it.
    public var editedAt: Date
    /// The first keystroke the store does not have yet: without a pause, autosave still runs
    /// `autosaveMaximumDelay` after it, so steady typing is never unsaved for long.
    public var unsavedSince: Date?
    /// Why the last save failed, if it did.
    public var failure: String?
    /// When to try again after a failure.
    public var retryAt: Date?
}

/// The honest answer to "is what I wrote safe?" for one section.
public enum SaveState: Equatable, Sendable {
    case saved
    case unsaved
    case failed(reason: String)

    public var label: String {
        switch self {
        case .saved: "Saved"
        case .unsaved: "Unsaved changes"
        case .failed: "Not saved yet — kept here, retrying"
        }
    }
}

extension AppState {
    /// How long after the last keystroke notes are saved.
    public static let autosaveDelay: TimeInterval = 1
    /// The longest a keystroke stays unsaved while typing goes on without a pause (a SIGKILL or
    /// power cut loses at most this much).
    public static let autosaveMaximumDelay: TimeInterval = 1
    /// How long to wait before trying a failed save again.
    public static let retryDelay: TimeInterval = 5

    /// The notes of a section as the person last wrote them (unsaved text wins over saved text).
    public func notesText(for sectionKey: String) -> String {
        if notesEditorDraftIsStale, let editor = notesEditor, editor.sectionKey == sectionKey { return editor.buffer.text }
        return noteDrafts[sectionKey]?.body ?? notes[sectionKey] ?? ""
    }

    public func saveState(for sectionKey: String) -> SaveState {
        guard let draft = noteDrafts[sectionKey] else { return .saved }
        if let failure = draft.failure { return .failed(reason: failure) }
        return .unsaved
    }
}
