import ArgumentParser
import Foundation
import RekindleConfig
import RekindleKit
import RekindleStoreAdapter
import RekindleTerminal
import RekindleUI

/// The full-screen interface (what `rekindle` alone runs).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the full-screen interface (the default).")
    @OptionGroup var common: CommonOptions
    @OptionGroup var settings: ConfigOption
    @Flag(help: ArgumentHelp("Show just \"rekindle\" as the title, not the guide's (also REKINDLE_DISCREET=1).",
                             discussion: "Ctrl-B blanks the screen until the next key, discreet or not."))
    var discreet = false

    func run() throws {
        try Self.openInterface(InterfaceArguments(db: common.db, guide: common.guide), config: settings.config,
                               discreet: discreet)
    }

    /// The interface on the database and guide given; what `run` does, and what `Rekindle.main`
    /// calls directly for the arguments `InterfaceArguments` recognises.
    static func openInterface(_ arguments: InterfaceArguments, config configPath: String? = nil, discreet: Bool = false) throws {
        // The person's settings first: a mistake in them is one line, before the terminal or the
        // database is touched.
        let config = try ConfigOption.load(path: configPath)
        try AppSession.requireTerminal()
        let sitting = try sitting(arguments, config: config, discreet: discreet)
        // With stdin or stdout redirected the terminal layer talks to /dev/tty, as less and vim do.
        do {
            try runTerminalApp(sitting, theme: config.theme)
        } catch let error as TerminalError {
            throw CLIFailure(message: error.description)
        }
        if !sitting.notesToPrint.isEmpty {
            print(sitting.notesToPrint)
            throw CLIFailure(message: "the database would not take your latest notes and no folder would keep a copy; they are printed above — copy them somewhere safe")
        }
        if let rescued = sitting.rescuedNotes {
            throw CLIFailure(message: "the database would not take your latest notes; they are kept in \(rescued.path) (readable only by you)")
        }
    }

    /// The database opened and read for the first frame, in a function of its own: the session's
    /// copy of the first frame's workbook ends here, and the controller's is let go once the rest
    /// is read. Kept in `openInterface` until the sitting ended, it held the shown step's 10,000
    /// items (2.3 MB with their titles) beside the ones read after the first frame (issue 15).
    private static func sitting(_ arguments: InterfaceArguments, config: Config, discreet: Bool) throws -> AppSession {
        // Where the person left off decides which section's items the first frame reads.
        var position: Position?
        let session = try Session(db: arguments.db, guide: arguments.guide, showing: { store, guide in
            position = AppSession.savedPosition(in: store, guideID: guide.id)
            return position?.sectionKey
        })
        let store = GuideStore(store: session.store, guide: session.guide)
        let environment = ProcessEnvironment.current
        let discreet = discreet || environment["REKINDLE_DISCREET"].map { !$0.isEmpty && $0 != "0" } == true
        let controller = AppController(workbook: session.workbook, store: store, backgroundStore: store,
                                       preferences: config.preferences(environment: environment, discreet: discreet))
        return AppSession(controller, store: session.store, guideID: session.workbook.guideID, position: position)
    }
}
