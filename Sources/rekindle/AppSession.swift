import Foundation
import RekindleKit
import RekindleTerminal
import RekindleUI

/// The interface as one sitting: it reopens where the person left off (section and pane, kept in
/// the database's settings), and when it ends with notes the database would not take (a full disk,
/// the folder gone), it writes them to a private file rather than let them be lost.
final class AppSession: TerminalApp {
    private let app: AppController
    private let store: Store
    private let settingKey: String
    /// Where unsaved notes were written when the session ended, if it had any.
    private(set) var rescuedNotes: URL?
    /// Notes that nothing would keep, to print once the terminal is restored (the last resort).
    private(set) var notesToPrint = ""
    private var warnedThatNothingKeepsTheNotes = false
    private var triedToPrepareWrites = false

    /// `position`: where the person left off (`savedPosition`), to reopen there.
    init(_ app: AppController, store: Store, guideID: String, position: Position?) {
        self.app = app
        self.store = store
        self.settingKey = Self.positionKey(guideID)
        if let position { app.position = position }
    }

    /// Where the person left the interface on this guide, if it was kept.
    static func savedPosition(in store: Store, guideID: String) -> Position? {
        guard let json = try? store.setting(positionKey(guideID)) else { return nil }
        return Position(json: json)
    }

    private static func positionKey(_ guideID: String) -> String { "position.\(guideID)" }

    /// The first frame was drawn from part of the workbook: the rest is read before anything acts
    /// on it. A resize acts on nothing (and the terminal loop sends one before the first frame).
    func handle(_ event: InputEvent, now: Date) -> TerminalCommand {
        if case .resize = event {} else { app.completeWorkbook() }
        return finishing(app.handle(event, now: now), now: now)
    }

    /// A quit may also come while idle: once changes that waited for the database have landed.
    func idle(now: Date) -> TerminalCommand {
        app.completeWorkbook()
        prepareToWriteOnce()
        return finishing(app.idle(now: now), now: now)
    }

    /// The first frame was drawn from reads alone; the first idle opens the store's writer (the
    /// integrity probe, then the connection), so the first change does not wait for it. Tried
    /// once: if it fails, the first change tries again, and says why.
    private func prepareToWriteOnce() {
        guard !triedToPrepareWrites else { return }
        triedToPrepareWrites = true
        try? store.prepareToWrite()
    }

    /// Keeps the position and any unsaved notes before a quit goes ahead.
    private func finishing(_ command: TerminalCommand, now: Date) -> TerminalCommand {
        guard command == .quit else { return command }
        finish(now: now)
        guard rescuedNotes == nil, !app.unsavedNotes.isEmpty, notesToPrint.isEmpty else { return command }
        // Neither the database nor any folder would take the notes: quitting now would lose them.
        if !warnedThatNothingKeepsTheNotes {
            warnedThatNothingKeepsTheNotes = true
            app.tell("No folder would take a copy of your notes either (beside the database, home, temporary). "
                     + "They are still here. Press q again to quit and print them on the terminal to copy.", isWarning: true)
            return .proceed
        }
        notesToPrint = Self.printable(app.unsavedNotes)
        return command
    }

    func render(size: Size) -> Grid { app.render(size: size) }

    func shutdown(now: Date) {
        app.shutdown(now: now)
        finish(now: now)
    }

    private func finish(now: Date) {
        rememberPosition()
        rescueUnsavedNotes(now: now)
    }

    /// Losing the position is harmless, so a failure here is not worth interrupting a quit for,
    /// nor waiting long for another copy that holds the database's write lock.
    private func rememberPosition() {
        guard let json = app.position?.json else { return }
        Store.$lockWait.withValue(1) { try? store.setSetting(settingKey, to: json) }
    }

    /// The unsaved notes as text, with control characters shown as the screen shows them, so
    /// printing them can never drive the terminal.
    private static func printable(_ notes: [(section: String, body: String)]) -> String {
        notes.map { note in
            "# \(DisplayText.sanitize(note.section))\n\n"
                + note.body.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { DisplayText.sanitize(String($0)) }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    /// Beside the database if that folder still takes files, else in the home folder, else the
    /// temporary folder; always 0600 and never over an existing file.
    private func rescueUnsavedNotes(now: Date) {
        let unsaved = app.unsavedNotes
        guard rescuedNotes == nil, !unsaved.isEmpty else { return }
        let text = unsaved.map { "# \($0.section)\n\n\($0.body)\n" }.joined(separator: "\n")
        let stamp = Int(now.timeIntervalSince1970)
        let home = ProcessEnvironment.current["HOME"].map { URL(fileURLWithPath: $0) }
        let folders = [store.url?.deletingLastPathComponent(), home, URL(fileURLWithPath: NSTemporaryDirectory())]
            .compactMap { $0 }
        for folder in folders {
            let url = folder.appendingPathComponent("rekindle-unsaved-notes-\(stamp).txt")
            if (try? PrivateFiles.write(Data(text.utf8), to: url)) != nil {
                rescuedNotes = url
                return
            }
        }
    }
}

extension AppSession {
    /// The first step of starting the interface, before the database is opened or created: a
    /// terminal rekindle cannot drive (no tty, TERM=dumb) is refused with nothing created and no
    /// byte written to it.
    static func requireTerminal() throws {
        do {
            try checkTerminal()
        } catch let error as TerminalError {
            throw CLIFailure(message: error.description)
        }
    }
}
