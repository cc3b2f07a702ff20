import Foundation
import Testing
@testable import RekindleKit

@Suite struct StoreSettingsTests {
    @Test func settingsStartEmptyAndKeepTheLastValue() throws {
        let store = try Store.inMemory()
        #expect(try store.setting("position.g") == nil)
        try store.setSetting("position.g", to: "first")
        try store.setSetting("position.g", to: "second")
        #expect(try store.setting("position.g") == "second")
        #expect(try store.setting("other") == nil)
    }

    /// Settings go through the same checks as every other write: none lands in a moved file.
    @Test func aSettingIsNotWrittenIntoAMovedDatabase() throws {
        let directory = try TemporaryDirectory()
        let store = try Store(url: directory.databaseURL)
        let folder = directory.databaseURL.deletingLastPathComponent()
        try FileManager.default.moveItem(at: folder, to: directory.url.appendingPathComponent("moved"))
        #expect(throws: StoreError.fileMoved(path: directory.databaseURL.path)) {
            try store.setSetting("position.g", to: "lost?")
        }
    }
}
