import Foundation

/// The support screen's data files: `lines.txt` (the lines and emergency numbers) and
/// `safety-note.txt` (the paragraph shown before contact), found like the guides are.
///
/// Folders: `$REKINDLE_SUPPORT` when set, else the first that exists of `<executable's dir>/../share/rekindle/support`
/// (where `make install` puts `Content/support/`), and `Content/support` above the executable.
public struct SupportContent: Sendable {
    public static let linesFileName = "lines.txt"
    public static let safetyNoteFileName = "safety-note.txt"
    public static let safetyNotePlacesFileName = "safety-note-places.txt"

    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    public var linesPath: String { URL(fileURLWithPath: folder).appendingPathComponent(Self.linesFileName).path }
    public var safetyNotePath: String { URL(fileURLWithPath: folder).appendingPathComponent(Self.safetyNoteFileName).path }

    /// The folder for this process; nil when none of the standard folders exists.
    public static func standard(environment: [String: String] = ProcessEnvironment.current,
                                executablePath: String? = GuideLibrary.currentExecutablePath()) -> SupportContent? {
        // A folder named on purpose is used even when it is wrong, so the error names it.
        if let override = environment["REKINDLE_SUPPORT"], !override.isEmpty { return SupportContent(folder: override) }
        var candidates: [String] = []
        if let executablePath {
            let executableFolder = FolderPath.parent(of: executablePath)
            candidates.append(FolderPath.standardized(FolderPath.joining(executableFolder, "../share/rekindle/support")))
            if let content = GuideLibrary.contentFolder(above: executableFolder) {
                candidates.append(FolderPath.joining(content, "support"))
            }
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }.map(SupportContent.init(folder:))
    }

    public func lines() throws(SupportLinesError) -> SupportLines {
        try SupportLinesParser.parseFile(atPath: linesPath)
    }

    /// The safety note as one paragraph (the file's lines joined with spaces); nil when it is
    /// missing or not UTF-8 text.
    public func safetyNote() -> String? {
        guard let data = FileManager.default.contents(atPath: safetyNotePath),
              let text = String(data: data, encoding: .utf8) else { return nil }
        let paragraph = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        return paragraph.isEmpty ? nil : paragraph
    }
}

extension SupportContent {
    /// The sections of a guide that the safety note shows under (`safety-note-places.txt`: one
    /// "guide-id/section-key" a line, # comments); empty when the file is missing.
    public func safetyNoteSections(guideID: String) -> Set<String> {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(Self.safetyNotePlacesFileName).path
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { return [] }
        let prefix = guideID + "/"
        return Set(text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.hasPrefix("#") && $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)) })
    }
}

extension SupportLines {
    /// How long a check stays fresh: numbers change, and studies of apps found lines that no
    /// longer worked, so the list is checked again at least once a year.
    public static let freshForMonths = 12

    /// Entries checked more than `freshForMonths` calendar months before `now`.
    public func staleEntries(now: Date) -> [Provenance] {
        provenances.filter { $0.checked.months(until: now) > Self.freshForMonths }
    }
}

/// What `rekindle doctor` says about the lines file.
public struct SupportLinesCheck: Equatable, Sendable {
    /// One line per finding, "support lines: …" or "warning: …".
    public var lines: [String]
    /// The file cannot be read: a real fault. An old check is only a warning, so that nothing
    /// (no test, no script) starts failing just because the calendar moved on.
    public var isBroken: Bool

    /// The check at `now` (injected: tests use fixed dates).
    public init(_ content: SupportContent?, now: Date) {
        guard let content else {
            lines = ["warning: the support files were not found; set REKINDLE_SUPPORT to the folder that has \(SupportContent.linesFileName)"]
            isBroken = true
            return
        }
        let supportLines: SupportLines
        do {
            supportLines = try content.lines()
        } catch {
            lines = ["warning: \(error.description)"]
            isBroken = true
            return
        }
        isBroken = false
        let stale = supportLines.staleEntries(now: now)
        let oldest = supportLines.oldestCheck.map { "checked \($0)" } ?? "no entries"
        lines = ["support lines: \(content.linesPath) (\(oldest))"]
        if let first = stale.first {
            lines.append("warning: \(stale.count) of the support lines in \(content.linesPath) were checked more than \(SupportLines.freshForMonths) months ago (the first on line \(first.line), checked \(first.checked)); numbers change, so check them at findahelpline.com or with each service before relying on them")
        }
    }
}
