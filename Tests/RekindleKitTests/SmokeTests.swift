import Testing
@testable import RekindleKit
@Test func guideStepsFilter() {
    let g = Guide(id: "g", title: "T", sections: [
        GuideSection(key: "intro", kind: .introduction, number: nil, title: "Introduction", paragraphs: [], items: [], line: 1),
        GuideSection(key: "s1", kind: .step, number: 1, title: "One", paragraphs: [], items: [], line: 3),
    ])
    #expect(g.steps.map(\.key) == ["s1"])
}
