import Foundation
import Testing
@testable import RekindleKit

@Suite struct PathsTests {
    @Test func databaseLocationPrecedence() {
        let environment = ["HOME": "/home/ana", "XDG_DATA_HOME": "/data", "REKINDLE_DB": "/env/r.sqlite"]
        #expect(StorePaths.databaseURL(explicit: "/cli/r.sqlite", environment: environment).path == "/cli/r.sqlite")
        #expect(StorePaths.databaseURL(environment: environment).path == "/env/r.sqlite")
        #expect(StorePaths.databaseURL(environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "/data"]).path
                == "/data/rekindle/rekindle.sqlite")
        // A relative XDG_DATA_HOME is ignored, as the XDG spec says.
        #expect(StorePaths.databaseURL(environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "rel"]).path
                == "/home/ana/.local/share/rekindle/rekindle.sqlite")
    }

    /// A `--db` path is made absolute by name, as URL's `standardizedFileURL` made it (the oracle).
    @Test func anExplicitPathIsMadeAbsoluteAsURLWouldMakeIt() {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        for path in ["r.sqlite", "./r.sqlite", "../r.sqlite", "a/../../b/./r.sqlite", "/a/b/../c.sqlite", "/a/./b//r.sqlite", "/../r.sqlite"] {
            let byURL = path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL : here.appendingPathComponent(path).standardizedFileURL
            #expect(StorePaths.databaseURL(explicit: path, environment: [:]).path == byURL.path, "\(path)")
        }
    }

    @Test func atomicWriteIsPrivateAndRefusesToOverwriteUnlessForced() throws {
        let directory = try TemporaryDirectory()
        let target = directory.file("export.md")
        umask(0o022)
        try PrivateFiles.write(Data("one".utf8), to: target)
        #expect(PrivateFiles.mode(of: target) == 0o600)
        #expect(throws: PrivateFileError.fileExists(path: target.path)) { try PrivateFiles.write(Data("two".utf8), to: target) }
        try PrivateFiles.write(Data("two".utf8), to: target, force: true)
        #expect(try String(contentsOf: target, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["export.md"])
    }

    @Test func atomicWriteRefusesASymlinkEvenWhenForced() throws {
        let directory = try TemporaryDirectory()
        let victim = directory.file("victim")
        try Data("keep me".utf8).write(to: victim)
        let link = directory.file("link.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        #expect(throws: PrivateFileError.symlinkRefused(path: link.path)) {
            try PrivateFiles.write(Data("evil".utf8), to: link, force: true)
        }
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
    }

    @Test func failedProducerLeavesNothingBehind() throws {
        struct Boom: Error {}
        let directory = try TemporaryDirectory()
        #expect(throws: Boom.self) { try PrivateFiles.replace(directory.file("x"), force: false) { _ in throw Boom() } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    }
}
