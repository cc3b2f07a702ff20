/// Plain path arithmetic for the folders a start looks in. `URL`'s `appendingPathComponent` and
/// `standardizedFileURL` cost the interface's start 0.6 M instructions (percent-encoding tables,
/// a conformance scan for their `Set<UInt8>`) to join a few names, and the generic `joined` 0.3 M
/// a call (a conformance scan of its own), so names are joined here by hand.
enum FolderPath {
    /// `path` without its last name: "/a/b" → "/a", "/a" → "/".
    static func parent(of path: String) -> String {
        slashed(path.split(separator: "/").dropLast(), absolute: path.hasPrefix("/"))
    }

    /// `name` (which may hold slashes) inside `folder`.
    static func joining(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `path` with "." and ".." worked out by name, as `URL.standardizedFileURL` does for a file
    /// path (no link is followed); ".." at the root stays there.
    static func standardized(_ path: String) -> String {
        var names: ArraySlice<Substring> = []
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
        let joined = slashed(names, absolute: path.hasPrefix("/"))
        return joined.isEmpty ? "." : joined
    }

    /// `names` joined by slashes, after one when `absolute`.
    private static func slashed(_ names: ArraySlice<Substring>, absolute: Bool) -> String {
        var path = absolute ? "/" : ""
        for (index, name) in names.enumerated() {
            if index > 0 { path += "/" }
            path += String(name)  // appending the Substring itself looked up its witnesses at run time
        }
        return path
    }
}
