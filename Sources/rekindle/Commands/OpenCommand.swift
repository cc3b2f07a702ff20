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
        let session = try Session(common)
        let controller = AppController(workbook: session.workbook, store: session.store)
        // With stdin or stdout redirected the terminal layer talks to /dev/tty, as less and vim do.
        do {
            try runTerminalApp(PositionRememberingApp(controller, store: session.store, guideID: session.workbook.guideID))
        } catch let error as TerminalError {
            throw CLIFailure(message: error.description)
        }
    }
}
