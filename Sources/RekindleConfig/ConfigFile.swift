import Foundation
import RekindleUI

/// Where the config file is and how it is read. rekindle only ever reads it: it is the person's
/// file, never written, and any permissions they gave it are fine.
public enum ConfigFile {
    /// `--config PATH`, else $REKINDLE_CONFIG, else $XDG_CONFIG_HOME/rekindle/config.toml, else
    /// ~/.config/rekindle/config.toml. `explicit` says the person named it, so it must exist.
    public static func location(option: String?, environment: [String: String]) -> (path: String, explicit: Bool) {
        if let option, !option.isEmpty { return (option, true) }
        if let named = environment["REKINDLE_CONFIG"], !named.isEmpty { return (named, true) }
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return (base + "/rekindle/config.toml", false)
    }

    /// The settings at the location: the defaults when the usual file does not exist; a named
    /// file that does not exist, one that cannot be read, or one with any mistake is refused.
    public static func load(option: String?, environment: [String: String]) throws(ConfigError) -> Config {
        let (path, explicit) = location(option: option, environment: environment)
        let start = SourcePosition(line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if !explicit { return Config() }
            throw ConfigError(path: path, position: start, message: "there is no config file here — check the path, or 'rekindle config --default > \(path)' writes one")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(path: path, position: start, message: "this config file cannot be read — make it a file you can read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(path: path, position: start, message: "the config file is not UTF-8 text — save it as UTF-8")
        }
        return try ConfigParser.parse(text, path: path)
    }
}
