import ArgumentParser
import Foundation
import RekindleConfig
import RekindleKit

/// `--config PATH`, for the commands that use the person's settings (the interface, `keys`,
/// `config`, and the editor of `note --edit` and `support --edit`).
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The config file (default: $REKINDLE_CONFIG, else $XDG_CONFIG_HOME/rekindle/config.toml, else ~/.config/rekindle/config.toml).",
        valueName: "path"))
    var config: String?

    /// The settings, or one line naming the file, line and column of the first mistake (exit 78,
    /// EX_CONFIG). A missing file at the usual place is the defaults.
    func load() throws -> Config { try Self.load(path: config) }

    static func load(path: String?) throws -> Config {
        do {
            return try ConfigFile.load(option: path, environment: ProcessEnvironment.current)
        } catch {
            throw CLIFailure(message: error.description, exitCode: 78)
        }
    }

    var location: String {
        ConfigFile.location(option: config, environment: ProcessEnvironment.current).path
    }
}
