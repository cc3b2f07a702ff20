import Foundation

/// The process environment, read once. `ProcessInfo.processInfo.environment` rebuilds the whole
/// dictionary on every access, and start-up asked for it about seven times; rekindle never changes
/// its own environment, so one snapshot serves the whole run.
public enum ProcessEnvironment {
    public static let current: [String: String] = ProcessInfo.processInfo.environment
}
