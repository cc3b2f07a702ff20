import PropertyBased
import Testing
@testable import RekindleKit

/// Whatever bytes a guide file holds, parsing ends with a guide that keeps the format's promises
/// or with an error that points inside the file.
@Suite struct GuidePropertyTests {
    /// Lines a guide is made of. `<S>` and `<I>` become the next step or item number, so random
    /// guides built from them are often valid and reach deep into the parser.
    static let lineTemplates = [
        "## Step <S>: Part <S>", "## step <S>:Two {#two-<S>}", "## Closing", "## Other {#other}", "<S>. Oops",
        "<I>. First <I>: text", "  <I>. Second {#second-<I>}", "<I>. Third <I>:  more", "   continued", "plain words", "", "", "",
        "<!-- note -->",
    ]

    /// Pieces of guide syntax and awkward text, glued into lines that stress the corner cases.
    static let fragments = [
        "## ", "### ", "#", "Step ", "step ", "1", "2", "0", ". ", ".", ":", ": ", " ", "\t", "\r",
        "{#", "}", "key", "A-b", "é", "日本", "👩‍👩‍👧", "<!--", "-->", "-", "\u{202E}", "introduction",
    ]

    /// Each number picks a line: mostly a template, sometimes two or three glued fragments. An item
    /// outside a step gets a step heading first. (NUL bytes are left to the random-bytes test:
    /// one would end almost every run at once.)
    static let guideLikeText = Gen.int(in: 0...99).array(of: 0...40).map { codes in
        var step = 0, item = 0, inStep = false
        return codes.map { code in
            guard code >= 70 else {
                let template = lineTemplates[code % lineTemplates.count]
                var lines = [template]
                if template.contains("<I>") && !inStep { lines.insert(lineTemplates[0], at: 0) }
                return lines.map { line in
                    if line.hasPrefix("## ") { inStep = line.contains("<S>") }
                    if line.contains("<S>") { step += 1; item = 0 }
                    if line.contains("<I>") { item += 1 }
                    return line.replacing("<S>", with: "\(step)").replacing("<I>", with: "\(item)")
                }.joined(separator: "\n")
            }
            return (0..<(code % 3 + 1)).map { fragments[(code * 7 + $0 * 13) % fragments.count] }.joined()
        }.joined(separator: "\n")
    }

    @Test func randomBytesNeverCrashTheParser() async {
        await propertyCheck(count: 300, input: Gen.uint8().array(of: 0...400)) { bytes in
            checkOutcome(of: bytes)
        }
    }

    @Test func randomGuideLikeTextNeverCrashesTheParser() async {
        await propertyCheck(count: 500, input: Self.guideLikeText, Gen.bool) { text, withTitle in
            checkOutcome(of: Array(((withTitle ? "# Guide\n" : "") + text).utf8))
        }
    }

    /// A guide written from a random outline parses back to exactly that outline.
    @Test func writtenGuidesParseBackToTheirOutline() async {
        let itemCounts = Gen.int(in: 0...4).array(of: 0...5)
        let words = Gen.lowercaseLetter.string(of: 1...8).array(of: 1...12)
        await propertyCheck(count: 200, input: itemCounts, words, Gen.bool) { itemCounts, words, wrapItems in
            let outline = Outline(itemCounts: itemCounts, words: words)
            let parsed = try GuideParser.parse(bytes: Array(outline.text(wrapItems: wrapItems).utf8), fileName: "g.md")
            #expect(parsed == outline.guide)
        }
    }

    /// Parse succeeded: the guide obeys every rule. Parse failed: the error is somewhere in the file.
    private func checkOutcome(of bytes: [UInt8]) {
        do {
            let guide = try GuideParser.parse(bytes: bytes, fileName: "random.md")
            checkInvariants(guide)
        } catch {
            let lineCount = bytes.count { $0 == UInt8(ascii: "\n") } + 1
            #expect((1...lineCount).contains(error.line))
            #expect(error.column >= 1 && error.column <= bytes.count + 1)
            #expect(!error.description.contains("\n"))
        }
    }

    private func checkInvariants(_ guide: Guide) {
        #expect(GuideKey.isValid(guide.id))
        #expect(!guide.title.isEmpty)
        #expect(Set(guide.sections.map(\.key)).count == guide.sections.count)
        #expect(guide.steps.map(\.number) == guide.steps.indices.map { $0 + 1 })
        for section in guide.sections {
            #expect(GuideKey.isValid(section.key))
            #expect(section.kind == .step || section.items.isEmpty)
            #expect(section.items.map(\.number) == section.items.indices.map { $0 + 1 })
            #expect(Set(section.items.map(\.key)).count == section.items.count)
            #expect(section.items.allSatisfy { GuideKey.isValid($0.key) && !$0.title.isEmpty })
            #expect(section.paragraphs.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
        }
    }
}

/// A guide described independently of the parser: step k has `itemCounts[k]` items, and all
/// text is made from `words`, so both the file and the expected `Guide` can be built from it.
private struct Outline {
    var itemCounts: [Int]
    var words: [String]

    /// The words starting at `offset`, wrapping around: a different sentence for each place.
    func sentence(_ offset: Int) -> String {
        words.indices.map { words[($0 + offset) % words.count] }.joined(separator: " ")
    }

    var guide: Guide {
        var sections = [GuideSection(key: "introduction", kind: .introduction, number: nil, title: "Introduction",
                                     paragraphs: [sentence(0)], items: [], line: 1)]
        var line = 5
        for (index, itemCount) in itemCounts.enumerated() {
            let number = index + 1
            let items = (0..<itemCount).map { item in
                GuideItem(key: "item-\(item + 1)", number: item + 1, title: "Item \(item + 1)",
                          text: sentence(number + item), line: line + 4 + item * 2)
            }
            sections.append(GuideSection(key: "step-\(number)", kind: .step, number: number, title: "Step title \(number)",
                                         paragraphs: [sentence(number)], items: items, line: line))
            line += 4 + itemCount * 2
        }
        sections.append(GuideSection(key: "closing", kind: .other, number: nil, title: "Closing",
                                     paragraphs: [sentence(1)], items: [], line: line))
        return Guide(id: "outline", title: "Outline of \(words[0])", sections: sections)
    }

    /// Each item takes two lines: with `wrapItems` its text continues on an indented second line,
    /// otherwise a blank line follows it.
    func text(wrapItems: Bool) -> String {
        var lines = ["# Outline of \(words[0]) {#outline}", "", sentence(0), ""]
        for (index, itemCount) in itemCounts.enumerated() {
            let number = index + 1
            lines += ["## Step \(number): Step title \(number) {#step-\(number)}", "", sentence(number), ""]
            for item in 0..<itemCount {
                let text = sentence(number + item)
                if wrapItems, let space = text.firstIndex(of: " ") {
                    lines += ["  \(item + 1). Item \(item + 1): \(text[..<space])", "     \(text[text.index(after: space)...]) {#item-\(item + 1)}"]
                } else {
                    lines += ["\(item + 1). Item \(item + 1): \(text) {#item-\(item + 1)}", ""]
                }
            }
        }
        lines += ["## Closing {#closing}", "", sentence(1)]
        return lines.joined(separator: "\n")
    }
}
