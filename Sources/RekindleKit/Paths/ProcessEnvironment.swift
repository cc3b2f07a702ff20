import Glibc

/// The process environment, read once. `ProcessInfo.processInfo.environment` rebuilds the whole
/// dictionary on every access, and start-up asked for it about seven times; rekindle never changes
/// its own environment, so one snapshot serves the whole run. It is read from `environ` itself:
/// setting up `ProcessInfo` cost a start 0.9 M instructions.
public enum ProcessEnvironment {
    public static let current: [String: String] = parse(environ)

    /// "NAME=value" entries up to the null pointer; an entry without "=" is skipped, and of a name
    /// given twice the first is kept, as getenv(3) finds it.
    static func parse(_ entries: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> [String: String] {
        var environment: [String: String] = [:]
        guard var entry = entries else { return environment }
        while let pointer = entry.pointee {
            let pair = String(cString: pointer)
            if let equals = pair.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(pair[..<equals])
                if environment[name] == nil { environment[name] = String(pair[pair.index(after: equals)...]) }
            }
            entry += 1
        }
        return environment
    }
}
