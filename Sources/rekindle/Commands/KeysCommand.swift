import ArgumentParser
import RekindleUI

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "List every key of the interface (the same table as '?' in the app).")

    func run() {
        print(KeyReference.markdown, terminator: "")
    }
}
