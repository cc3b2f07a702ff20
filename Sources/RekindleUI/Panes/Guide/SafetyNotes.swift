import RekindleKit

/// What rekindle adds under a section of the guide, outside the guide's own words.
struct GuideAddition: Equatable, Sendable {
    var paragraphs: [String]
}

/// The safety note shown before contact: its text, the sections it shows under, and those where
/// the person hid it (remembered; the support screen always repeats it).
public struct SafetyNotes: Equatable, Sendable {
    public var text: String
    public var sections: Set<String>
    public var hidden: Set<String>

    public init(text: String, sections: Set<String>, hidden: Set<String>) {
        self.text = text
        self.sections = sections
        self.hidden = hidden
    }

    /// The line under a safety note, naming the person's keys.
    static func hideHint(_ keyMap: KeyMap) -> String {
        "\(keyMap.firstKey(of: .hideSafetyNote, in: .guide)) hides this note for this step; "
            + "the support screen (\(keyMap.firstKey(of: .support, in: .global))) always has it."
    }
}

extension AppState {
    /// What the guide pane shows under a section's text: the safety note where it applies, a line
    /// for each tool of its items, and a pointer to the support screen under the guide's last section.
    func guideAddition(for section: WorkbookSection) -> GuideAddition? {
        var paragraphs: [String] = []
        if let notes = panes.guide.safetyNotes, notes.sections.contains(section.key), !notes.hidden.contains(section.key) {
            paragraphs += [notes.text, SafetyNotes.hideHint(session.preferences.keyMap)]
        }
        paragraphs += toolLines(for: section)
        // The guide's own last section (sections kept from an earlier version come after it).
        if section.kind != .step, section.key == workbook.sections.last(where: \.inGuide)?.key {
            paragraphs.append("If things feel heavy, you do not have to carry them alone: ! opens the support screen.")
        }
        return paragraphs.isEmpty ? nil : GuideAddition(paragraphs: paragraphs)
    }

    /// `z` in the guide pane: hides the shown section's safety note, and remembers that.
    mutating func hideSafetyNote() -> [Effect] {
        guard let section, var notes = panes.guide.safetyNotes, notes.sections.contains(section.key),
              !notes.hidden.contains(section.key) else {
            message = StatusMessage("This step has no safety note to hide")
            return []
        }
        notes.hidden.insert(section.key)
        panes.guide.safetyNotes = notes
        message = StatusMessage("Note hidden for this step — it stays on the support screen (\(key(for: .support, in: .global)))")
        return [.hideSafetyNote(sectionKey: section.key)]
    }
}
