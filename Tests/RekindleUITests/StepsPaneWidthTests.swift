import Testing
@testable import RekindleUI
import RekindleKit

/// The steps pane's width, measured piece by piece, is that of its widest row drawn whole.
@Suite struct StepsPaneWidthTests {
    @Test func thePreferredWidthFitsTheWidestRowAllDone() {
        let items = (1...12).map { ChecklistItem(id: Int64($0), key: nil, title: "Item \($0)", text: "", doneAt: nil) }
        let workbook = Workbook(guideID: "g", title: "Guide", sections: [
            WorkbookSection(key: "intro", kind: .introduction, number: nil, title: "Introduction", paragraphs: [], items: []),
            WorkbookSection(key: "s10", kind: .step, number: 10, title: "Réflexion 漢字", paragraphs: [], items: items),
            WorkbookSection(key: "gone", kind: .other, number: nil, title: "Gone", paragraphs: [], items: [], inGuide: false),
        ])
        // "▸ 10 Réflexion 漢字 12/12 ▰▰▰" and the border and margins.
        #expect(StepsPane.preferredWidth(workbook) == DisplayText.width(of: "▸ 10 Réflexion 漢字 12/12 ▰▰▰") + 4)
        let short = Workbook(guideID: "g", title: "Guide", sections: [workbook.sections[2]])
        #expect(StepsPane.preferredWidth(short) == DisplayText.width(of: "▸ Gone (old)") + 4)
    }
}
