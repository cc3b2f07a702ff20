import Testing
@testable import RekindleKit

/// Huge files and lines parse in one linear pass (the figures are for `make bench`; no timing here).
@Suite struct GuideLargeInputTests {
    @Test func parsesATenMegabyteGuide() throws {
        var text = "# Big Guide\n\n" + String(repeating: "An introduction line that goes on.\n", count: 1_000) + "\n"
        var stepCount = 0
        while text.utf8.count < 10 << 20 {
            stepCount += 1
            text += "## Step \(stepCount): Part \(stepCount)\n\nSome text for this step.\n\n"
            for item in 1...20 { text += "  \(item). Item \(item): do the thing number \(item), then rest.\n" }
            text += "\n"
        }
        let guide = try GuideTestSupport.parse(text)
        #expect(guide.steps.count == stepCount)
        #expect(guide.steps.allSatisfy { $0.items.count == 20 })
        #expect(guide.sections[0].paragraphs[0].utf8.count == 1_000 * "An introduction line that goes on.".utf8.count + 999)
    }

    @Test func parsesOneMegabyteLines() throws {
        let words = String(repeating: "word ", count: 200_000) + "end"
        let text = "# \(words)\n\n\(words)\n## Step 1: \(words)\n\n1. \(words): \(words) {#long}\n"
        let guide = try GuideTestSupport.parse(text)
        #expect(guide.title == words)
        #expect(guide.id.count <= GuideKey.derivedLength)
        #expect(guide.sections.map(\.paragraphs) == [[words], []])
        #expect(guide.steps[0].items.map(\.text) == [words])
    }

    @Test(arguments: [
        String(repeating: "}", count: 1 << 20),
        String(repeating: "#", count: 1 << 20),
        String(repeating: "9", count: 1 << 20) + ". item",
        "<!--" + String(repeating: "-", count: 1 << 20),
    ])
    func rejectsOrAcceptsPathologicalLinesQuickly(line: String) {
        // Only that it finishes, crash-free, in a single pass; either outcome is acceptable.
        _ = try? GuideTestSupport.parse("# T\n## Step 1: A\n" + line + "\n")
    }
}
