import Foundation
import Testing
@testable import RekindleKit

@Suite struct GuideBundledTests {
    let guide: Guide

    init() throws {
        guide = try GuideParser.parseFile(atPath: GuideTestSupport.bundledGuidePath)
    }

    @Test func hasIntroductionSixStepsOfThreeItemsAndClosing() {
        #expect(guide.id == GuideLibrary.defaultGuideID)
        #expect(guide.title == "How Do I Get Him Back: A Comprehensive Guide to Rekindling Lost Love")
        #expect(guide.sections.map(\.kind) == [.introduction] + Array(repeating: .step, count: 6) + [.other])
        #expect(guide.steps.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(guide.steps.allSatisfy { $0.items.map(\.number) == [1, 2, 3] })
        #expect(guide.sections.allSatisfy { $0.paragraphs.count == 1 })
    }

    @Test func keepsTheStableKeysProgressIsStoredUnder() {
        #expect(guide.sections.map(\.key) == [
            "introduction", "self-reflection", "reestablish-contact", "address-the-past",
            "show-genuine-change", "create-new-memories", "build-a-better-future", "closing",
        ])
        #expect(guide.steps.map { $0.items.map(\.key) } == [
            ["evaluate-motives", "identify-problems", "personal-growth"],
            ["give-it-time", "casual-contact", "be-positive"],
            ["apologize-sincerely", "discuss-the-issues", "rebuild-trust"],
            ["consistent-actions", "be-patient", "mutual-effort"],
            ["plan-fun-activities", "celebrate-small-wins", "keep-romance-alive"],
            ["set-relationship-goals", "maintain-open-communication", "seek-professional-help"],
        ])
    }

    /// The seed's lines, rebuilt from the parsed guide, must match the seed's non-blank lines exactly:
    /// every word, punctuation mark and curly quote, with the closing section's heading the only addition.
    @Test(.enabled(if: GuideTestSupport.seedPath != nil,
                   "the seed file (../shared/seed/000_0a8dcdaacad6a616.txt beside the repository) is not present"))
    func isFaithfulToTheSeedWordForWord() throws {
        let seed = try String(contentsOfFile: GuideTestSupport.seedPath!, encoding: .utf8)
        let seedLines = seed.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var rebuilt = [guide.title]
        for section in guide.sections {
            if section.kind == .step { rebuilt.append(section.displayName) }
            rebuilt += section.paragraphs
            rebuilt += section.items.map { "\($0.number). \($0.title): \($0.text)" }
        }
        #expect(rebuilt.count == seedLines.count)
        for (line, (expected, actual)) in zip(seedLines, rebuilt).enumerated() where expected != actual {
            Issue.record("seed line \(line + 1) differs:\n  seed:  \(expected)\n  guide: \(actual)")
        }
    }
}
