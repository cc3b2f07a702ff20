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
}
