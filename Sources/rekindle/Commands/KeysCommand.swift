import ArgumentParser
import RekindleUI

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "List every key of the interface (the same table as '?' in the app), with your config's keys.")
    @OptionGroup var settings: ConfigOption
    @Flag(help: "List the names a config file rebinds keys by ('global.down'), with their keys.") var names = false

    func run() throws {
        let keyMap = try settings.load().keyMap
        print(names ? keyMap.nameList : KeyReference.markdown(keyMap), terminator: "")
    }
}
