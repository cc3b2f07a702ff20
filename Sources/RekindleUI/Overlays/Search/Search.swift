import Foundation
import RekindleKit

/// Incremental search over headings, paragraphs, items and notes.
extension AppState {
    mutating func startSearch() {
        search = SearchState()
        search.origin = SearchOrigin(section: panes.steps.selected, focus: focus, selection: panes.guide.selection,
                                     guideScroll: panes.guide.scroll)
        overlay = .search
    }

    mutating func handleSearchKey(_ key: Key, action: Action?) {
        switch action {
        case .confirm:
            overlay = nil
            search.origin = nil
            search.isKept = !search.query.isEmpty
            return
        case .cancel:
            if let origin = search.origin {
                panes.steps.selected = origin.section
                focus = origin.focus
                panes.guide.selection = origin.selection
                panes.guide.scroll = origin.guideScroll
            }
            search = SearchState()
            overlay = nil
            return
        case .deleteBackward:
            search.field.deleteBackward()
        default:
            guard case .char(let character) = key else { return }
            search.field.insert(String(character))
        }
        searchChanged()
    }

    /// Recomputes the matches and shows the first one at or after where the search began.
    mutating func searchChanged() {
        search.matches = Self.matches(of: search.query, in: workbook, notes: { notesText(for: $0) })
        let start = search.origin?.section ?? panes.steps.selected
        search.current = search.matches.firstIndex { $0.section >= start } ?? (search.matches.isEmpty ? nil : 0)
        if let current = search.current { show(search.matches[current]) }
    }

    mutating func goToMatch(step: Int) {
        guard !search.matches.isEmpty else {
            message = StatusMessage(search.query.isEmpty ? "No search yet — press / to search" : "No matches")
            return
        }
        let count = search.matches.count
        let next = ((search.current ?? -step) + step + count) % count
        search.current = next
        search.isKept = true
        show(search.matches[next])
    }

    /// Selects the section of a match and brings the matching text into view.
    private mutating func show(_ match: SearchMatch) {
        selectSection(match.section)
        guard let section else { return }
        switch match.location {
        case .item(let index):
            focus = .guide
            selectItem(index, inSection: section.key)
            revealSelectedItem()
        case .heading, .paragraph:
            focus = .guide
            let rect = contentRect(of: .guide)
            let document = guideDocument(width: rect.width)
            if let line = document.lines.firstIndex(where: { $0.spans.contains { $0.style.role == .match } }) {
                panes.guide.scroll = max(0, line - 1)
            }
        case .notes:
            focus = .notes
            let lines = NotesPane.wrappedLines(self, section.key, width: contentRect(of: .notes).width)
            if let line = lines.firstIndex(where: { Self.contains($0, search.query) }) {
                panes.notes.scroll = 0
                NotesPane.scroll(by: line, in: &self)
            }
        }
    }

    static func matches(of query: String, in workbook: Workbook, notes: (String) -> String) -> [SearchMatch] {
        guard !query.isEmpty else { return [] }
        var found: [SearchMatch] = []
        for (index, section) in workbook.sections.enumerated() {
            if contains(section.displayName, query) { found.append(SearchMatch(section: index, location: .heading)) }
            for (number, paragraph) in section.paragraphs.enumerated() where contains(paragraph, query) {
                found.append(SearchMatch(section: index, location: .paragraph(number)))
            }
            for (number, item) in section.items.enumerated() where contains(item.title, query) || contains(item.text, query) {
                found.append(SearchMatch(section: index, location: .item(number)))
            }
            if contains(notes(section.key), query) { found.append(SearchMatch(section: index, location: .notes)) }
        }
        return found
    }

    /// The same matching rule as the on-screen highlight.
    static func contains(_ text: String, _ query: String) -> Bool {
        text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }
}
