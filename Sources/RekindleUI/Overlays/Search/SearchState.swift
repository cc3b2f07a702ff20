/// A place in the workbook where the search query occurs.
struct SearchMatch: Equatable, Sendable {
    enum Location: Equatable, Sendable {
        case heading, paragraph(Int), item(Int), notes, entry(Int64)
    }
    var section: Int
    var location: Location
    /// How many times the query occurs there (an item's title and text together).
    var occurrences = 1
}

/// The search: the query being typed (or kept after Enter), its matches, and where the person was
/// before it started, so Esc puts them back.
struct SearchState: Sendable {
    var field = LineEditor()
    var matches: [SearchMatch] = []
    var current: Int?
    /// True after Enter (or n/N): highlights stay and n/N move between matches. Esc clears it
    /// but keeps the query, so n finds it again.
    var isKept = false
    /// Section, focus and item before the search began.
    var origin: SearchOrigin?

    init() {}

    var query: String { field.text }

    /// The text highlighted on screen: the query while typing or after Enter.
    var highlight: String { origin != nil || isKept ? query : "" }

    /// Every highlighted occurrence, across all the places n/N move between.
    var occurrenceCount: Int { matches.reduce(0) { $0 + $1.occurrences } }

    /// What the status line says about a kept search: "“time”: 1 of 2 · n/N · Esc clears", with
    /// the number of highlighted words when places hold more than one.
    var summary: String? {
        guard isKept, !query.isEmpty else { return nil }
        guard !matches.isEmpty else { return "“\(query)”: no matches" }
        let place = "\((current ?? 0) + 1) of \(matches.count)"
        let count = occurrenceCount == matches.count ? place
            : matches.count == 1 ? "\(occurrenceCount) matches in one place"
            : "\(place) places, \(occurrenceCount) matches"
        return "“\(query)”: \(count) · n/N · Esc clears"
    }
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
