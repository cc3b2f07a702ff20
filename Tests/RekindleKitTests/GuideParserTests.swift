import Testing
@testable import RekindleKit

/// The format's rules on well-formed guides.
@Suite struct GuideParserTests {
    let sample = """
        <!-- a comment before the title -->
        # Calm Mornings {#calm}

        Mornings set the tone
        of the day.

        A second paragraph.

        ## Step 1: Prepare the Night Before {#prepare}

        A calm morning starts the evening before.

          1. Lay Out Clothes: Pick tomorrow's clothes: all of them. {#clothes}
          2. Set One Alarm: One alarm,
             across the room.
        <!-- comments do not end an item -->
        not five. {#one-alarm}
        3. Breathe

        ## step 2: Wake Slowly

        1. Drink Water: A glass before coffee.

        ## Closing Thoughts

        Be patient.
        """

    @Test func readsTitleIntroductionStepsItemsAndOtherSections() throws {
        let guide = try GuideTestSupport.parse(sample)
        #expect(guide.id == "calm")
        #expect(guide.title == "Calm Mornings")
        let introduction = guide.sections[0]
        #expect(introduction.kind == .introduction && introduction.key == "introduction" && introduction.title == "Introduction")
        #expect(introduction.paragraphs == ["Mornings set the tone of the day.", "A second paragraph."])
        #expect(introduction.line == 2)

        #expect(guide.steps.map(\.key) == ["prepare", "wake-slowly"])
        #expect(guide.steps.map(\.title) == ["Prepare the Night Before", "Wake Slowly"])
        #expect(guide.steps.map(\.line) == [9, 20])
        let items = guide.steps[0].items
        #expect(items.map(\.key) == ["clothes", "one-alarm", "breathe"])
        #expect(items.map(\.title) == ["Lay Out Clothes", "Set One Alarm", "Breathe"])
        #expect(items.map(\.text) == ["Pick tomorrow's clothes: all of them.", "One alarm, across the room. not five.", ""])
        #expect(items.map(\.line) == [13, 14, 18])

        let closing = try #require(guide.sections.last)
        #expect(closing.kind == .other && closing.key == "closing-thoughts" && closing.number == nil)
        #expect(closing.paragraphs == ["Be patient."])
    }

    @Test func derivesTheGuideIDFromTheTitleAndOmitsAnEmptyIntroduction() throws {
        let guide = try GuideTestSupport.parse("# Café Time, Again!\n## Step 1: Go\n")
        #expect(guide.id == "cafe-time-again")
        #expect(guide.sections.map(\.key) == ["go"])
    }

    @Test func acceptsWindowsLineEndsAndAByteOrderMark() throws {
        let unix = try GuideTestSupport.parse(sample)
        let windows = try GuideParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array(sample.replacing("\n", with: "\r\n").utf8),
                                            fileName: "guide.md")
        #expect(windows == unix)
    }

    @Test func keepsUnicodeTextAsWritten() throws {
        let guide = try GuideTestSupport.parse("# 心 {#heart}\n\n“Curly” quotes, 日本語 and 👩‍👩‍👧 stay.\n")
        #expect(guide.title == "心")
        #expect(guide.sections[0].paragraphs == ["“Curly” quotes, 日本語 and 👩‍👩‍👧 stay."])
    }

    @Test func treatsHashtagsAndNumbersWithoutADotAsText() throws {
        let guide = try GuideTestSupport.parse("# T\n\n#hashtag and\n2024 was good\n")
        #expect(guide.sections[0].paragraphs == ["#hashtag and 2024 was good"])
    }

    @Test(arguments: [
        ("Give It Time", "give-it-time"),
        ("  Hello --- World  ", "hello-world"),
        ("Crème Brûlée", "creme-brulee"),
        ("Step 1: Self-Reflection", "step-1-self-reflection"),
        ("日本語", ""),
    ])
    func derivesKeysFromTitles(title: String, key: String) {
        #expect(GuideKey.derive(from: title) == key)
    }

    @Test func cutsLongDerivedKeysAtAWordBoundary() {
        let key = GuideKey.derive(from: String(repeating: "word ", count: 40))
        #expect(key.count <= GuideKey.derivedLength)
        #expect(key.hasSuffix("word") && GuideKey.isValid(key))
    }

    @Test(arguments: [("a", true), ("self-reflection", true), ("step-2", true), ("", false), ("-a", false),
                      ("a-", false), ("a--b", false), ("A", false), ("a b", false), ("é", false),
                      (String(repeating: "a", count: 65), false)])
    func validatesExplicitKeys(key: String, valid: Bool) {
        #expect(GuideKey.isValid(key) == valid)
    }
}
