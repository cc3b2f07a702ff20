import Foundation

/// Turns a workbook into files a person can keep or read elsewhere. Write them with
/// `PrivateFiles.write(_:to:force:)` so they are private and never half-written.
public enum Exporter {
    /// Stable JSON: sorted keys, ISO 8601 dates, a trailing newline. DEL, C1 controls and bidi
    /// controls are written as `\uXXXX` escapes too (JSONEncoder escapes only U+0000–U+001F), so
    /// the output is safe to print on a terminal and still decodes to the raw text.
    public static func json<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let encoded = try encoder.encode(value)
        guard String(decoding: encoded, as: UTF8.self).unicodeScalars.contains(where: needsEscape) else {
            return encoded + Data("\n".utf8)
        }
        // Such scalars can only stand inside JSON strings, where an escape means the same scalar.
        var escaped = String.UnicodeScalarView()
        for scalar in String(decoding: encoded, as: UTF8.self).unicodeScalars {
            if needsEscape(scalar) {
                escaped.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        return Data((String(escaped) + "\n").utf8)
    }

    /// Scalars a terminal acts on that JSONEncoder leaves raw.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// A Markdown document: the title and progress, then each section with its text, its
    /// checklist as `- [x]`/`- [ ]` lines, and the person's notes; their support card last.
    /// Controls become the stand-ins the screen shows (the file is safe to `cat`), and notes are
    /// indented four spaces, a block Markdown shows as written: a note line such as "## Step 5" or
    /// "- [x] …" stays text.
    ///
    /// Entries (`entries`, any order) follow the sections under "## Journal", oldest first, under
    /// a heading per local day of `calendar`, each with its caption (time, section, mood).
    public static func markdown(_ workbook: Workbook, notes: [String: String], supportCard: String = "",
                                entries: [Entry] = [], calendar: LocalCalendar = LocalCalendar()) -> String {
        var lines = ["# \(workbook.title)", "", "Progress: \(workbook.done) of \(workbook.total) done"]
        for section in workbook.sections {
            let heading = section.inGuide ? section.displayName : "\(section.displayName) (from an earlier version of the guide)"
            lines += ["", "## \(heading)"]
            for paragraph in section.paragraphs { lines += ["", paragraph] }
            if !section.items.isEmpty { lines.append("") }
            for item in section.items { lines.append(checklistLine(item)) }
            if let body = notes[section.key], !body.isEmpty {
                lines += ["", "### Notes", ""] + indented(body)
            }
        }
        if !entries.isEmpty { lines += ["", "## Journal"] + journal(entries, workbook: workbook, calendar: calendar) }
        if !supportCard.isEmpty { lines += ["", "## My support card", ""] + indented(supportCard) }
        return DisplayText.sanitize(lines.joined(separator: "\n") + "\n")
    }

    /// Entries oldest first, a `###` heading per day named in full ("Monday 30 November 2026").
    private static func journal(_ entries: [Entry], workbook: Workbook, calendar: LocalCalendar) -> [String] {
        let names = EntryListing.sectionNames(workbook)
        var lines: [String] = []
        var shownDay: LocalDay?
        for entry in entries.sorted(by: { EntryListing.newestFirst($1, $0) }) {
            let day = calendar.day(of: entry.at)
            if day != shownDay {
                lines += ["", "### \(DayName.full(day, calendar: calendar))"]
                shownDay = day
            }
            let caption = EntryListing.caption(entry, sectionNames: names, calendar: calendar)
            lines += ["", "**\(caption.split(whereSeparator: \.isNewline).joined(separator: " "))**", ""]
            lines += entry.body.isEmpty ? ["    (no text)"] : indented(entry.body)
        }
        return lines
    }

    /// The person's own text as an indented block, so none of it reads as Markdown structure
    /// (a trailing line break dropped; blank lines kept empty).
    static func indented(_ body: String) -> [String] {
        let text = body.hasSuffix("\n") ? String(body.dropLast()) : body
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
    }

    /// One list line; line breaks in titles become spaces so the list stays a list.
    private static func checklistLine(_ item: ChecklistItem) -> String {
        let box = item.isDone ? "[x]" : "[ ]"
        var line = item.text.isEmpty ? item.title : "**\(item.title)**: \(item.text)"
        if !item.inGuide { line += " _(from an earlier version of the guide)_" }
        return "- \(box) " + line.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
