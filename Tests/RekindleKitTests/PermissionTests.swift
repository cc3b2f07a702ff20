import Foundation
import Testing
@testable import RekindleKit

/// What the store and `PrivateFiles` create is private whatever umask the process started with,
/// and the doctor notices loose modes. (The command line under umask 022 and 000, including the
/// `note --edit` file, is covered by Tests/e2e/cli_permissions.sh.)
///
/// The umask is per process and tests run in parallel, so these tests only ever set it looser
/// for the moment before the call under test, which sets it back to 077 itself; a parallel test
/// could at worst create a file with a looser mode, which no other test checks.
@Suite(.serialized) struct PermissionTests {
    private func mode(_ url: URL) -> mode_t? { PrivateFiles.mode(of: url) }

    @Test(arguments: [mode_t(0o022), mode_t(0o000)])
    func storeFilesArePrivateWhateverTheUmask(_ mask: mode_t) throws {
        let directory = try TemporaryDirectory()
        umask(mask)
        let store = try Store(url: directory.databaseURL)
        #expect(umask(0o077) == 0o077, "opening the store sets the umask to 077")
        _ = try store.load(guide: sampleGuide())
        try store.saveNotes(guideID: "rekindle", sectionKey: "contact", body: "private")

        let folder = directory.databaseURL.deletingLastPathComponent()
        #expect(mode(folder) == 0o700)
        // While the store is open, the -wal and -shm files exist and must be private too.
        for file in Store.databaseFiles(directory.databaseURL) {
            #expect(mode(file) == 0o600, "\(file.lastPathComponent)")
        }

        umask(mask)
        let backup = directory.file("backup.sqlite")
        try store.backup(to: backup)
        #expect(mode(backup) == 0o600)

        umask(mask)
        let export = directory.file("export.md")
        try PrivateFiles.write(Data("notes".utf8), to: export)
        #expect(mode(export) == 0o600)
        umask(mask)
        try PrivateFiles.write(Data("again".utf8), to: export, force: true)
        #expect(mode(export) == 0o600)
        umask(0o077)
        // No temporary file left beside them.
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(Set(names) == ["data", "backup.sqlite", "export.md"])
    }

    @Test func anExistingLooseFolderIsLeftAloneButReported() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.databaseURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        chmod(folder.path, 0o755)
        let store = try Store(url: directory.databaseURL)
        #expect(mode(folder) == 0o755, "a folder the person made is theirs to change")
        let report = try store.doctorReport()
        #expect(!report.isHealthy)
        #expect(report.permissionProblems.count == 1)
        #expect(report.lines.contains { $0.hasPrefix("warning:") && $0.contains("chmod 700 \(folder.path)") })
    }

    @Test func aLooseDatabaseFileIsReportedThenRestrictedOnOpen() throws {
        let directory = try TemporaryDirectory()
        do { _ = try Store(url: directory.databaseURL) }
        chmod(directory.databaseURL.path, 0o644)
        let problems = Store.permissionProblems(directory.databaseURL)
        #expect(problems.count == 1 && problems[0].contains("chmod 600 \(directory.databaseURL.path)"))
        let store = try Store(url: directory.databaseURL)
        #expect(mode(directory.databaseURL) == 0o600)
        #expect(try store.doctorReport().isHealthy)
    }

    @Test func aSymlinkDestinationIsRefusedAndNotFollowed() throws {
        let directory = try TemporaryDirectory()
        let target = directory.file("target.md")
        let link = directory.file("link.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        for force in [false, true] {
            #expect(throws: PrivateFileError.symlinkRefused(path: link.path)) {
                try PrivateFiles.write(Data("secret".utf8), to: link, force: force)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: target.path))
        let store = try Store(url: directory.databaseURL)
        #expect(throws: PrivateFileError.symlinkRefused(path: link.path)) { try store.backup(to: link, force: true) }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}
