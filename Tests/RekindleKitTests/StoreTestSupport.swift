import Foundation
@testable import RekindleKit

/// A unique directory under the system temporary directory, removed when released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("rekindle-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// A database path inside a not-yet-existing subdirectory, as on a first run.
    var databaseURL: URL { url.appendingPathComponent("data/rekindle.sqlite") }
}

/// A small guide: an introduction and two steps with items, built by hand (not parsed).
func sampleGuide(
    stepOneItems: [GuideItem] = [
        GuideItem(key: "motives", number: 1, title: "Evaluate Your Motives", text: "Why do you want this?", line: 5),
        GuideItem(key: "mistakes", number: 2, title: "Own Your Mistakes", text: "Be honest.", line: 6),
    ],
    extraSections: [GuideSection] = []
) -> Guide {
    Guide(id: "rekindle", title: "How Do I Get Him Back", sections: [
        GuideSection(key: "introduction", kind: .introduction, number: nil, title: "Introduction",
                     paragraphs: ["Love can be rekindled."], items: [], line: 1),
        GuideSection(key: "self-reflection", kind: .step, number: 1, title: "Self-Reflection",
                     paragraphs: ["Look inward first."], items: stepOneItems, line: 4),
        GuideSection(key: "contact", kind: .step, number: 2, title: "Reestablishing Contact",
                     paragraphs: ["Reach out gently."],
                     items: [GuideItem(key: "message", number: 1, title: "Send a Message", text: "Keep it light.", line: 10)],
                     line: 9),
    ] + extraSections)
}

extension Workbook {
    func section(_ key: String) -> WorkbookSection? { sections.first { $0.key == key } }
}

/// A whole-second date, which survives the store's millisecond precision exactly.
func date(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: 1_700_000_000 + seconds) }
