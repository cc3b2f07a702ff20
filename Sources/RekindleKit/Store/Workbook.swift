import Foundation

/// A guide together with one person's progress: what the interface and the command line show.
public struct Workbook: Equatable, Sendable {
    public var guideID: String
    public var title: String
    /// Sections in display order. Sections that vanished from the guide file but still hold the
    /// person's notes or items come last, with `inGuide == false`.
    public var sections: [WorkbookSection]

    public init(guideID: String, title: String, sections: [WorkbookSection]) {
        self.guideID = guideID
        self.title = title
        self.sections = sections
    }

    public var done: Int { sections.reduce(0) { $0 + $1.done } }
    public var total: Int { sections.reduce(0) { $0 + $1.total } }
    /// False while a section has only its counts (`Store.loadFirstFrame`).
    public var isComplete: Bool { !sections.contains { $0.itemsToCome } }
}

public struct WorkbookSection: Equatable, Sendable, NamedSection {
    public var key: String
    public var kind: SectionKind
    public var number: Int?
    public var title: String {
        didSet { titleWidth = DisplayText.width(of: title) }
    }
    /// Columns the title takes, measured when it changes: the steps pane's width is worked out
    /// from every section's several times a key.
    public private(set) var titleWidth: Int
    public var paragraphs: [String]
    /// Live (not deleted) items in the person's order.
    public var items: [ChecklistItem] {
        didSet { (done, total, itemsToCome) = (Self.countDone(items), items.count, false) }
    }
    /// How many of the items are ticked: counted when they change, not on every frame that shows
    /// it (a step of 10,000 items was walked three times a frame, a sixth of a section switch).
    public private(set) var done: Int
    public private(set) var total: Int
    /// True for a section read by its counts alone, for the interface's first frame: its items come
    /// with the rest of the workbook, before anything can act on them (`AppController`).
    public private(set) var itemsToCome = false
    /// False when the guide file no longer has this section (kept because it holds the person's data).
    public var inGuide: Bool

    public init(key: String, kind: SectionKind, number: Int?, title: String, paragraphs: [String],
                items: [ChecklistItem], inGuide: Bool = true) {
        self.key = key
        self.kind = kind
        self.number = number
        self.title = title
        self.titleWidth = DisplayText.width(of: title)
        self.paragraphs = paragraphs
        self.items = items
        self.done = Self.countDone(items)
        self.total = items.count
        self.inGuide = inGuide
    }

    /// A section whose items are still to be read: `done` of `total` ticked.
    public static func counted(key: String, kind: SectionKind, number: Int?, title: String, paragraphs: [String],
                               done: Int, total: Int, inGuide: Bool = true) -> WorkbookSection {
        var section = WorkbookSection(key: key, kind: kind, number: number, title: title, paragraphs: paragraphs,
                                      items: [], inGuide: inGuide)
        (section.done, section.total, section.itemsToCome) = (done, total, total > 0)
        return section
    }

    private static func countDone(_ items: [ChecklistItem]) -> Int { items.reduce(0) { $0 + ($1.isDone ? 1 : 0) } }
}

/// One checklist row: an item of the guide, or one the person added.
public struct ChecklistItem: Equatable, Sendable, Identifiable {
    /// Row id in the store; stable for the life of the database.
    public var id: Int64
    /// The guide's key for guide items; nil for the person's own items.
    public var key: String?
    public var title: String
    /// Body text (guide items); empty for most of the person's own items.
    public var text: String
    public var doneAt: Date?
    /// False for a guide item whose key no longer appears in the guide file ("from an earlier version").
    public var inGuide: Bool

    public init(id: Int64, key: String?, title: String, text: String, doneAt: Date?, inGuide: Bool = true) {
        self.id = id
        self.key = key
        self.title = title
        self.text = text
        self.doneAt = doneAt
        self.inGuide = inGuide
    }

    public var isCustom: Bool { key == nil }
    public var isDone: Bool { doneAt != nil }
}

/// One saved version of a section's notes.
public struct NoteRevision: Equatable, Sendable {
    public var id: Int64
    public var body: String
    public var savedAt: Date

    public init(id: Int64, body: String, savedAt: Date) {
        self.id = id
        self.body = body
        self.savedAt = savedAt
    }
}

/// How far a section has come, as `rekindle status` prints it (`Store.progress`).
public struct SectionProgress: Equatable, Sendable {
    /// Past this many items a section's line gives its count alone: its marks would run off the line.
    public static let marksDrawnUpTo = 32

    public var done: Int
    public var total: Int
    /// Whether each live item is ticked, in the person's order; nil past `marksDrawnUpTo`.
    public var marks: [Bool]?
}
