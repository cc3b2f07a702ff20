/// A place in the workbook where the search query occurs.
struct SearchMatch: Equatable, Sendable {
    enum Location: Equatable, Sendable {
        case heading, paragraph(Int), item(Int), notes
    }
    var section: Int
    var location: Location
}

/// The search: the query being typed (or kept after Enter), its matches, and where the person was
/// before it started, so Esc puts them back.
struct SearchState: Sendable {
    var field = LineEditor()
    var matches: [SearchMatch] = []
    var current: Int?
    /// True after Enter: highlights stay and n/N move between matches.
    var isKept = false
    /// Section, focus and item before the search began.
    var origin: SearchOrigin?

    init() {}

    var query: String { field.text }

    /// The text highlighted on screen: the query while typing or after Enter.
    var highlight: String { origin != nil || isKept ? query : "" }
}

/// Where the person was when a search began.
struct SearchOrigin: Equatable, Sendable {
    var section: Int
    var focus: Pane
    var selection: [String: ItemSelection]
    var guideScroll: Int
}

extension SearchState: Equatable {
    /// The prompt's undo history is not part of what a search is.
    static func == (lhs: SearchState, rhs: SearchState) -> Bool {
        lhs.query == rhs.query && lhs.field.cursor == rhs.field.cursor && lhs.matches == rhs.matches
            && lhs.current == rhs.current && lhs.isKept == rhs.isKept && lhs.origin == rhs.origin
    }
}
