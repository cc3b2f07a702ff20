import ArgumentParser
import Foundation
import RekindleCrypto

/// Where an encrypted file's passphrase comes from: a file for scripts, else the terminal.
struct PassphraseOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Read the passphrase from the first line of this file instead of asking on the terminal (for scripts).",
        valueName: "file"))
    var passphraseFile: String?

    func validate() throws {
        if passphraseFile?.isEmpty == true { throw ValidationError("--passphrase-file needs a file name") }
    }

    /// The passphrase, asked twice when `confirming` (a new file). Never stored; wiped when released.
    func passphrase(for file: String, confirming: Bool) throws -> SecretBytes {
        let secret: SecretBytes
        if let passphraseFile {
            secret = try Self.firstLine(of: passphraseFile)
        } else {
            let terminal = try TerminalPrompt()
            secret = try terminal.ask(confirming ? "Passphrase for \(file) (not shown): " : "Passphrase for \(file): ")
            if confirming, !secret.isEmpty {
                guard try terminal.ask("The same passphrase again: ").matches(secret) else {
                    throw CLIFailure(message: "the two passphrases differ — nothing was written; try again")
                }
            }
        }
        guard !secret.isEmpty else { throw CLIFailure(message: "an empty passphrase would protect nothing — nothing was written") }
        return secret
    }

    /// Seals `data` for `file` (`--encrypt`).
    func seal(_ data: Data, for file: String) throws -> Data {
        let secret = try passphrase(for: file, confirming: true)
        do { return try SealedFile.seal(data, passphrase: secret) } catch { throw CLIFailure(message: error.description) }
    }

    /// `data` itself, or its plaintext when it is an encrypted file (recognised by its magic).
    func unsealIfNeeded(_ data: Data, file: String) throws -> Data {
        guard SealedFile.isSealed(data) else { return data }
        let secret = try passphrase(for: file, confirming: false)
        do { return try SealedFile.open(data, passphrase: secret, file: file) } catch { throw CLIFailure(message: error.description) }
    }

    private static func firstLine(of path: String) throws -> SecretBytes {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIFailure(message: "\(path): cannot read the passphrase file — check its name and that it is yours")
        }
        defer { try? handle.close() }
        let secret = SecretBytes(capacity: TerminalPrompt.maximumLength)
        // Byte by byte, so nothing past the first line is read into memory.
        while let byte = try? handle.read(upToCount: 1)?.first, byte != UInt8(ascii: "\n") {
            guard secret.append(byte) else {
                throw CLIFailure(message: "\(path): the passphrase is longer than \(TerminalPrompt.maximumLength) bytes — use a shorter one")
            }
        }
        if secret.last == UInt8(ascii: "\r") { secret.removeLast() }
        return secret
    }
}

/// Questions on /dev/tty with echo off, so a passphrase never shows and never reaches a pipe or
/// a log. Ctrl-C (or any ending signal) while asking puts the terminal's echo back first.
final class TerminalPrompt {
    static let maximumLength = 1_024
    private let descriptor: Int32

    init() throws {
        descriptor = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard descriptor >= 0 else {
            throw CLIFailure(message: "there is no terminal to ask for the passphrase on — give it with --passphrase-file FILE")
        }
    }

    deinit { close(descriptor) }

    func ask(_ prompt: String) throws -> SecretBytes {
        write(prompt)
        var saved = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { throw CLIFailure(message: "cannot turn off the terminal's echo — give the passphrase with --passphrase-file FILE") }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO | ECHONL)
        Self.restoring = (descriptor, saved)
        let endings = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
        let previous = endings.map { signal($0, restoreTerminalAndDie) }
        defer {
            tcsetattr(descriptor, TCSANOW, &saved)
            Self.restoring = nil
            for (ending, handler) in zip(endings, previous) { signal(ending, handler) }
            write("\n")
        }
        tcsetattr(descriptor, TCSAFLUSH, &quiet)
        let secret = SecretBytes(capacity: Self.maximumLength)
        var byte: UInt8 = 0
        while read(descriptor, &byte, 1) == 1, byte != UInt8(ascii: "\n") {
            guard secret.append(byte) else { throw CLIFailure(message: "the passphrase is longer than \(Self.maximumLength) bytes — nothing was written") }
        }
        if secret.last == UInt8(ascii: "\r") { secret.removeLast() }
        return secret
    }

    private func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    }

    /// The terminal to set back when a signal ends the process mid-question.
    nonisolated(unsafe) static var restoring: (descriptor: Int32, settings: termios)?
}

private func restoreTerminalAndDie(_ signalNumber: Int32) {
    if var state = TerminalPrompt.restoring {
        tcsetattr(state.descriptor, TCSANOW, &state.settings)
        _ = Glibc.write(state.descriptor, "\n", 1)
    }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
