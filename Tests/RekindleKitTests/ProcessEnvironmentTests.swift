import Foundation
import Testing
@testable import RekindleKit

/// The environment is read from `environ` directly, and must say what Foundation says.
@Suite struct ProcessEnvironmentTests {
    @Test func theSnapshotIsWhatFoundationReads() {
        #expect(ProcessEnvironment.current == ProcessInfo.processInfo.environment)
    }

    @Test func entriesAreSplitAtTheFirstEqualsSignAndTheFirstOfANameWins() {
        let entries = ["HOME=/home/ana", "EMPTY=", "EQ=a=b", "NOEQUALS", "HOME=/elsewhere", "LANG=café.UTF-8"]
        var pointers: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        let parsed = pointers.withUnsafeMutableBufferPointer { ProcessEnvironment.parse($0.baseAddress) }
        #expect(parsed == ["HOME": "/home/ana", "EMPTY": "", "EQ": "a=b", "LANG": "café.UTF-8"])
        #expect(ProcessEnvironment.parse(nil).isEmpty)
    }
}
