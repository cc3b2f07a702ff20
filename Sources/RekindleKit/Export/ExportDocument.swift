import Foundation

/// The shape of `rekindle export --format json`: everything a person would want to keep,
/// including the guide text as they saw it, their notes, and when they ticked each item.
public struct ExportDocument: Codable, Equatable, Sendable {
    public struct Section: Codable, Equatable, Sendable {
        public var key: String
        public var kind: SectionKind
        public var number: Int?
        public var title: String
        public var inGuide: Bool
        public var paragraphs: [String]
        public var done: Int
        public var total: Int
        public var items: [Item]
        /// Omitted when the section has no notes.
        public var notes: String?
    }

    public struct Item: Codable, Equatable, Sendable {
        public var key: String?
        public var title: String
        public var text: String
        public var done: Bool
        public var doneAt: Date?
        public var custom: Bool
        public var inGuide: Bool
    }

    public var guide: StatusReport.GuideRef
    public var done: Int
    public var total: Int
    public var sections: [Section]
    /// The person's support card (`Store.supportCard()`); omitted when it was never written.
    public var supportCard: String?

    /// `notes` maps section keys to note bodies (`Store.allNotes(guideID:)`).
    public init(workbook: Workbook, notes: [String: String], supportCard: String = "") {
        self.supportCard = supportCard.isEmpty ? nil : supportCard
        guide = StatusReport.GuideRef(id: workbook.guideID, title: workbook.title)
        done = workbook.done
        total = workbook.total
        sections = workbook.sections.map { section in
            Section(key: section.key, kind: section.kind, number: section.number, title: section.title,
                    inGuide: section.inGuide, paragraphs: section.paragraphs,
                    done: section.done, total: section.total,
                    items: section.items.map {
                        Item(key: $0.key, title: $0.title, text: $0.text, done: $0.isDone, doneAt: $0.doneAt,
                             custom: $0.isCustom, inGuide: $0.inGuide)
                    },
                    notes: notes[section.key].flatMap { $0.isEmpty ? nil : $0 })
        }
    }
}
