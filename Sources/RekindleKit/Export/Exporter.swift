import Foundation

/// Turns a workbook into files a person can keep or read elsewhere. Write them with
/// `PrivateFiles.write(_:to:force:)` so they are private and never half-written.
public enum Exporter {
    /// Stable JSON: sorted keys, ISO 8601 dates, a trailing newline.
    public static func json<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(value) + Data("\n".utf8)
    }

    /// A Markdown document: the title and progress, then each section with its text, its
    /// checklist as `- [x]`/`- [ ]` lines, and the person's notes; their support card last.
    public static func markdown(_ workbook: Workbook, notes: [String: String], supportCard: String = "") -> String {
        var lines = ["# \(workbook.title)", "", "Progress: \(workbook.done) of \(workbook.total) done"]
        for section in workbook.sections {
            let heading = section.inGuide ? section.displayName : "\(section.displayName) (from an earlier version of the guide)"
            lines += ["", "## \(heading)"]
            for paragraph in section.paragraphs { lines += ["", paragraph] }
            if !section.items.isEmpty { lines.append("") }
            for item in section.items { lines.append(checklistLine(item)) }
            if let body = notes[section.key], !body.isEmpty {
                lines += ["", "### Notes", "", withoutFinalNewline(body)]
            }
        }
        if !supportCard.isEmpty { lines += ["", "## My support card", "", withoutFinalNewline(supportCard)] }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func withoutFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// One list line; line breaks in titles become spaces so the list stays a list.
    private static func checklistLine(_ item: ChecklistItem) -> String {
        let box = item.isDone ? "[x]" : "[ ]"
        var line = item.text.isEmpty ? item.title : "**\(item.title)**: \(item.text)"
        if !item.inGuide { line += " _(from an earlier version of the guide)_" }
        return "- \(box) " + line.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
