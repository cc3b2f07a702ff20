import Foundation
import Testing
@testable import RekindleKit

/// Exports and JSON are safe to print on a terminal, and notes cannot forge the document's structure.
@Suite struct ExportSafetyTests {
    private static let hostile = "Title\u{1B}]0;owned\u{07} \u{9B}31m red \u{202E}desrever \u{7F}"
    private let workbook = Workbook(guideID: "g", title: hostile, sections: [
        WorkbookSection(key: "s1", kind: .step, number: 1, title: hostile, paragraphs: [hostile], items: [
            ChecklistItem(id: 1, key: nil, title: hostile, text: "", doneAt: nil),
        ]),
    ])

    /// No C0 (but newline), DEL, C1 or bidi control scalar anywhere in the bytes.
    private func isTerminalSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
                || [0x061C, 0x200E, 0x200F].contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
        }
    }

    @Test func jsonEscapesC1AndBidiControlsAndStillDecodesToTheRawText() throws {
        let data = try Exporter.json(StatusReport(workbook: workbook))
        let text = String(decoding: data, as: UTF8.self)
        #expect(isTerminalSafe(text))
        #expect(text.contains("\\u009b") && text.contains("\\u202e") && text.contains("\\u007f"))
        let decoded = try JSONDecoder().decode(StatusReport.self, from: data)
        #expect(decoded.guide.title == Self.hostile)
        let document = try Exporter.json(ExportDocument(workbook: workbook, notes: ["s1": Self.hostile]))
        #expect(isTerminalSafe(String(decoding: document, as: UTF8.self)))
    }

    @Test func markdownShowsControlsAsStandIns() {
        let markdown = Exporter.markdown(workbook, notes: ["s1": Self.hostile])
        #expect(isTerminalSafe(markdown))
        #expect(markdown.contains("␛]0;owned"))
    }

    @Test func aNoteCannotBecomeAHeadingOrATickedItem() {
        let note = "today\n## Step 5: Fake heading\n- [x] Fake tick\n\n# Title"
        let markdown = Exporter.markdown(workbook, notes: ["s1": note])
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("## Step 5") || $0.hasPrefix("- [x] Fake") || $0 == "# Title" })
        // Every word is still there, each line as written.
        #expect(markdown.contains("    ## Step 5: Fake heading\n    - [x] Fake tick\n\n    # Title\n"))
    }
}
