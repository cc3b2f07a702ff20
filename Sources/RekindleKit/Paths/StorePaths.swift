import Foundation

/// Where the database lives.
///
/// Precedence: an explicit path (the command line's `--db`), then `REKINDLE_DB`, then
/// `$XDG_DATA_HOME/rekindle/rekindle.sqlite`, then `~/.local/share/rekindle/rekindle.sqlite`.
public enum StorePaths {
    public static let fileName = "rekindle.sqlite"

    /// The database location for this run. `environment` is a parameter so tests need not touch
    /// the process environment.
    public static func databaseURL(
        explicit: String? = nil,
        environment: [String: String] = ProcessEnvironment.current
    ) -> URL {
        if let explicit, !explicit.isEmpty { return absolute(explicit) }
        if let fromEnv = environment["REKINDLE_DB"], !fromEnv.isEmpty { return absolute(fromEnv) }
        return dataHome(environment: environment)
            .appendingPathComponent("rekindle", isDirectory: true)
            .appendingPathComponent(fileName)
    }

    /// `$XDG_DATA_HOME` when set to an absolute path (the spec says to ignore a relative one),
    /// otherwise `$HOME/.local/share`.
    static func dataHome(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share", isDirectory: true)
    }

    /// `path` from the working folder, "." and ".." worked out by name (`FolderPath`: URL's
    /// `standardizedFileURL` cost every start 0.45 M instructions).
    private static func absolute(_ path: String) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        let full = expanded.hasPrefix("/") ? expanded : FolderPath.joining(FileManager.default.currentDirectoryPath, expanded)
        return URL(fileURLWithPath: FolderPath.standardized(full))
    }
}
