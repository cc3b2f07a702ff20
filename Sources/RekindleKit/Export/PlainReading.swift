import Foundation

/// A section as wrapped plain text for screen readers and pipes (`rekindle read`): its heading,
/// the guide's paragraphs, the checklist as `[x]`/`[ ]` lines, and the person's notes.
///
/// Every piece is sanitised (controls become visible stand-ins) whatever the output is, and
/// wrapped by display width; item text hangs under its box so the list stays readable.
public enum PlainReading {
    public static func text(of section: WorkbookSection, notes: String, width: Int) -> String {
        let width = max(width, minimumWidth)
        var blocks: [[String]] = [wrap(section.displayName, width: width)]
        if !section.inGuide { blocks.append(wrap("(from an earlier version of the guide)", width: width)) }
        blocks += section.paragraphs.map { wrap($0, width: width) }
        if !section.items.isEmpty {
            var list = wrap("Checklist: \(section.done) of \(section.total) done", width: width)
            for item in section.items { list += checklistLines(item, width: width) }
            blocks.append(list)
        }
        let body = notes.trimmingCharacters(in: .newlines)
        if !body.isEmpty { blocks.append(["Notes"] + wrap(body, width: width)) }
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// Narrower than this, a four-column hanging indent leaves too little room for words.
    public static let minimumWidth = 20

    private static func checklistLines(_ item: ChecklistItem, width: Int) -> [String] {
        let box = item.isDone ? "[x] " : "[ ] "
        var entry = item.text.isEmpty ? item.title : "\(item.title): \(item.text)"
        if item.isCustom { entry += " (your own)" }
        if !item.inGuide { entry += " (from an earlier version of the guide)" }
        let rows = wrap(entry, width: width - box.count)
        return rows.enumerated().map { ($0.offset == 0 ? box : "    ") + $0.element }
    }

    private static func wrap(_ text: String, width: Int) -> [String] {
        DisplayText.wrap(DisplayText.sanitize(text), width: width)
    }
}
