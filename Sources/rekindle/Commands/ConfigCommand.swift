import ArgumentParser
import Foundation
import RekindleConfig
import RekindleKit

/// Checks the person's config file, or prints a default one to start from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check your config file and say where it is, or print a commented default one (--default).",
        discussion: "rekindle only reads the file. 'rekindle config --default > ~/.config/rekindle/config.toml' starts one.")
    @OptionGroup var settings: ConfigOption
    @Flag(name: .customLong("default"), help: "Print a config file with every setting at its default, commented out.")
    var printDefault = false

    func run() throws {
        if printDefault { return print(ConfigFile.defaultText, terminator: "") }
        _ = try settings.load()
        let path = settings.location
        let found = FileManager.default.fileExists(atPath: path)
        print(DisplayText.sanitize(found ? "\(path): ok" : "\(path): no file there, so the defaults apply — 'rekindle config --default' prints one to start from"))
    }
}
