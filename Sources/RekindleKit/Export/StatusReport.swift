import Foundation

/// The shape of `rekindle status --json`: progress per step, no notes.
///
/// `steps` lists every numbered step and every other section that has checklist items, in
/// workbook order, so the top-level counts are the sums of the listed ones.
public struct StatusReport: Codable, Equatable, Sendable {
    public struct GuideRef: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
    }

    public struct Step: Codable, Equatable, Sendable {
        public var number: Int?
        public var key: String
        public var title: String
        public var done: Int
        public var total: Int
        public var items: [Item]
    }

    public struct Item: Codable, Equatable, Sendable {
        /// Nil (omitted) for the person's own items.
        public var key: String?
        public var title: String
        public var done: Bool
        public var custom: Bool
    }

    public var guide: GuideRef
    public var done: Int
    public var total: Int
    public var steps: [Step]
    /// The cooling-off counter, when the guide has one (omitted otherwise).
    public var counter: CounterReport?
    /// The goals, numbered as `rekindle goals` lists them, when the guide has that tool.
    public var goals: [ToolEntryReport]?

    public init(workbook: Workbook) {
        guide = GuideRef(id: workbook.guideID, title: workbook.title)
        steps = workbook.sections.filter { $0.kind == .step || !$0.items.isEmpty }.map { section in
            Step(number: section.number, key: section.key, title: section.title,
                 done: section.done, total: section.total,
                 items: section.items.map { Item(key: $0.key, title: $0.title, done: $0.isDone, custom: $0.isCustom) })
        }
        done = steps.reduce(0) { $0 + $1.done }
        total = steps.reduce(0) { $0 + $1.total }
    }
}
