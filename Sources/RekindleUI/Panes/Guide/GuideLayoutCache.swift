import RekindleKit
import Synchronization

/// The guide pane's laid-out documents, the last one of each section (while no item editor is
/// open), by section key. Owned by the pane's state; copies of the state share it, which is safe
/// because a document from the cache is always equal to one built afresh: it saves time, never
/// changes a result.
final class GuideLayoutCache: Sendable {
    /// What a cached document was built from.
    private struct Inputs {
        var section: WorkbookSection
        var width: Int
        var query: String
        var addition: GuideAddition?
    }

    private typealias Entry = (inputs: Inputs, document: GuideDocument)

    private let entries = Mutex<[String: Entry]>([:])

    /// The document for these inputs: from the cache when nothing changed, re-laying out only the
    /// changed items when the section kept its items in the same order, built afresh otherwise.
    func document(section: WorkbookSection, width: Int, query: String, draft: ItemDraft?,
                  addition: GuideAddition? = nil) -> GuideDocument {
        if let draft {
            // The editor changes a line or two: derive it from the cached document instead of laying
            // out every item again for each key typed into it (40 ms a key in a 10,000-item step).
            if !section.items.isEmpty {
                var document = document(section: section, width: width, query: query, draft: nil, addition: addition)
                if document.insertEditor(for: draft.purpose, items: section.items) { return document }
            }
            return GuideDocument(section: section, width: width, query: query, draft: draft, addition: addition)
        }
        let width = max(1, width)
        return entries.withLock { entries in
            let inputs = Inputs(section: section, width: width, query: query, addition: addition)
            // Taken out of the dictionary, so patching it below does not copy its lines.
            if var entry = entries.removeValue(forKey: section.key), entry.inputs.width == width,
               entry.inputs.query == query, entry.inputs.addition == addition {
                if entry.inputs.section == section {
                    // Equal, but perhaps another copy: the workbook read in full after the first
                    // frame holds the shown step's 10,000 items anew. The newer is kept, so the
                    // first frame's copy is let go (2.3 MB with their titles; as `PaneDrawings`).
                    entry.inputs.section = section
                    entry.document.items = section.items
                    entries[section.key] = entry
                    return entry.document
                }
                if entry.document.patch(from: entry.inputs.section, to: section, width: width, query: query) {
                    entry.inputs = inputs
                    entries[section.key] = entry
                    return entry.document
                }
            }
            let document = GuideDocument(section: section, width: width, query: query, draft: nil, addition: addition)
            entries[section.key] = (inputs, document)
            return document
        }
    }

    /// Changes one item of `section` in place without copying the whole items array (10,000
    /// items: about 1 ms a tick): the cached document lets go of its references to the items while
    /// `change` runs, then gets the changed item laid out again.
    func changeItem(at index: Int, of section: inout WorkbookSection, _ change: (inout ChecklistItem) -> Void) {
        let detached = detach(section)
        change(&section.items[index])
        if let detached { reattach(detached, section: section, changedItem: index) }
    }

    /// Takes a section's document out (nil when there is none, or it was built for other contents),
    /// dropping its references to the items.
    private func detach(_ section: WorkbookSection) -> Entry? {
        entries.withLock { entries in
            // Equal as long as the cache shares the section's items: compared without a loop.
            guard var entry = entries.removeValue(forKey: section.key), entry.inputs.section == section,
                  entry.document.editorLine == nil else { return nil }
            entry.inputs.section.items = []
            entry.document.items = []
            return entry
        }
    }

    /// Puts a detached document back, with the item at `changedItem` laid out again.
    private func reattach(_ detached: Entry, section: WorkbookSection, changedItem: Int) {
        var (inputs, document) = detached
        guard section.items.indices.contains(changedItem), document.patch(
            to: section, changed: [changedItem], width: inputs.width, query: inputs.query) else { return }
        inputs.section = section
        entries.withLock { $0[section.key] = (inputs, document) }
    }
}
