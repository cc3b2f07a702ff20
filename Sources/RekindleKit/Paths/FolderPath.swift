/// Plain path arithmetic for the folders a start looks in. `URL`'s `appendingPathComponent` and
/// `standardizedFileURL` cost the interface's start 0.6 M instructions (percent-encoding tables,
/// a conformance scan for their `Set<UInt8>`) to join a few names.
enum FolderPath {
    /// `path` without its last name: "/a/b" → "/a", "/a" → "/".
    static func parent(of path: String) -> String {
        let names = path.split(separator: "/")
        return (path.hasPrefix("/") ? "/" : "") + names.dropLast().joined(separator: "/")
    }

    /// `name` (which may hold slashes) inside `folder`.
    static func joining(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `path` with "." and ".." worked out by name, as `URL.standardizedFileURL` does for a file
    /// path (no link is followed); ".." at the root stays there.
    static func standardized(_ path: String) -> String {
        var names: [Substring] = []
        for name in path.split(separator: "/") where name != "." {
            if name == ".." {
                if names.isEmpty || names.last == ".." {
                    if !path.hasPrefix("/") { names.append(name) }
                } else {
                    names.removeLast()
                }
            } else {
                names.append(name)
            }
        }
        let joined = names.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
