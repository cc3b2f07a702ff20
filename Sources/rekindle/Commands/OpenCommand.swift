import ArgumentParser
import Foundation
import RekindleKit
import RekindleTerminal
import RekindleUI

/// The full-screen interface (what `rekindle` alone runs).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the full-screen interface (the default).")
    @OptionGroup var common: CommonOptions

    func run() throws {
        try AppSession.requireTerminal()
        let session = try Session(common)
        let (store, guide) = (session.store, session.guide)
        let controller = AppController(workbook: session.workbook, store: store, backgroundStore: store,
                                       reloadWorkbook: { try store.load(guide: guide) })
        // With stdin or stdout redirected the terminal layer talks to /dev/tty, as less and vim do.
        let sitting = AppSession(controller, store: session.store, guideID: session.workbook.guideID)
        do {
            try runTerminalApp(sitting)
        } catch let error as TerminalError {
            throw CLIFailure(message: error.description)
        }
        if let rescued = sitting.rescuedNotes {
            throw CLIFailure(message: "the database would not take your latest notes; they are kept in \(rescued.path) (readable only by you)")
        }
    }
}
