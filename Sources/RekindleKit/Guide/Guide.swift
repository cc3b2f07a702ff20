/// A step-by-step guide as read from a guide file in `Content/`.
///
/// Guide text is content; a person's progress is data kept in the store and keyed by the stable
/// `key`s here, so that fixing a typo or adding an item to a guide file keeps every tick and note.
public struct Guide: Equatable, Sendable {
    /// Stable identifier of the guide (from `{#id}` on the title line, or derived from the title).
    public var id: String
    public var title: String
    /// Introduction first (when the file has one), then the steps and any other sections, in file order.
    public var sections: [GuideSection]

    public init(id: String, title: String, sections: [GuideSection]) {
        self.id = id
        self.title = title
        self.sections = sections
    }

}

public enum SectionKind: String, Equatable, Sendable, Codable {
    /// The text between the guide title and the first heading.
    case introduction
    /// A numbered step (`## Step N: Title`).
    case step
    /// Any other headed section, such as a closing.
    case other
}

public struct GuideSection: Equatable, Sendable, NamedSection {
    /// Stable key, unique within the guide.
    public var key: String
    public var kind: SectionKind
    /// The step number for `.step` sections.
    public var number: Int?
    /// The heading text without the `Step N:` prefix ("Self-Reflection and Understanding").
    public var title: String
    /// Paragraphs of running text, each one logical line (wrapping is the interface's job).
    public var paragraphs: [String]
    public var items: [GuideItem]
    /// 1-based line of the heading in the guide file (the title line for the introduction).
    public var line: Int

    public init(key: String, kind: SectionKind, number: Int?, title: String,
                paragraphs: [String], items: [GuideItem], line: Int) {
        self.key = key
        self.kind = kind
        self.number = number
        self.title = title
        self.paragraphs = paragraphs
        self.items = items
        self.line = line
    }

}

/// A numbered item of a step, which the interface shows as a checklist row.
public struct GuideItem: Equatable, Sendable {
    /// Stable key, unique within its section.
    public var key: String
    public var number: Int
    /// The part before the first ": " ("Evaluate Your Motives").
    public var title: String
    /// The part after it.
    public var text: String
    public var line: Int
    /// The tool the guide attaches to this item (`{#key tool=NAME}`), if any.
    public var tool: GuideTool?

    public init(key: String, number: Int, title: String, text: String, line: Int, tool: GuideTool? = nil) {
        self.key = key
        self.number = number
        self.title = title
        self.text = text
        self.line = line
        self.tool = tool
    }
}

/// A section as the guide names it; the guide's sections and the workbook's share this.
public protocol NamedSection {
    var kind: SectionKind { get }
    var number: Int? { get }
    var title: String { get }
}

extension NamedSection {
    /// How the section is named in lists: "Step 2: Reestablishing Contact", "Introduction".
    public var displayName: String {
        if kind == .step, let number { return "Step \(number): \(title)" }
        return title
    }
}
