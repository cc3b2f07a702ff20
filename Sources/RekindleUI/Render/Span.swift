import Foundation

/// A run of text in one style; a line on screen is a list of spans.
struct Span: Equatable, Sendable {
    var text: String
    var style: Style
    init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

typealias StyledLine = [Span]

extension Span {
    /// The text split so that every case-insensitive occurrence of `query` is styled as a match.
    static func highlighting(_ text: String, query: String, style: Style) -> [Span] {
        guard !query.isEmpty else { return [Span(text, style)] }
        var spans: [Span] = []
        var rest = text[...]
        while let found = rest.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) {
            if found.lowerBound > rest.startIndex { spans.append(Span(String(rest[..<found.lowerBound]), style)) }
            spans.append(Span(String(rest[found]), Style(.match, style.attributes.union(.reverse))))
            rest = rest[found.upperBound...]
            if found.isEmpty { break }
        }
        if !rest.isEmpty || spans.isEmpty { spans.append(Span(String(rest), style)) }
        return spans
    }
}
