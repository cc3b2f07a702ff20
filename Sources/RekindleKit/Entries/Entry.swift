import Foundation

/// What an entry is for. One model serves the journal and, later, the guide's tools (wins, drafts,
/// contact events, goals): a kind is a stable word stored as text, so a database written by a newer
/// rekindle with kinds this one doesn't know still opens (those entries keep their word).
public struct EntryKind: RawRepresentable, Hashable, Sendable, Codable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A dated piece of the person's own writing in the journal.
    public static let journal = EntryKind(rawValue: "journal")
    /// Contact that happened during the cooling-off (its text: what led to it, how it felt).
    public static let contact = EntryKind(rawValue: "contact")
    /// A message written and kept here, never sent.
    public static let draft = EntryKind(rawValue: "draft")
    /// A small win.
    public static let win = EntryKind(rawValue: "win")
    /// A goal, with an optional target day.
    public static let goal = EntryKind(rawValue: "goal")
}

/// How the person felt, if they said: one word of their own, or a number from 1 to 5.
public enum Mood: Equatable, Hashable, Sendable {
    case word(String)
    case scale(Int)

    public static let scaleRange = 1...5
    /// A word longer than this is a sentence: it belongs in the entry's text.
    public static let maximumWordLength = 32

    /// What the person typed after `--mood` (or in the journal's mood field): digits are the scale,
    /// anything else one word. Nil and the reason, in words, when it is neither.
    public static func parse(_ text: String) -> Result<Mood, MoodError> {
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            guard let number = Int(text), scaleRange.contains(number) else { return .failure(.outOfScale(text)) }
            return .success(.scale(number))
        }
        let mood = Mood.word(text)
        return mood.problem.map { .failure($0) } ?? .success(mood)
    }

    /// Why this mood cannot be stored, or nil when it can: a word is one word (no spaces, line
    /// breaks or controls, not only digits) of at most `maximumWordLength` characters; a scale is 1–5.
    public var problem: MoodError? {
        switch self {
        case .scale(let number):
            return Self.scaleRange.contains(number) ? nil : .outOfScale(String(number))
        case .word(let word):
            if word.isEmpty { return .empty }
            // Characters, and bytes too: one character can carry any number of combining marks.
            if word.count > Self.maximumWordLength || word.utf8.count > 4 * Self.maximumWordLength { return .tooLong(word) }
            if word.unicodeScalars.contains(where: Self.breaksAWord) { return .notOneWord(word) }
            if word.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return .outOfScale(word) }
            return nil
        }
    }
}

extension Mood {
    /// Spaces, line breaks, controls and bidi overrides: what a word the screen shows inline may not hold.
    private static func breaksAWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: scalar.properties.isWhitespace
        }
    }
}

/// In JSON a mood is a string (a word) or a number (the scale): `"calm"` or `3`. A word is never
/// only digits, so the two never meet.
extension Mood: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let scale = try? container.decode(Int.self) {
            self = .scale(scale)
        } else {
            self = .word(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .word(let word): try container.encode(word)
        case .scale(let scale): try container.encode(scale)
        }
    }
}

/// Why a mood was refused; `description` is one line saying what to write instead.
public enum MoodError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case notOneWord(String)
    case tooLong(String)
    case outOfScale(String)

    public var description: String {
        let hint = "a mood is one word (such as calm) or a number from 1 to 5"
        switch self {
        case .empty: return "the mood is empty — \(hint)"
        case .notOneWord(let text): return "'\(text)' is more than one word — \(hint); the rest belongs in the entry's text"
        case .tooLong(let text): return "'\(text.prefix(Mood.maximumWordLength))…' is longer than \(Mood.maximumWordLength) characters — \(hint)"
        case .outOfScale(let text): return "\(text) is not on the scale — \(hint)"
        }
    }
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
    /// When it was written (which may be long after `at`: `rekindle log --at` about last week).
    public var createdAt: Date
    /// A goal's target day on the local calendar, if it has one.
    public var due: LocalDay?
    /// When a goal was marked done (it keeps its target day).
    public var doneAt: Date?
    /// When it was deleted; nil for a live entry (only `Store.deletedEntries` lists the others).
    public var deletedAt: Date?

    /// `createdAt` defaults to `updatedAt` (an entry never edited).
    public init(id: Int64, kind: EntryKind = .journal, at: Date, body: String, mood: Mood? = nil,
                sectionKey: String?, updatedAt: Date, createdAt: Date? = nil, due: LocalDay? = nil, doneAt: Date? = nil,
                deletedAt: Date? = nil) {
        self.id = id
        self.due = due
        self.doneAt = doneAt
        self.deletedAt = deletedAt
        self.kind = kind
        self.at = at
        self.body = body
        self.mood = mood
        self.sectionKey = sectionKey
        self.updatedAt = updatedAt
        self.createdAt = createdAt ?? updatedAt
    }

    /// Whether it was changed after it was written.
    public var isEdited: Bool { updatedAt != createdAt }
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
