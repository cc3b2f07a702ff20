import Foundation
import RekindleKit

/// Incremental search over headings, paragraphs, items, notes, journal entries and what the
/// guide's tools keep (a match there shows the tool's item; Enter on it opens the room on it).
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
        search.matches = Self.matches(of: search.query, in: workbook, entries: searchedEntries, notesOccurrences: notesOccurrences)
        let start = search.origin?.section ?? panes.steps.selected
        search.current = search.matches.firstIndex { $0.section >= start } ?? (search.matches.isEmpty ? nil : 0)
        if let current = search.current { show(search.matches[current]) }
    }

    /// n/N: the next or previous match, saying when the search goes round past the end. After Esc
    /// the query is still there: n/N find it again from the shown section (the text may have
    /// changed since, so the matches are looked for afresh).
    mutating func goToMatch(step: Int) {
        var previous = search.current
        if !search.isKept, !search.query.isEmpty {
            search.matches = Self.matches(of: search.query, in: workbook, entries: searchedEntries, notesOccurrences: notesOccurrences)
            let here = panes.steps.selected
            // Just before the first match in this section or after it (n), or just after the last one before (N).
            previous = step > 0
                ? search.matches.firstIndex { $0.section >= here }.map { $0 - 1 }
                : search.matches.lastIndex { $0.section <= here }.map { $0 + 1 }
        }
        guard !search.matches.isEmpty else {
            message = StatusMessage(search.query.isEmpty ? "No search yet — press \(key(for: .search, in: .global)) to search" : "No matches")
            return
        }
        let count = search.matches.count
        let next = ((previous ?? (step > 0 ? count - 1 : 0)) + step + count) % count
        search.current = next
        search.isKept = true
        show(search.matches[next])
        let wrapped = previous.map { step > 0 ? next <= $0 : next >= $0 } ?? true
        if wrapped { message = StatusMessage((search.summary ?? "") + (step > 0 ? " · wrapped to the top" : " · wrapped to the bottom")) }
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
        case .entry(let id):
            if showInToolItem(id, section: section) { return }
            focus = .journal
            if panes.journal.onlyShownSection, panes.journal.entry(id: id)?.sectionKey != section.key {
                panes.journal.onlyShownSection = false
            }
            panes.journal.select(id: id)
        case .notes:
            focus = .notes
            if let line = firstNotesRow(containing: search.query, sectionKey: section.key) {
                panes.notes.scroll = 0
                NotesPane.scroll(by: line, in: &self)
            }
        }
    }

    /// The first screen row of a section's notes that holds `query`. The notes are wrapped only as
    /// far as that row (in doubling steps, kept by the wrap cache): wrapping all of 10 MB of notes
    /// to find a match near the top froze the first key of a search for seconds.
    private func firstNotesRow(containing query: String, sectionKey: String) -> Int? {
        let rect = contentRect(of: .notes)
        var searched = 0
        var limit = max(64, rect.height * 4)
        while true {
            let rows = NotesPane.wrappedLines(self, sectionKey, width: rect.width, limit: limit)
            if let found = rows[searched...].firstIndex(where: { Self.contains($0, query) }) { return found }
            // Fewer rows than asked for: the notes are wrapped to their end.
            guard rows.count >= limit else { return nil }
            searched = rows.count
            limit *= 2
        }
    }

    /// How often the query occurs in a section's notes (see `FoldedNotes`).
    private func notesOccurrences(_ query: String, _ sectionKey: String) -> Int {
        panes.notes.foldedNotes.occurrences(of: query, in: notesText(for: sectionKey), key: sectionKey)
    }

    /// The journal's entries as search sees them, newest first, then the tools'.
    private var searchedEntries: [Entry] {
        panes.journal.allEntries.map(\.entry) + GuideTool.withEntries.flatMap { tools[$0].entries }
    }

    /// A tool's entry shows as its tool's item, selected in the guide, with the entry chosen in the
    /// room Enter opens; false for an entry of the journal.
    private mutating func showInToolItem(_ id: Int64, section: WorkbookSection) -> Bool {
        guard let entry = storedEntry(id: id), let tool = ToolsState.tool(keeping: entry.kind),
              let index = section.items.firstIndex(where: { $0.key.flatMap { tools.itemTools[$0] } == tool }) else { return false }
        focus = .guide
        selectItem(index, inSection: section.key)
        revealSelectedItem()
        tools[tool].select(id: id)
        return true
    }

    /// Matches in section order; an entry counts under its section (after the notes), entries of
    /// no section at the end.
    static func matches(of query: String, in workbook: Workbook, entries: [Entry] = [],
                        notesOccurrences: (String, String) -> Int) -> [SearchMatch] {
        guard !query.isEmpty else { return [] }
        var found: [SearchMatch] = []
        func add(_ section: Int, _ location: SearchMatch.Location, _ texts: String...) {
            let count = texts.reduce(0) { $0 + Span.occurrences(of: query, in: $1).count }
            if count > 0 { found.append(SearchMatch(section: section, location: location, occurrences: count)) }
        }
        for (index, section) in workbook.sections.enumerated() {
            add(index, .heading, section.displayName)
            for (number, paragraph) in section.paragraphs.enumerated() { add(index, .paragraph(number), paragraph) }
            for (number, item) in section.items.enumerated() { add(index, .item(number), item.title, item.text) }
            let inNotes = notesOccurrences(query, section.key)
            if inNotes > 0 { found.append(SearchMatch(section: index, location: .notes, occurrences: inNotes)) }
            for entry in entries where entry.sectionKey == section.key { add(index, .entry(entry.id), entry.body) }
        }
        let keys = Set(workbook.sections.map(\.key))
        let last = max(0, workbook.sections.count - 1)
        for entry in entries where !keys.contains(entry.sectionKey ?? "") { add(last, .entry(entry.id), entry.body) }
        return found
    }

    /// The same matching rule as the on-screen highlight.
    static func contains(_ text: String, _ query: String) -> Bool {
        text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }
}
