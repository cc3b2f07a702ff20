/// One value for each pane, or none. Not a `[Pane: Value]`: the first dictionary keyed by `Pane`
/// cost every start a scan of the runtime's conformance records (0.4 M instructions), and a frame
/// keeps two of them (the panes' rectangles, and their drawings).
struct PerPane<Value> {
    private var values: [Value?] = Array(repeating: nil, count: Pane.allCases.count)

    init() {}

    subscript(pane: Pane) -> Value? {
        get { values[Self.slot(pane)] }
        set { values[Self.slot(pane)] = newValue }
    }

    /// The panes that have a value, with it, in `Pane.allCases` order.
    var present: [(pane: Pane, value: Value)] {
        Pane.allCases.compactMap { pane in self[pane].map { (pane, $0) } }
    }

    private static func slot(_ pane: Pane) -> Int {
        switch pane {
        case .steps: 0
        case .guide: 1
        case .notes: 2
        case .journal: 3
        }
    }
}

extension PerPane: Equatable where Value: Equatable {}
extension PerPane: Sendable where Value: Sendable {}

extension PerPane: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (Pane, Value)...) {
        for (pane, value) in elements { self[pane] = value }
    }
}

/// The panes on screen, each with its outer rectangle.
typealias PaneRects = PerPane<Rect>

extension PerPane<Rect> {
    /// The panes on screen with their rectangles, in `Pane.allCases` order.
    var onScreen: [(pane: Pane, rect: Rect)] { present.map { ($0.pane, $0.value) } }
}
