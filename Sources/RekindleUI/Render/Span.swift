import Foundation

/// A run of text in one style; a line on screen is a list of spans.
struct Span: Equatable, Sendable {
    var text: String
    var style: Style
    /// The app's own wording or mark ("✎", "Checklist · …"), drawn through the canvas's glyph set;
    /// the guide's and the person's text never is.
    var isAppWording: Bool
    init(_ text: String, _ style: Style = .plain, isAppWording: Bool = false) {
        self.text = text
        self.style = style
        self.isAppWording = isAppWording
    }
}

typealias StyledLine = [Span]

extension Span {
    /// The text split so that every case-insensitive occurrence of `query` is styled as a match.
    /// The match role alone carries the look (the terminal's palette draws it black on yellow, or
    /// reversed without colour): a reverse flag here would invert the palette's colours.
    static func highlighting(_ text: String, query: String, style: Style) -> [Span] {
        // Most frames search for nothing: the text as it is, not a copy of it.
        guard !query.isEmpty else { return [Span(text, style)] }
        var spans: [Span] = []
        var start = text.startIndex
        for found in occurrences(of: query, in: text) {
            if found.lowerBound > start { spans.append(Span(String(text[start..<found.lowerBound]), style)) }
            spans.append(Span(String(text[found]), Style(.match, style.attributes)))
            start = found.upperBound
        }
        if start < text.endIndex || spans.isEmpty { spans.append(Span(String(text[start...]), style)) }
        return spans
    }

    /// Where `query` occurs in `text`, case- and accent-insensitively, without overlaps: what the
    /// screen highlights and the search counts.
    static func occurrences(of query: String, in text: String) -> [Range<String.Index>] {
        guard !query.isEmpty else { return [] }
        var found: [Range<String.Index>] = []
        var rest = text[...]
        while let range = rest.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]), !range.isEmpty {
            found.append(range)
            rest = rest[range.upperBound...]
        }
        return found
    }
}
