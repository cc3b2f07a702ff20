import Foundation
import GRDB

/// What `rekindle doctor` prints: where the data is, whether SQLite finds it intact, and
/// whether anyone else on the machine could read it.
public struct DoctorReport: Equatable, Sendable {
    /// The database file; nil for an in-memory store.
    public var path: String?
    /// The file could not be written (a read-only folder or disk): it was read through a copy.
    public var isReadOnly = false
    public var schemaVersion: Int
    public var knownSchemaVersion: Int
    /// `PRAGMA integrity_check` and foreign-key check findings; `["ok"]` when sound.
    public var integrity: [String]
    /// Permission warnings, each with the command that fixes it.
    public var permissionProblems: [String]
    /// Owner and mode of the folder and of each database file that exists ("rekindle.sqlite: 600, yours").
    public var files: [String] = []

    public var isHealthy: Bool { integrity == ["ok"] && permissionProblems.isEmpty }

    /// One line per finding, for the command line.
    public var lines: [String] {
        [
            "database: \(path ?? "in memory")"
                + (isReadOnly ? " (read-only: nothing can be saved there; it was read without changing it)" : ""),
            "schema: v\(schemaVersion) (this version knows up to v\(knownSchemaVersion))",
            "integrity: \(integrity.joined(separator: "; "))",
        ] + files.map { "file: \($0)" } + permissionProblems.map { "warning: \($0)" }
    }
}

extension Store {
    /// Runs a full integrity check and looks at the permissions of the directory and files.
    public func doctorReport() throws -> DoctorReport {
        let (version, integrity) = try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let foreignKeyViolations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                .map { "foreign key violation in \($0[0] as String) row \($0[1] as Int64? ?? 0)" }
            let findings = foreignKeyViolations.isEmpty ? integrity : integrity.filter { $0 != "ok" } + foreignKeyViolations
            return (try Schema.appliedVersion(db), findings)
        }
        let file = url ?? readOnlySource
        return DoctorReport(path: file?.path, isReadOnly: readOnlySource != nil, schemaVersion: version,
                            knownSchemaVersion: Schema.knownVersion, integrity: integrity,
                            permissionProblems: file.map(Self.permissionProblems) ?? [],
                            files: file.map(Self.ownersAndModes) ?? [])
    }

    /// "/home/me/.local/share/rekindle: 700, yours", then the database and its side files.
    public static func ownersAndModes(_ url: URL) -> [String] {
        ([url.deletingLastPathComponent()] + databaseFiles(url)).compactMap { file in
            var info = stat()
            guard lstat(file.path, &info) == 0 else { return nil }
            let owner = info.st_uid == getuid() ? "yours" : "owned by user \(info.st_uid), not you"
            return "\(file.path): \(octal(info.st_mode & 0o7777)), \(owner)"
        }
    }

    /// Warnings for a directory others can enter or files others can read or write.
    /// Public so `doctor` can look before opening: opening sets the files back to 0600.
    public static func permissionProblems(_ url: URL) -> [String] {
        let directory = url.deletingLastPathComponent()
        var problems: [String] = []
        if let mode = PrivateFiles.mode(of: directory), mode & 0o077 != 0 {
            problems.append("directory \(directory.path) has mode \(octal(mode)); run: chmod 700 \(directory.path)")
        }
        for file in databaseFiles(url) {
            if let mode = PrivateFiles.mode(of: file), mode & 0o077 != 0 {
                problems.append("\(file.path) has mode \(octal(mode)); run: chmod 600 \(file.path)")
            }
        }
        return problems
    }

    private static func octal(_ mode: mode_t) -> String { String(mode, radix: 8) }
}
