import Foundation

/// What an entry is for. One model serves the journal and, later, the guide's tools (wins, drafts,
/// contact events, goals): a kind is a stable word stored as text, so a database written by a newer
/// rekindle with kinds this one doesn't know still opens (those entries keep their word).
public struct EntryKind: RawRepresentable, Hashable, Sendable, Codable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A dated piece of the person's own writing in the journal.
    public static let journal = EntryKind(rawValue: "journal")
}

/// How the person felt, if they said: one word of their own, or a number from 1 to 5.
public enum Mood: Equatable, Hashable, Sendable {
    case word(String)
    case scale(Int)

    public static let scaleRange = 1...5
}

/// A dated piece of the person's own writing. `at` is the instant it is about (stored as whole
/// seconds since 1970, UTC; shown in local time); the section is where it was written, if anywhere.
public struct Entry: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var kind: EntryKind
    public var at: Date
    public var body: String
    public var mood: Mood?
    /// The guide section it belongs to; nil for an entry written outside any section.
    public var sectionKey: String?
    /// When the body or mood last changed (equals `createdAt` for an entry never edited).
    public var updatedAt: Date

    public init(id: Int64, kind: EntryKind = .journal, at: Date, body: String, mood: Mood? = nil,
                sectionKey: String?, updatedAt: Date) {
        self.id = id
        self.kind = kind
        self.at = at
        self.body = body
        self.mood = mood
        self.sectionKey = sectionKey
        self.updatedAt = updatedAt
    }
}

/// One saved version of an entry's text (entries keep a history like notes do).
public struct EntryRevision: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var entryID: Int64
    public var body: String
    public var mood: Mood?
    public var savedAt: Date

    public init(id: Int64, entryID: Int64, body: String, mood: Mood?, savedAt: Date) {
        self.id = id
        self.entryID = entryID
        self.body = body
        self.mood = mood
        self.savedAt = savedAt
    }
}
