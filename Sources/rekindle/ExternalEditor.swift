import Foundation
import RekindleKit

/// Runs $VISUAL or $EDITOR on a private temporary copy of some text and returns the result.
/// The copy lives in a fresh 0700 directory and is removed afterwards, so no plain-text note is left behind.
///
/// Text the store cannot keep exactly (invalid UTF-8, a NUL byte) is refused, never altered or cut,
/// and the edited file is kept, private, in `rescueFolder` so no word typed is lost.
enum ExternalEditor {
    /// `configured` is the config file's editor, which comes before $VISUAL and $EDITOR.
    static func edit(_ text: String, rescueFolder: URL, configured: String? = nil) throws -> String {
        let environment = ProcessEnvironment.current
        let editor = [configured, environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? defaultEditor
        var template = Array((NSTemporaryDirectory() + "/rekindle-XXXXXX").utf8CString)
        guard let directoryPointer = mkdtemp(&template) else {
            throw CLIFailure(message: "could not create a private temporary directory in \(NSTemporaryDirectory())")
        }
        let directory = String(cString: directoryPointer)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/notes.txt"
        // Text files end in a newline, and editors add one on save: give the file one, and take it
        // off again afterwards, so an unchanged edit is no change and appended lines start on a line of their own.
        let addsNewline = !text.isEmpty && !text.hasSuffix("\n")
        guard FileManager.default.createFile(atPath: file, contents: Data((addsNewline ? text + "\n" : text).utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw CLIFailure(message: "could not write the temporary file \(file)")
        }
        // The editor command may carry arguments ("code -w"), so let the shell split it.
        switch EditorProcess.run(editor, file: file) {
        case .couldNotStart:
            throw CLIFailure(message: "could not start the editor '\(editor)': set $EDITOR to an editor you have")
        case .interrupted(let signal):
            // The temporary copy is removed on the way out (defer above); the notes are as they were.
            throw CLIFailure(message: "stopped by signal \(signal) while the editor ran; nothing was saved", exitCode: 128 + signal)
        case .exited(127):  // the shell's "command not found"
            throw CLIFailure(message: "could not find the editor '\(editor)': set $EDITOR to an editor you have; nothing was saved")
        case .exited(let status) where status != 0:
            throw CLIFailure(message: "the editor '\(editor)' exited with status \(status); nothing was saved")
        case .exited:
            break
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIFailure(message: "the edited file \(file) could not be read back; nothing was saved")
        }
        let problem = data.contains(0) ? "holds a NUL byte" : String(data: data, encoding: .utf8) == nil ? "is not valid UTF-8" : nil
        if let problem {
            let whereKept = keep(data, in: rescueFolder).map { "; your edit is kept in \($0.path) (readable only by you)" } ?? ""
            throw CLIFailure(message: "the edited text \(problem), so it was not saved\(whereKept) — save it as UTF-8 text and try again")
        }
        let edited = String(decoding: data, as: UTF8.self)
        return addsNewline && edited.hasSuffix("\n") ? String(edited.dropLast()) : edited
    }

    /// A new private file for a refused edit (never over an earlier one), or nil when none can be written.
    private static func keep(_ data: Data, in folder: URL) -> URL? {
        let stem = "rekindle-edited-notes-\(Int(Date().timeIntervalSince1970))"
        for attempt in 1...20 {
            let url = folder.appendingPathComponent(attempt == 1 ? "\(stem).txt" : "\(stem)-\(attempt).txt")
            if (try? PrivateFiles.write(data, to: url)) != nil { return url }
        }
        return nil
    }

    /// nano when installed (it says on screen how to save and leave), else vi.
    private static var defaultEditor: String {
        let path = ProcessEnvironment.current["PATH"] ?? "/usr/bin:/bin"
        let hasNano = path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/nano") }
        return hasNano ? "nano" : "vi"
    }
}
