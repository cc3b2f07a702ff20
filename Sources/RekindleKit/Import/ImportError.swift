/// Why a file could not be imported. `description` is one line naming the file (and the line when
/// there is one) and what to do; nothing was written when one of these is thrown.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case notJSON(file: String, line: Int, column: Int)
    case notAnExport(file: String, reason: String)
    case oldVersion(file: String, version: Int)
    case newerVersion(file: String, version: Int)
    /// A value of the wrong shape, or one that contradicts another (`path` as in `sections[2].items[0].doneAt`).
    case invalid(file: String, line: Int?, path: String, problem: String)
    case otherGuide(file: String, found: String, expected: String)
    /// Importing would mix the file with the person's data (import without `--merge`).
    case databaseHasData(path: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read it (\(reason))"
        case .notJSON(let file, let line, let column):
            return "\(file):\(line):\(column): not valid JSON here — give the file 'rekindle export --format json' wrote, unchanged"
        case .notAnExport(let file, let reason):
            return "\(file): not a rekindle export (\(reason)) — give a file made by 'rekindle export --format json'"
        case .oldVersion(let file, let version):
            return "\(file): an export of version \(version), which holds no notes history and cannot be imported without loss — export again with this rekindle"
        case .newerVersion(let file, let version):
            return "\(file): made by a newer rekindle (export version \(version); this one reads up to \(ExportDocument.currentVersion)) — update rekindle to import it"
        case .invalid(let file, let line, let path, let problem):
            return "\(file)\(line.map { ":\($0)" } ?? ""): \(path): \(problem) — fix it, or export again"
        case .otherGuide(let file, let found, let expected):
            return "\(file): an export of the guide '\(found)', not '\(expected)' — import it with --guide naming that guide"
        case .databaseHasData(let path):
            return "\(path) already holds ticks, items, notes or entries — nothing was imported; use --merge to add what it lacks (nothing is dropped or replaced), or --db NEW.sqlite for a fresh database"
        }
    }
}
