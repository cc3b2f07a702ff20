import Foundation
import Testing
@testable import RekindleKit

@Suite struct GuideLibraryTests {
    private func write(_ text: String, to folder: URL, as name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    @Test func listsGuidesInFolderOrderAndReportsBrokenFiles() throws {
        let first = try GuideTestSupport.makeTemporaryFolder()
        let second = try GuideTestSupport.makeTemporaryFolder()
        defer { for folder in [first, second] { try? FileManager.default.removeItem(at: folder) } }
        try write("# Zebra Care\n", to: first, as: "b.md")
        try write("# Mine {#shared}\n", to: first, as: "a.md")
        try write("## no title\n", to: first, as: "broken.md")
        try write("# Same {#shared}\n", to: first, as: "c.md")
        try write("# Not a guide\n", to: first, as: "notes.txt")
        try write("# Theirs {#shared}\n", to: second, as: "a.md")
        try write("# Other\n", to: second, as: "z.md")

        let library = GuideLibrary(folders: [first.path, "/nonexistent/rekindle", second.path])
        let listing = library.list()
        #expect(listing.entries.map(\.id) == ["shared", "zebra-care", "other"])
        #expect(listing.entries.map(\.title) == ["Mine", "Zebra Care", "Other"])
        #expect(listing.entries[0].path == first.appendingPathComponent("a.md").path)
        #expect(listing.problems.count == 2)
        guard case .invalid(let parseError) = listing.problems.first else {
            Issue.record("expected the broken file first, got \(listing.problems)")
            return
        }
        #expect(parseError.fileName.hasSuffix("broken.md") && parseError.reason == .missingTitle)
        #expect(listing.problems.last == .duplicateID(path: first.appendingPathComponent("c.md").path, id: "shared",
                                                      firstPath: first.appendingPathComponent("a.md").path))
        #expect(try library.guide(id: "shared").title == "Mine")
        #expect(throws: GuideLoadError.notFound(id: "missing", searched: library.folders)) { try library.guide(id: "missing") }
    }

    @Test func standardFoldersComeFromTheEnvironmentInstallPrefixAndSourceTree() throws {
        let root = try GuideTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let executableFolder = root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/debug")
        try FileManager.default.createDirectory(at: executableFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)

        let library = GuideLibrary.standard(environment: ["REKINDLE_GUIDES": "/custom/guides"],
                                            executablePath: executableFolder.appendingPathComponent("rekindle").path)
        #expect(library.folders == [
            "/custom/guides",
            root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/share/rekindle/guides").path,
            root.appendingPathComponent("Content").path,
        ])
    }

    /// The start's plain path arithmetic gives the folders `URL` gave (it was `URL` before).
    @Test func folderPathsAreWhatURLMadeOfThem() {
        let paths = ["/a/b/c", "/a/b/", "/a", "/a/./b/../c", "/x/.build/release/../share/rekindle/guides",
                     "/é t/ü/../x", "/a/b/./../../c", "/tmp/.hidden/..x/y"]
        for path in paths {
            #expect(FolderPath.standardized(path) == URL(fileURLWithPath: path).standardizedFileURL.path, "\(path)")
            #expect(FolderPath.parent(of: path) == URL(fileURLWithPath: path).deletingLastPathComponent().path, "\(path)")
        }
        #expect(FolderPath.standardized("/a//b/c") == URL(fileURLWithPath: "/a//b/c").standardizedFileURL.path)
        #expect(FolderPath.joining("/a/b", "../c") == URL(fileURLWithPath: "/a/b").appendingPathComponent("../c").path)
        #expect(FolderPath.joining("/", "Content") == URL(fileURLWithPath: "/").appendingPathComponent("Content").path)
    }

    @Test func looksForContentAtMostFiveFoldersUp() throws {
        let root = try GuideTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)
        let fiveDown = root.appendingPathComponent("a/b/c/d/e")
        #expect(GuideLibrary.contentFolder(above: fiveDown.path) == root.appendingPathComponent("Content").path)
        #expect(GuideLibrary.contentFolder(above: fiveDown.appendingPathComponent("f").path) == nil)
    }

    @Test func findsTheBundledDefaultGuideFromTheRunningTestBinary() throws {
        // The test binary lives in .build/<triple>/debug, below this repository's Content/ folder.
        let library = GuideLibrary.standard(environment: [:])
        let guide = try library.defaultGuide()
        #expect(guide.id == GuideLibrary.defaultGuideID)
        #expect(guide.steps.count == 6)
    }

    @Test func reportsUnreadableGuideFilesPlainly() throws {
        let folder = try GuideTestSupport.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: GuideLoadError.unreadable(path: folder.path, reason: "not a regular file")) {
            try GuideParser.parseFile(atPath: folder.path)
        }
        let missing = folder.appendingPathComponent("missing.md").path
        #expect(throws: GuideLoadError.unreadable(path: missing, reason: "no such file")) {
            try GuideParser.parseFile(atPath: missing)
        }
        #expect(GuideLoadError.unreadable(path: missing, reason: "no such file").description
            == "\(missing): cannot read this guide file: no such file")
    }
}
