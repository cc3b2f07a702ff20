import Foundation

/// Runs the editor command through `sh -c` in rekindle's own process group, so it is in the
/// terminal's foreground and can read and draw (Foundation's Process gives the child a process
/// group of its own, where vi and nano are stopped by SIGTTIN/SIGTTOU). While it runs, SIGHUP,
/// SIGTERM and SIGINT sent to rekindle are passed on to it and Ctrl-Z is left to the editor; the
/// caller learns of such a signal and cleans up before exiting.
enum EditorProcess {
    /// How the editor ended: its exit status, or the signal rekindle received meanwhile.
    enum Outcome: Equatable { case exited(Int32), interrupted(signal: Int32), couldNotStart }

    static func run(_ command: String, file: String) -> Outcome {
        let forwarded = [SIGHUP, SIGTERM, SIGINT]
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The editor starts with default signal actions and nothing blocked, whatever rekindle does.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in forwarded + [SIGQUIT, SIGTSTP, SIGPIPE] { sigaddset(&defaults, signal) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        // exec: the editor takes the shell's place, so a forwarded signal reaches the editor itself.
        let arguments = ["/bin/sh", "-c", "exec \(command) \"$1\"", "rekindle-editor", file]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        EditorSignals.received = 0
        let previous = forwarded.map { ($0, signal($0, EditorSignals.forward)) }
        let previousStop = signal(SIGTSTP, SIG_IGN)
        defer {
            previous.forEach { signal($0.0, $0.1) }
            signal(SIGTSTP, previousStop)
        }
        var child: pid_t = 0
        guard posix_spawn(&child, "/bin/sh", nil, &attributes, argv, environ) == 0 else { return .couldNotStart }
        EditorSignals.child = child
        defer { EditorSignals.child = 0 }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        if EditorSignals.received != 0 { return .interrupted(signal: EditorSignals.received) }
        // WIFEXITED / WEXITSTATUS, which Swift does not import.
        if status & 0x7f == 0 { return .exited((status >> 8) & 0xff) }
        return .exited(128 + (status & 0x7f))
    }
}

/// State the signal handler reads: set only while the editor runs, by this one thread.
private enum EditorSignals {
    nonisolated(unsafe) static var child: pid_t = 0
    nonisolated(unsafe) static var received: Int32 = 0

    static let forward: @convention(c) (Int32) -> Void = { signal in
        received = signal
        if child > 0 { kill(child, signal) }
    }
}
