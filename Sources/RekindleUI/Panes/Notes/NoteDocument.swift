import Foundation

/// One section's notes: the text the store holds, the text being written, and whether it is saved.
///
/// Every change gets a new `version`; a save carries the version it wrote, so a result that
/// comes back after more typing never marks the newer text as saved. Nothing a person wrote is
/// dropped because a disk write failed: unsaved text stays here until a save succeeds.
struct NoteDocument: Equatable, Sendable {
    /// The text as the store holds it, as far as this copy of rekindle knows; nil while the editor
    /// is open. The editor's lines are then the one copy (of this text, or of newer): keeping this
    /// one too held a 1 MB note twice while it was written, and three times at its saves (issue 15).
    private(set) var saved: String?
    /// The editor, while these notes are being written: the one copy of the text being edited.
    var editor: NotesEditorState?
    /// Text the store does not have yet, outside the editor (after leaving it with a save pending
    /// or failed). Nil while editing, and when `saved` is the text.
    var pending: String?
    private(set) var version = 0
    private(set) var savedVersion = 0
    /// When the unsaved change began and was last touched; nil while saved.
    private(set) var timing: UnsavedTiming?
    /// Why the last save failed, and when to try again.
    private(set) var failure: SaveFailure?
    /// An autosave of this document is being written in the background; the next waits for it.
    var saveInFlight = false

    init(saved: String) {
        self.saved = saved
    }

    /// The notes as the person last wrote them. Joins the editor's lines: not for every keystroke.
    var text: String { editor?.buffer.text ?? pending ?? saved ?? "" }

    var isUnsaved: Bool { version != savedVersion }

    var saveState: SaveState {
        if let failure { return .failed(reason: failure.reason) }
        return isUnsaved ? .unsaved : .saved
    }

    /// Records that the text changed (a keystroke, or text put in outside the editor).
    mutating func changed(now: Date) {
        version += 1
        if timing == nil { timing = UnsavedTiming(editedAt: now, unsavedSince: now) }
        timing?.editedAt = now
    }

    /// The store holds the text of `version` now; anything typed since is still unsaved.
    mutating func didSave(_ body: String, version saved: Int, now: Date) {
        self.saved = editor == nil ? body : nil
        savedVersion = max(savedVersion, saved)
        failure = nil
        if isUnsaved {
            timing?.unsavedSince = now
        } else {
            timing = nil
            pending = nil
        }
    }

    /// The text is the store's again without a write (typing undone, or a revision restored).
    mutating func matchesStore() {
        savedVersion = version
        timing = nil
        failure = nil
        pending = nil
    }

    mutating func saveFailed(reason: String, retryAt: Date) {
        failure = SaveFailure(reason: reason, retryAt: retryAt)
    }

    /// Opens the editor on the text as last written (the notes pane and the journal's entry editor
    /// share this, and everything below it: one way of never losing a word).
    mutating func openEditor() {
        editor = NotesEditorState(text: text)
        pending = nil
        saved = nil
    }

    /// Closes the editor; text the store does not have yet stays here as `pending`, and text it
    /// has is `saved` again.
    mutating func closeEditor() {
        guard let open = editor else { return }
        if isUnsaved { pending = open.buffer.text } else { saved = open.buffer.text }
        editor = nil
    }

    /// The store holds `body` (another copy saved it, or a revision was restored): it becomes
    /// this document's text, in the editor too when it is open.
    mutating func takeStored(_ body: String) {
        if editor != nil {
            editor = NotesEditorState(text: body)
        } else {
            saved = body
        }
    }

    /// Whether `body` is the text this copy last knew the store to hold. While the editor is open
    /// and nothing is unsaved, that is the editor's text, compared line by line without joining.
    func knowsStored(_ body: String) -> Bool {
        guard let open = editor else { return body == saved }
        return !isUnsaved && open.buffer.lines.joinedEqual(body)
    }

    /// Applies an edit to the editor's buffer and records a change when the text changed.
    mutating func edit(now: Date, _ change: (inout TextBuffer) -> Void) {
        guard var open = editor else { return }
        // Out of the document while it changes, so the buffer's lines are not copied.
        editor = nil
        let before = open.buffer.changeCount
        change(&open.buffer)
        editor = open
        if open.buffer.changeCount != before { changed(now: now) }
    }

    /// Keeps the editor's scroll so the cursor stays in view in a `width` x `height` area.
    mutating func relayoutEditor(width: Int, height: Int) {
        guard var open = editor else { return }
        editor = nil
        open.relayout(width: width, height: height)
        editor = open
    }

    /// The text and version to write now, or nil when the text is what the store has. A save in
    /// the background marks itself in flight, so the next autosave waits for it.
    mutating func takeSave(inBackground: Bool) -> (body: String, version: Int)? {
        let body = text
        // While an autosave is being written, `saved` may not be what the store will hold: a
        // person who took their change back still needs this save to land after it.
        guard body != saved || failure != nil || saveInFlight else {
            matchesStore()
            return nil
        }
        if inBackground { saveInFlight = true }
        return (body, version)
    }

    /// A save of `version` failed: returns whether that matters (no later save stored newer text).
    mutating func saveFailed(version failed: Int, inBackground: Bool, reason: String, now: Date) -> Bool {
        if inBackground { saveInFlight = false }
        guard failed > savedVersion else { return false }
        saveFailed(reason: reason, retryAt: now.addingTimeInterval(NotesPaneState.retryDelay))
        return true
    }

    /// Whether an autosave is due: typing paused for `delay`, typing went on for `delay` without
    /// a pause (the longest a keystroke stays unsaved, so a SIGKILL or power cut loses at most
    /// that much), or a failed save's retry time came.
    func autosaveIsDue(now: Date, delay: TimeInterval) -> Bool {
        guard isUnsaved, !saveInFlight, let timing else { return false }
        if let failure { return now >= failure.retryAt }
        return now.timeIntervalSince(timing.editedAt) >= delay || now.timeIntervalSince(timing.unsavedSince) >= delay
    }
}

struct UnsavedTiming: Equatable, Sendable {
    /// The last keystroke; autosave waits for a short pause after it.
    var editedAt: Date
    /// The first keystroke the store does not have yet: without a pause, autosave still runs
    /// the autosave delay after it, so steady typing is never unsaved for long.
    var unsavedSince: Date
}

struct SaveFailure: Equatable, Sendable {
    var reason: String
    var retryAt: Date
}

/// The honest answer to "is what I wrote safe?" for one section.
enum SaveState: Equatable, Sendable {
    case saved
    case unsaved
    case failed(reason: String)

    var label: String {
        switch self {
        case .saved: "Saved"
        case .unsaved: "Unsaved changes"
        case .failed: "Not saved yet — kept here, retrying"
        }
    }
}
