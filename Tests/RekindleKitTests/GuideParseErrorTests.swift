import Testing
@testable import RekindleKit

/// Each problem a guide file can have is reported at the line and column to fix.
@Suite struct GuideParseErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var line: Int
        var column: Int
        var reason: GuideParseError.Reason
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "empty file", text: "", line: 1, column: 1, reason: .emptyFile),
        Case(name: "only blanks and comments", text: "\n  \n<!-- x -->\n", line: 1, column: 1, reason: .emptyFile),
        Case(name: "text before the title", text: "\nHello\n# T\n", line: 2, column: 1, reason: .missingTitle),
        Case(name: "section before the title", text: "## Step 1: A\n", line: 1, column: 1, reason: .missingTitle),
        Case(name: "second title", text: "# T\n\n  # Again\n", line: 3, column: 3, reason: .secondTitle(firstLine: 1)),
        Case(name: "empty title", text: "#\n", line: 1, column: 1, reason: .emptyHeading),
        Case(name: "title with only a key", text: "# {#x}\n", line: 1, column: 1, reason: .emptyHeading),
        Case(name: "empty section heading", text: "# T\n##   \n", line: 2, column: 1, reason: .emptyHeading),
        Case(name: "step without a title", text: "# T\n## Step 1:  {#a}\n", line: 2, column: 1, reason: .emptyHeading),
        Case(name: "deeper heading", text: "# T\n## Step 1: A\n### Detail\n", line: 3, column: 1, reason: .unsupportedHeadingLevel),
        Case(name: "step without colon", text: "# T\n## Step 1 Begin\n", line: 2, column: 1, reason: .malformedStepHeading),
        Case(name: "first step not 1", text: "# T\n## Step 2: A\n", line: 2, column: 9,
             reason: .stepOutOfOrder(expected: 1, found: "2")),
        Case(name: "step skipped", text: "# T\n## Step 1: A\n## Closing\n## Step 3: C\n", line: 4, column: 9,
             reason: .stepOutOfOrder(expected: 2, found: "3")),
        Case(name: "huge step number", text: "# T\n## Step 99999999999999999999999: A\n", line: 2, column: 9,
             reason: .stepOutOfOrder(expected: 1, found: "99999999999999999999999")),
        Case(name: "item in the introduction", text: "# T\n\n  2. Early: text\n", line: 3, column: 3,
             reason: .itemOutsideStep(item: "2.")),
        Case(name: "item in another section", text: "# T\n## Closing\n1. A\n", line: 3, column: 1,
             reason: .itemOutsideStep(item: "1.")),
        Case(name: "item skipped", text: "# T\n## Step 1: A\n1. A\n3. C\n", line: 4, column: 1,
             reason: .itemOutOfOrder(expected: 2, found: "3")),
        Case(name: "item numbering restarts per step", text: "# T\n## Step 1: A\n1. A\n## Step 2: B\n2. B\n", line: 5, column: 1,
             reason: .itemOutOfOrder(expected: 1, found: "2")),
        Case(name: "item without text", text: "# T\n## Step 1: A\n   1.\n", line: 3, column: 4, reason: .emptyItemTitle),
        Case(name: "item with an empty title", text: "# T\n## Step 1: A\n1. : text\n", line: 3, column: 1, reason: .emptyItemTitle),
        Case(name: "paragraph after items", text: "# T\n## Step 1: A\n1. A\n\nMore text.\n", line: 5, column: 1,
             reason: .paragraphAfterItems),
        Case(name: "unclosed comment", text: "# T\n  <!-- note\n", line: 2, column: 3, reason: .unclosedComment),
        Case(name: "upper-case key", text: "# T\n## Closing {#Closing}\n", line: 2, column: 12, reason: .invalidKey("Closing")),
        Case(name: "key with a space", text: "# T {#my guide}\n", line: 1, column: 5, reason: .invalidKey("my guide")),
        Case(name: "empty key", text: "# T\n## Step 1: A\n1. A {#}\n", line: 3, column: 6, reason: .invalidKey("")),
        Case(name: "duplicate section key", text: "# T\n## Step 1: A {#a}\n## Other {#a}\n", line: 3, column: 10,
             reason: .duplicateSectionKey("a", firstLine: 2)),
        Case(name: "duplicate derived section key", text: "# T\n## Closing\n## closing!\n", line: 3, column: 1,
             reason: .duplicateSectionKey("closing", firstLine: 2)),
        Case(name: "section key clashes with the introduction", text: "# T\n\nHello.\n## Intro {#introduction}\n",
             line: 4, column: 10, reason: .duplicateSectionKey("introduction", firstLine: 1)),
        Case(name: "duplicate item key", text: "# T\n## Step 1: A\n1. Call: x\n2. Call: y\n", line: 4, column: 1,
             reason: .duplicateItemKey("call", firstLine: 3)),
        Case(name: "duplicate explicit item key", text: "# T\n## Step 1: A\n1. A {#k}\n2. B\n   more {#k}\n", line: 5, column: 9,
             reason: .duplicateItemKey("k", firstLine: 3)),
        Case(name: "title without letters or digits", text: "# 日本語\n", line: 1, column: 1, reason: .noKeyFromTitle),
        Case(name: "column counts characters, not bytes", text: "# T\n## Étape é {#É}\n", line: 2, column: 12,
             reason: .invalidKey("É")),
    ]

    @Test(arguments: cases)
    func reportsTheProblemWhereItIs(_ example: Case) throws {
        let error = try #require(GuideTestSupport.parseError(example.text))
        #expect(error.reason == example.reason)
        #expect(error.line == example.line)
        #expect(error.column == example.column)
    }

    @Test func describesTheErrorAsOneEditorStyleLine() throws {
        let error = try #require(GuideTestSupport.parseError("# T\n\n  2. Early: text\n"))
        #expect(error.description == "guide.md:3:3: " + error.reason.message)
        #expect(error.description.contains("\"2. ...\"") && error.description.contains("## Step N: ..."))
        #expect(!error.description.contains("\n"))
    }

    @Test func locatesTheFirstInvalidUTF8Byte() throws {
        let bytes = Array("# T\n\nab€".utf8) + [0xC3, 0x28] + Array(" more\n".utf8) + [0xFF]
        let error = try #require(GuideTestSupport.parseError(bytes: bytes))
        #expect(error.reason == .invalidUTF8)
        #expect((error.line, error.column) == (3, 4))
    }

    @Test(arguments: [[0xED, 0xA0, 0x80] as [UInt8], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]])
    func rejectsSurrogatesOverlongAndTruncatedSequences(_ bad: [UInt8]) throws {
        let error = try #require(GuideTestSupport.parseError(bytes: Array("# T\nx".utf8) + bad))
        #expect(error.reason == .invalidUTF8)
        #expect((error.line, error.column) == (2, 2))
    }

    @Test func locatesANulByte() throws {
        let error = try #require(GuideTestSupport.parseError(bytes: Array("# T\r\n\r\nab".utf8) + [0] + Array("c".utf8)))
        #expect(error.reason == .nulByte)
        #expect((error.line, error.column) == (3, 3))
    }

    @Test func shortensLongQuotesInMessages() throws {
        let error = try #require(GuideTestSupport.parseError("# T\n## Closing {#\(String(repeating: "X", count: 500))}\n"))
        guard case .invalidKey(let quoted) = error.reason else {
            Issue.record("unexpected \(error.reason)")
            return
        }
        #expect(quoted.count == 41 && quoted.hasSuffix("…"))
    }
}
