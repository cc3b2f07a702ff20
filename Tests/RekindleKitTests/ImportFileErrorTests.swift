import Foundation
import Testing
@testable import RekindleKit

/// Every way a file can fail to be an export ends in one line naming the file, the line where
/// there is one, and what to do.
@Suite struct ImportFileErrorTests {
    private let guide = sampleGuide()

    /// A real export, as text, to change one thing in.
    private func exportText() throws -> String {
        let store = try Store.inMemory()
        let workbook = try store.load(guide: guide)
        try store.setDone(itemID: try #require(workbook.sections[1].items.first).id, done: true, at: date(1))
        try store.saveNotes(guideID: guide.id, sectionKey: "contact", body: "Hello.", at: date(2))
        let entry = try store.addEntry(guideID: guide.id, kind: .goal, sectionKey: "contact", body: "Breathe first.", mood: .word("calm"),
                                       at: date(3), now: date(3), due: LocalDay(year: 2026, month: 12, day: 24))
        try store.updateEntry(id: entry.id, body: "Breathe first, then wait.", mood: .word("calm"), at: date(4))
        return String(decoding: try Exporter.json(ExportDocument(store: store, workbook: try store.load(guide: guide))), as: UTF8.self)
    }

    private func error(_ text: String, guideID: String? = nil) -> ImportError? {
        do {
            _ = try ExportFileReader.read(Data(text.utf8), file: "in.json", guideID: guideID ?? guide.id)
            return nil
        } catch {
            return error
        }
    }

    private func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    @Test func aSyntaxErrorNamesItsLineAndColumn() {
        #expect(error("{\n  \"format\": \"rekindle-export\",\n  \"version\" 2\n}") == .notJSON(file: "in.json", line: 3, column: 13))
        #expect(error("") == .notJSON(file: "in.json", line: 1, column: 1))
        #expect(error("{\n  \"format\": \"rekindle-export\",\n  \"version\": 2,\n  \"guide\": \"cut") != nil)
    }

    @Test func aFileThatIsNotAnExportSaysSo() {
        #expect(error("{\"done\": 1}") == .notAnExport(file: "in.json", reason: "missing \"format\""))
        #expect(error("[1, 2]") == .notAnExport(file: "in.json", reason: "not a JSON object"))
        #expect(error("{\"format\": \"other\", \"version\": 2}") == .notAnExport(file: "in.json", reason: "\"format\" is \"other\", not \"rekindle-export\""))
        #expect(error("{\"format\": \"rekindle-export\"}") == .notAnExport(file: "in.json", reason: "missing \"version\""))
        #expect(error("SQLite format 3\0 and the rest")?.description.contains("rekindle restore in.json") == true)
    }

    @Test func versionsOtherThanThisOneAreRefusedClearly() {
        #expect(error("{\"format\": \"rekindle-export\", \"version\": 3, \"anything\": [\"new\"]}") == .newerVersion(file: "in.json", version: 3))
        #expect(error("{\"format\": \"rekindle-export\", \"version\": 3}")?.description.contains("update rekindle") == true)
        #expect(error("{\"format\": \"rekindle-export\", \"version\": 1}") == .oldVersion(file: "in.json", version: 1))
    }

    @Test func aValueOfTheWrongShapeNamesItsLineAndPlace() throws {
        let text = try exportText()
        let changed = text.replacingOccurrences(of: "\"done\" : true", with: "\"done\" : \"yes\"")
        #expect(error(changed) == .invalid(file: "in.json", line: line(of: "\"yes\"", in: changed), path: "sections[1].items[0].done", problem: "expected true or false"))
        let badDate = text.replacingOccurrences(of: "\"savedAt\" : \"2023-11-14T22:13:22.000Z\"", with: "\"savedAt\" : \"yesterday\"")
        #expect(error(badDate) == .invalid(file: "in.json", line: line(of: "yesterday", in: badDate), path: "sections[2].noteHistory[0].savedAt",
                                           problem: "expected a UTC date such as 2025-01-31T18:05:00.000Z"))
        let noTitle = text.replacingOccurrences(of: "\"title\" : \"Send a Message\"", with: "\"name\" : \"Send a Message\"")
        let missing = try #require(error(noTitle))
        #expect(missing.description.hasPrefix("in.json:") && missing.description.contains("sections[2].items[0]: missing \"title\""))
    }

    @Test func partsThatContradictEachOtherAreRefused() throws {
        let text = try exportText()
        let notes = text.replacingOccurrences(of: "\"notes\" : \"Hello.\"", with: "\"notes\" : \"Hello!\"")
        #expect(error(notes)?.description.hasSuffix("sections[2].notes: differs from the last version in \"noteHistory\" (every save of the text is one) — fix it, or export again") == true)
        let twice = text.replacingOccurrences(of: "\"key\" : \"mistakes\"", with: "\"key\" : \"motives\"")
        #expect(error(twice)?.description.contains("the item \"motives\" appears twice") == true)
        let nul = text.replacingOccurrences(of: "Hello.", with: "Hel\\u0000lo.")
        #expect(error(nul)?.description.contains("NUL") == true)
        let ticked = text.replacingOccurrences(of: "\"done\" : true", with: "\"done\" : false")
        #expect(error(ticked)?.description.contains("\"done\" must be true exactly when \"doneAt\" is given") == true)
    }

    @Test func entriesTheStoreWouldRefuseAreRefusedWithTheirLine() throws {
        let text = try exportText()
        /// `old` replaced by `new` is refused at `path`, on the line where `needle` is.
        func expectProblem(_ old: String, _ new: String, needle: String, path: String, _ problem: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
            let changed = text.replacingOccurrences(of: old, with: new)
            #expect(changed != text, sourceLocation: sourceLocation)
            let expectedLine = line(of: needle, in: changed)
            guard case .invalid(_, let foundLine, let foundPath, let foundProblem) = error(changed) else {
                Issue.record("\(String(describing: error(changed)))", sourceLocation: sourceLocation)
                return
            }
            #expect(foundPath == path && foundProblem.contains(problem), "\(foundPath): \(foundProblem)", sourceLocation: sourceLocation)
            #expect(expectedLine != nil && foundLine == expectedLine, sourceLocation: sourceLocation)
        }
        expectProblem("\"mood\" : \"calm\",\n      \"revisions\"", "\"mood\" : \"two words\",\n      \"revisions\"", needle: "two words",
                      path: "entries[0].mood", "more than one word")
        expectProblem("\"mood\" : \"calm\",\n          \"savedAt\"", "\"mood\" : 9,\n          \"savedAt\"", needle: ": 9,",
                      path: "entries[0].revisions[0].mood", "not on the scale")
        expectProblem("\"due\" : \"2026-12-24\"", "\"due\" : \"2026-02-30\"", needle: "2026-02-30", path: "entries[0].due",
                      "is not a calendar day")
        expectProblem("\"section\" : \"contact\"", "\"section\" : \"nowhere\"", needle: "nowhere", path: "entries[0].section",
                      "\"nowhere\" is not in \"sections\"")
        expectProblem("Breathe first, then wait.", "Breathe\\u0000 now.", needle: "Breathe\\u0000", path: "entries[0].body", "NUL")
        expectProblem("\"body\" : \"Breathe first.\"", "\"body\" : \"Breathe\\u0000\"", needle: "Breathe\\u0000",
                      path: "entries[0].revisions[0].body", "NUL")
        expectProblem("\"kind\" : \"goal\"", "\"kind\" : \"goal\",\n      \"deletedAt\" : \"2023-11-14T22:13:25.000Z\"", needle: "22:13:25",
                      path: "entries[0].deletedAt", "only they, carry \"deletedAt\"")
        let badDay = text.replacingOccurrences(of: "\"due\" : \"2026-12-24\"", with: "\"due\" : \"24/12/2026\"")
        #expect(error(badDay)?.description.contains("entries[0].due: not a YYYY-MM-DD day") == true)
    }

    @Test func anExportOfAnotherGuideNamesBoth() throws {
        #expect(error(try exportText(), guideID: "calm-mornings") == .otherGuide(file: "in.json", found: guide.id, expected: "calm-mornings"))
    }

    @Test func datesKeepTheirMilliseconds() throws {
        for milliseconds: Int64 in [0, 1, 123, 1_735_689_600_001, 1_700_000_010_500, -1] {
            let date = ExportDate.date(milliseconds: milliseconds)
            let text = ExportDate.jsonString(date)
            #expect(ExportDate.parse(text).map(ExportDate.milliseconds) == milliseconds, "\(text)")
        }
        #expect(ExportDate.jsonString(Date(timeIntervalSince1970: 1_700_000_010.5)) == "2023-11-14T22:13:30.500Z")
        #expect(ExportDate.databaseString(Date(timeIntervalSince1970: 0.123)) == "1970-01-01 00:00:00.123")
        // Version 1's whole seconds still read; impossible dates do not.
        #expect(ExportDate.parse("1970-01-01T00:00:01Z") == Date(timeIntervalSince1970: 1))
        #expect(ExportDate.parse("2025-02-31T00:00:00.000Z") == nil)
        #expect(ExportDate.parse("2025-01-01 00:00:00Z") == nil)
        #expect(ExportDate.parse("2025-01-01T00:00:00.0000Z") == nil)
    }
}
