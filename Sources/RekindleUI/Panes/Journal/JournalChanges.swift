import Foundation
import RekindleKit

/// What the journal pane does to its entries: reading them, the day moving on, the filter,
/// moods, deleting and bringing back.
extension AppState {
    /// The journal has not been read yet and no read is under way.
    var journalNeedsReading: Bool { !panes.journal.isLoaded && !panes.journal.isReading }

    /// Read on the first idle tick, so the first frame does not wait for a year of entries.
    mutating func readJournalIfNeeded() -> [Effect] {
        guard journalNeedsReading else { return [] }
        panes.journal.isReading = true
        return [.loadEntries]
    }

    /// After every event: the list follows the day (past midnight "Today" moves on), the entries
    /// and the shown section.
    mutating func refreshJournal(now: Date) {
        // Before the entries are read there is nothing to list, and the day waits too: the first
        // use of Foundation's calendar costs 1.4 M instructions, on the way to the first frame.
        guard panes.journal.isLoaded else { return }
        panes.journal.observe(now: now)
        guard let today = panes.journal.today else { return }
        if panes.journal.refresh(today: today, shownSection: section?.key) { JournalPane.keepInView(&self) }
    }

    mutating func takeEntries(_ entries: [Entry]) {
        panes.journal.isReading = false
        panes.journal.take(entries)
    }

    mutating func toggleJournalFilter() {
        panes.journal.onlyShownSection.toggle()
        panes.journal.top = 0
        message = StatusMessage(panes.journal.onlyShownSection
            ? "Journal: only \(section?.shortName ?? "this section") · f shows every entry"
            : "Journal: every entry")
    }

    mutating func startMoodPrompt() {
        guard let selected = panes.journal.selectedEntry else { return }
        var prompt = MoodPrompt(entryID: selected.entry.id)
        prompt.field.insert(selected.entry.mood?.label.replacingOccurrences(of: "/5", with: "") ?? "")
        panes.journal.moodPrompt = prompt
    }

    mutating func handleMoodPromptKey(_ key: Key, action: Action?, prompt: MoodPrompt, now: Date) -> [Effect] {
        var prompt = prompt
        switch action {
        case .cancel:
            panes.journal.moodPrompt = nil
        case .confirm:
            let mood: Mood?
            switch MoodPrompt.mood(from: prompt.field.text) {
            case .success(let parsed): mood = parsed
            case .failure(let problem):
                message = StatusMessage(problem.description.prefix(1).uppercased() + problem.description.dropFirst())
                return []
            }
            panes.journal.moodPrompt = nil
            return setMood(mood, entryID: prompt.entryID, now: now)
        case .deleteBackward:
            prompt.field.deleteBackward()
            panes.journal.moodPrompt = prompt
        default:
            guard case .char(let character) = key else { return [] }
            prompt.field.insert(String(character))
            panes.journal.moodPrompt = prompt
        }
        return []
    }

    private mutating func setMood(_ mood: Mood?, entryID: Int64, now: Date) -> [Effect] {
        guard var entry = panes.journal.entry(id: entryID) else { return [] }
        if panes.journal.draft?.entryID == entryID {
            // The draft's next save carries the mood with its words.
            panes.journal.draft?.mood = mood
            entry.body = panes.journal.draft!.document.text
        }
        entry.mood = mood
        entry.updatedAt = now
        panes.journal.put(entry)
        message = StatusMessage(mood.map { "Mood: \($0.label)" } ?? "Mood cleared")
        return [.updateEntry(id: entryID, body: entry.body, mood: mood, at: now)]
    }

    /// Soft delete: the entry leaves the list at once and u brings it back.
    mutating func deleteSelectedEntry() -> [Effect] {
        guard let selected = panes.journal.selectedEntry else { return [] }
        let entry = selected.entry
        if let draft = panes.journal.draft, draft.entryID == entry.id {
            guard !draft.document.isUnsaved else {
                message = StatusMessage("This entry's newest words are not saved yet (they are kept here); delete it once they are")
                return []
            }
            panes.journal.draft = nil
        }
        panes.journal.remove(id: entry.id)
        panes.journal.deleted.insert(entry, at: 0)
        message = StatusMessage("Deleted the entry of \(selected.time) · u brings it back")
        return [.deleteEntry(id: entry.id)]
    }

    mutating func restoreDeletedEntry() -> [Effect] {
        guard !panes.journal.deleted.isEmpty else {
            message = StatusMessage("Nothing deleted to bring back")
            return []
        }
        let entry = panes.journal.deleted.removeFirst()
        panes.journal.put(entry)
        panes.journal.select(id: entry.id)
        message = StatusMessage("Brought the entry back")
        return [.restoreEntry(id: entry.id)]
    }
}

extension JournalPaneState {
    /// Follows the clock: `today` changes only when `now` leaves the day it was worked out for.
    mutating func observe(now: Date) {
        if let span = todaySpan, span.contains(now) { return }
        let calendar = calendar
        let day = calendar.day(of: now)
        today = day
        todaySpan = calendar.start(of: day)..<calendar.start(of: calendar.adding(days: 1, to: day))
    }

    /// Whether `now` is past the day the list was built for (the idle tick redraws then); until
    /// the entries are read there is no list.
    func dayChanged(now: Date) -> Bool {
        todaySpan.map { !$0.contains(now) } ?? isLoaded
    }
}
