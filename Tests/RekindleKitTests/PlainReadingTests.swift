import Foundation
import Testing
@testable import RekindleKit

/// `rekindle read`: a section as wrapped plain text, with no control character left in it.
@Suite struct PlainReadingTests {
    let section = WorkbookSection(key: "s1", kind: .step, number: 1, title: "Begin", paragraphs: ["Start here, slowly and kindly."], items: [
        ChecklistItem(id: 1, key: "a", title: "Breathe", text: "In for four, out for six.", doneAt: Date(timeIntervalSince1970: 0)),
        ChecklistItem(id: 2, key: nil, title: "Call mum \u{1B}[2J", text: "", doneAt: nil),
    ])

    @Test func wrapsTheGuideTheChecklistAndTheNotes() {
        let text = PlainReading.text(of: section, notes: "Went well.\u{9B}31m\n", width: 20)
        #expect(text == """
            Step 1: Begin

            Start here, slowly
            and kindly.

            Checklist: 1 of 2
            done
            [x] Breathe: In for
                four, out for
                six.
            [ ] Call mum ␛[2J
                (your own)

            Notes
            Went well.�31m

            """)
    }

    @Test func noLineIsWiderThanAsked() {
        for width in [20, 33, 80] {
            let text = PlainReading.text(of: section, notes: "x", width: width)
            #expect(text.split(separator: "\n").allSatisfy { DisplayText.width(of: $0) <= width })
        }
    }
}
