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
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIFailure(message: "the interface needs a terminal; for scripts use 'rekindle status', 'tick', 'note' or 'export'")
        }
        let session = try Session(common)
        let controller = AppController(workbook: session.workbook, store: session.store)
        try runTerminalApp(PositionRememberingApp(controller, store: session.store, guideID: session.workbook.guideID))
    }
}
