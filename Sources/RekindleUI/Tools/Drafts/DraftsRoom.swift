import Foundation
import RekindleKit

/// The drafts drawer of "Casual Contact": messages the person wants to send, written and kept
/// here. Nothing leaves the computer. Each shows when it was written and, for its first day,
/// "give it a night". A draft is written in the notes' editor (autosaved, with history), can be
/// moved into the step's notes, and deleted with undo.
enum DraftsRoom: ToolRoom {
    static let entryName = "draft"

    static let about = "Messages you might send, or just need to write. rekindle never sends anything and has no network code; drafts stay in its database on this computer, and go elsewhere only in a backup or export you make. Until a day has passed since you last wrote one, it reads “give it a night”."

    static func perform(_ action: Action, in state: inout AppState, now: Date) -> [Effect] {
        switch action {
        case .add: return state.startNewDraft(now: now)
        case .editEntry:
            guard let draft = state.tools.drafts.selectedEntry else { return [] }
            return state.startEditing(draft, now: now)
        case .noteHistory:
            return state.tools.drafts.selectedEntry.map { [.loadEntryHistory(id: $0.id)] } ?? []
        case .moveToNotes: return state.moveSelectedDraftToNotes(now: now)
        default: return []
        }
    }

    static func rows(_ state: AppState, width: Int) -> ToolRows {
        let tools = state.tools
        var rows = ToolRows()
        rows.add(about, Style(.muted), width: width)
        rows.add(ToolRows.safetyPointer(state), Style(.muted), width: width)
        rows.gap()
        guard tools.isLoaded else { return rows }
        if tools.drafts.entries.isEmpty {
            rows.add("No drafts. Press \(state.key(for: .add, in: .drafts)) to write one — it stays here.", Style(.muted, .italic), width: width)
        }
        for (index, entry) in tools.drafts.entries.enumerated() {
            let age = DraftAge(writtenAt: entry.updatedAt, now: tools.now)
            let body = state.panes.journal.draft?.entryID == entry.id ? state.panes.journal.draft!.document.text : entry.body
            rows.entry([Span("\(index + 1). \(age.written) · ", Style(.muted)),
                        Span(age.hasRested ? "ready to reread" : "give it a night", Style(.muted))],
                       body: body, isSelected: index == tools.drafts.selected, width: width, foldedLines: 2)
            rows.gap()
        }
        return rows
    }

    /// While a draft is written, the room is its editor.
    static func drawInstead(_ state: AppState, in inside: Rect, on canvas: inout Canvas) -> Bool {
        guard let draft = state.panes.journal.draft, draft.kind == .draft, let editor = draft.document.editor else { return false }
        let heading = draft.entryID == nil ? "New draft · kept here, never sent" : "Draft · kept here, never sent"
        canvas.write(heading, x: inside.x + 1, y: inside.y, style: Style(.muted), clip: inside.row(0))
        EditorView.draw(editor, in: editorRect(inside), on: &canvas)
        return true
    }

    /// The editor's place in the room: below its heading, a column in from each side.
    static func editorRect(size: Size) -> Rect { editorRect(ToolRooms.inside(size: size)) }

    private static func editorRect(_ inside: Rect) -> Rect {
        let top = min(2, max(0, inside.height - 1))
        return Rect(x: inside.x + 1, y: inside.y + top, width: max(1, inside.width - 2), height: max(1, inside.height - top))
    }
}

extension AppState {
    /// Appends the draft to the notes of its step (kept in the notes' history like any change)
    /// and lets the draft go from the drawer; u brings the draft back.
    mutating func moveSelectedDraftToNotes(now: Date) -> [Effect] {
        guard let draft = tools.drafts.selectedEntry else { return [] }
        guard let sectionKey = draft.sectionKey ?? toolSectionKey(for: .draft) ?? section?.key,
              panes.journal.draft?.entryID != draft.id || panes.journal.draft?.document.isUnsaved != true else {
            message = StatusMessage("This draft's newest words are not saved yet (they are kept here); move it once they are")
            return []
        }
        if panes.journal.draft?.entryID == draft.id { panes.journal.draft = nil }
        let notes = notesText(for: sectionKey)
        let joined = notes.isEmpty ? draft.body : notes + (notes.hasSuffix("\n") ? "\n" : "\n\n") + draft.body
        guard panes.notes.documents[sectionKey]?.editor == nil else { return [] }
        panes.notes.edit(sectionKey) { document in
            // Put in outside the editor, as text the store does not have yet: saved just below.
            document.pending = joined
            document.changed(now: now)
        }
        tools.drafts.remove(id: draft.id)
        tools.drafts.deleted.insert(draft, at: 0)
        let name = workbook.sections.first { $0.key == sectionKey }?.shortName ?? "the step"
        message = StatusMessage("Moved into the notes of \(name) · \(key(for: .undo, in: .toolRoom)) brings the draft back here too")
        return pendingSaves(now: now) + [.deleteEntry(id: draft.id)]
    }
}
