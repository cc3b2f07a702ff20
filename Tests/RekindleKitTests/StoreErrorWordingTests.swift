import GRDB
import Testing
@testable import RekindleKit

/// Issue 10 item 19: every refusal of the store says, in one line, what happened, which file (when
/// there is one) and what to do; SQLite's own words never stand alone.
@Suite struct StoreErrorWordingTests {
    static let path = "/home/sam/.local/share/rekindle/rekindle.sqlite"

    /// One of each case. `kind` switches over them without a default: a new case does not compile
    /// until it is listed here too.
    static let every: [StoreError] = [
        .isDirectory(path: path), .notSQLite(path: path), .corrupt(path: path, detail: "*** in database main *** Page 3: btreeInitPage() returns error code 11"),
        .foreignDatabase(path: path), .newerSchema(path: path, found: "v9", known: 4),
        .cannotOpen(path: path, reason: "permission denied"), .unknownSection(guideID: "g", sectionKey: "s9"),
        .unknownItem(id: 7), .guideItemNotRenamable(id: 7), .unknownRevision(id: 7), .diskFull(path: path),
        .readOnly(path: path), .fileMoved(path: path), .notPrivate(path: path, reason: "the folder is writable by others"),
        .textHasNUL, .backupHasWAL(path: path), .inUse(path: path), .orphanWAL(path: path),
        .sideFilesReplaced(path: path), .busy(path: path), .unknownEntry(id: 7), .invalidMood(.notOneWord("very calm")), .writeFailed(path: path, reason: Store.plainReason(DatabaseError(resultCode: .SQLITE_IOERR, message: "disk I/O error"))),
    ]

    static func kind(_ error: StoreError) -> String {
        switch error {
        case .isDirectory: "isDirectory"
        case .notSQLite: "notSQLite"
        case .corrupt: "corrupt"
        case .foreignDatabase: "foreignDatabase"
        case .newerSchema: "newerSchema"
        case .cannotOpen: "cannotOpen"
        case .unknownSection: "unknownSection"
        case .unknownItem: "unknownItem"
        case .guideItemNotRenamable: "guideItemNotRenamable"
        case .unknownRevision: "unknownRevision"
        case .diskFull: "diskFull"
        case .readOnly: "readOnly"
        case .fileMoved: "fileMoved"
        case .notPrivate: "notPrivate"
        case .textHasNUL: "textHasNUL"
        case .backupHasWAL: "backupHasWAL"
        case .inUse: "inUse"
        case .orphanWAL: "orphanWAL"
        case .sideFilesReplaced: "sideFilesReplaced"
        case .busy: "busy"
        case .unknownEntry: "unknownEntry"
        case .invalidMood: "invalidMood"
        case .writeFailed: "writeFailed"
        }
    }

    /// The cases that concern a file.
    static func path(of error: StoreError) -> String? {
        switch error {
        case .isDirectory(let path), .notSQLite(let path), .corrupt(let path, _), .foreignDatabase(let path),
             .newerSchema(let path, _, _), .cannotOpen(let path, _), .diskFull(let path), .readOnly(let path),
             .fileMoved(let path), .notPrivate(let path, _), .backupHasWAL(let path), .inUse(let path),
             .orphanWAL(let path), .sideFilesReplaced(let path), .busy(let path), .writeFailed(let path, _):
            path
        case .unknownSection, .unknownItem, .guideItemNotRenamable, .unknownRevision, .textHasNUL, .unknownEntry, .invalidMood:
            nil
        }
    }

    /// Words that tell the person what to do (or what to use instead).
    static let actions = ["restore", "use --db", "move", "update", "load", "restart", "add ", "lists", "free some space",
                          "check", "quit", "keep", "remove", "run ", "put it back", "try again", "instead"]

    @Test func everyCaseIsListedOnce() {
        #expect(Set(Self.every.map(Self.kind)).count == Self.every.count)
    }

    @Test(arguments: every)
    func saysWhichFileAndWhatToDoInOneLine(_ error: StoreError) {
        let text = error.description
        #expect(!text.contains("\n"), "\(Self.kind(error)): more than one line")
        if let path = Self.path(of: error) { #expect(text.contains(path), "\(Self.kind(error)): no file named") }
        let lower = text.lowercased()
        #expect(Self.actions.contains { lower.contains($0) }, "\(Self.kind(error)): says nothing to do: \(text)")
        // SQLite's report, where there is one, follows plain words; it never starts the line.
        for jargon in ["***", "btree", "disk I/O error", "SQLITE_"] where text.contains(jargon) {
            let plain = text.components(separatedBy: jargon)[0]
            #expect(plain.split(separator: " ").count >= 6, "\(Self.kind(error)): SQLite's words stand almost alone")
        }
    }
}
