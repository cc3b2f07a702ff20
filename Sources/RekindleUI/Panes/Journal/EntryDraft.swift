import Foundation
import RekindleKit

/// An entry being written, new or existing: a journal entry, or an unsent message in the drafts
/// drawer (which shows the editor in its room). Its text lives in a `NoteDocument`, the notes' own
/// machinery: every keystroke is recorded at once, autosave writes after a pause (at most a second
/// after any keystroke), a failed save keeps the words and retries.
struct EntryDraft: Equatable, Sendable {
    var document: NoteDocument
    var kind: EntryKind
    /// The stored entry; nil until the first save adds it. Until then saves are not run in the
    /// background, so a second save can never add it twice.
    var entryID: Int64?
    var sectionKey: String?
    /// The instant the entry is about (when writing began, for a new one).
    var at: Date
    var mood: Mood?

    init(new sectionKey: String?, at: Date, kind: EntryKind = .journal) {
        document = NoteDocument(saved: "")
        self.kind = kind
        self.sectionKey = sectionKey
        self.at = at
    }

    init(editing entry: Entry) {
        document = NoteDocument(saved: entry.body)
        kind = entry.kind
        entryID = entry.id
        sectionKey = entry.sectionKey
        at = entry.at
        mood = entry.mood
    }

    /// A new entry nobody wrote a word in: leaving it saves nothing.
    var isBlank: Bool {
        entryID == nil && document.text.allSatisfy(\.isWhitespace)
    }
}

/// One write of an entry: what to store, the document version it is, and whether it may run in
/// the background (autosaves of an entry that is already stored).
struct EntrySave: Equatable, Sendable {
    var entryID: Int64?
    var kind: EntryKind
    var sectionKey: String?
    var body: String
    var mood: Mood?
    /// The instant the entry is about, and the instant of this write.
    var at: Date
    var savedAt: Date
    var version: Int
    var inBackground: Bool
}
