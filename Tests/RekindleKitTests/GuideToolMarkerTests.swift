import Testing
@testable import RekindleKit

/// `{#key tool=NAME}` attaches a tool to an item without changing its words.
@Suite struct GuideToolMarkerTests {
    @Test func anItemMarkerNamesItsTool() throws {
        let guide = try GuideTestSupport.parse("# T\n## Step 1: A\n1. Wait: give it time. {#wait tool=cooling-off}\n2. Plain {#plain}\n")
        let items = guide.sections.last!.items
        #expect(items.map(\.key) == ["wait", "plain"])
        #expect(items.map(\.tool) == [.coolingOff, nil])
        #expect(items[0].text == "give it time.")
    }

    @Test func spacesAroundTheSettingAreAllowed() throws {
        let guide = try GuideTestSupport.parse("# T\n## Step 1: A\n1. Write {#write   tool=drafts }\n")
        #expect(guide.sections.last!.items[0].tool == .drafts)
        #expect(guide.sections.last!.items[0].key == "write")
    }

    @Test(arguments: GuideTool.allCases) func everyToolHasAName(tool: GuideTool) throws {
        let guide = try GuideTestSupport.parse("# T\n## Step 1: A\n1. X {#x tool=\(tool.rawValue)}\n")
        #expect(guide.sections.last!.items[0].tool == tool)
    }

    @Test func anUnknownToolIsPointedAt() {
        let error = GuideTestSupport.parseError("# T\n## Step 1: A\n1. X {#x tool=timer}\n")
        #expect(error?.reason == .unknownTool("timer"))
        #expect(error?.line == 3)
        #expect(error?.column == 15)
        #expect(error?.description.contains("cooling-off, drafts, wins, goals, support") == true)
    }

    @Test func anythingElseAfterTheKeyIsPointedAt() {
        let error = GuideTestSupport.parseError("# T\n## Step 1: A\n1. X {#x colour=red}\n")
        #expect(error?.reason == .unknownMarkerSetting("colour=red"))
        #expect(error?.column == 10)
    }

    @Test func anEmptyToolNameIsNotATool() {
        #expect(GuideTestSupport.parseError("# T\n## Step 1: A\n1. X {#x tool=}\n")?.reason == .unknownMarkerSetting("tool="))
    }

    @Test func headingsCarryNoTools() {
        let error = GuideTestSupport.parseError("# T\n## Step 1: A {#a tool=wins}\n1. X\n")
        #expect(error?.reason == .toolOnHeading)
        #expect(error?.line == 2)
        #expect(GuideTestSupport.parseError("# T {#t tool=wins}\n")?.reason == .toolOnHeading)
    }

    /// The bundled guide attaches the five tools the guide's own items ask for.
    @Test func theBundledGuideAttachesItsTools() throws {
        let guide = try GuideParser.parseFile(atPath: GuideTestSupport.bundledGuidePath)
        var tools: [String: GuideTool] = [:]
        for section in guide.sections { for item in section.items { if let tool = item.tool { tools[item.key] = tool } } }
        #expect(tools == ["give-it-time": .coolingOff, "casual-contact": .drafts, "celebrate-small-wins": .wins,
                          "set-relationship-goals": .goals, "seek-professional-help": .support])
    }
}
