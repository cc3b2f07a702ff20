import Foundation
import RekindleKit

/// Runs $VISUAL or $EDITOR on a private temporary copy of some text and returns the result.
/// The copy lives in a fresh 0700 directory and is removed afterwards, so no plain-text note is left behind.
enum ExternalEditor {
    static func edit(_ text: String) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "rekindle-editor", file]
        do { try process.run() } catch {
            throw CLIFailure(message: "could not start the editor '\(editor)': set $EDITOR to an editor you have")
        }
        process.waitUntilExit()
        // 127 is the shell's "command not found".
        guard process.terminationStatus != 127 else {
            throw CLIFailure(message: "could not find the editor '\(editor)': set $EDITOR to an editor you have; nothing was saved")
        }
        guard process.terminationStatus == 0 else {
            throw CLIFailure(message: "the editor '\(editor)' exited with status \(process.terminationStatus); nothing was saved")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIFailure(message: "the edited file \(file) could not be read back; nothing was saved")
        }
        let edited = DisplayText.decode(data)
        return addsNewline && edited.hasSuffix("\n") ? String(edited.dropLast()) : edited
    }
}
