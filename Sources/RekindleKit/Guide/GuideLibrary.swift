import Foundation

/// Finds the guides a person can open: `*.md` files in a list of folders, earlier folders first.
///
/// The standard folders, in order, are `$REKINDLE_GUIDES`, `<executable's dir>/../share/rekindle/guides`
/// (where `make install` puts `Content/*.md`), and a `Content/` folder found by walking up from the
/// executable (a development build lives in `.build/<triple>/<config>/rekindle`). A guide id found in
/// an earlier folder hides the same id further down, so `$REKINDLE_GUIDES` can override a bundled guide.
public struct GuideLibrary: Sendable {
    /// The id of the guide the program was made for, used when no guide is chosen.
    public static let defaultGuideID = "how-do-i-get-him-back"

    /// Folders searched, in order; folders that do not exist are skipped.
    public var folders: [String]

    public init(folders: [String]) {
        self.folders = folders
    }

    /// A guide that can be opened.
    public struct Entry: Equatable, Sendable {
        public var id: String
        public var title: String
        public var path: String
    }

    /// What was found: the usable guides, and files that look like guides but could not be used,
    /// so a broken file is reported instead of silently missing or stopping everything.
    public struct Listing: Equatable, Sendable {
        public var entries: [Entry] = []
        public var problems: [GuideLoadError] = []
    }

    /// The standard folders for this process.
    public static func standard(environment: [String: String] = ProcessEnvironment.current,
                                executablePath: String? = currentExecutablePath()) -> GuideLibrary {
        var folders: [String] = []
        if let override = environment["REKINDLE_GUIDES"], !override.isEmpty { folders.append(override) }
        if let executablePath {
            let executableFolder = FolderPath.parent(of: executablePath)
            folders.append(FolderPath.standardized(FolderPath.joining(executableFolder, "../share/rekindle/guides")))
            if let content = contentFolder(above: executableFolder) { folders.append(content) }
        }
        return GuideLibrary(folders: folders)
    }

    /// The real path of the running program (symbolic links resolved), as Linux reports it.
    public static func currentExecutablePath() -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }

    /// The first `Content/` folder in `folder` or up to five folders above it.
    static func contentFolder(above folder: String) -> String? {
        var candidate = FolderPath.standardized(folder)
        for _ in 0...5 {
            let content = FolderPath.joining(candidate, "Content")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: content, isDirectory: &isFolder), isFolder.boolValue {
                return content
            }
            candidate = FolderPath.parent(of: candidate)
        }
        return nil
    }

    /// Every guide in the folders, parsed to learn its id and title, in folder then file-name order.
    public func list() -> Listing {
        listing(stoppingAt: nil).listing
    }

    /// `list()`, or as much of it as comes before the first guide with id `wanted`, and that guide
    /// (so opening it does not parse it a second time, nor the files after it).
    private func listing(stoppingAt wanted: String?) -> (listing: Listing, found: Guide?) {
        var listing = Listing()
        var seenIDs: Set<String> = []
        for folder in folders {
            var idsInFolder: [String: String] = [:]
            for path in Self.guideFiles(in: folder) {
                let guide: Guide
                do {
                    guide = try GuideParser.parseFile(atPath: path)
                } catch {
                    listing.problems.append(error)
                    continue
                }
                if let other = idsInFolder[guide.id] {
                    listing.problems.append(.duplicateID(path: path, id: guide.id, firstPath: other))
                    continue
                }
                idsInFolder[guide.id] = path
                if seenIDs.insert(guide.id).inserted {
                    listing.entries.append(Entry(id: guide.id, title: guide.title, path: path))
                    if guide.id == wanted { return (listing, guide) }
                }
            }
        }
        return (listing, nil)
    }

    /// The guide with this id, from the first folder that has it.
    public func guide(id: String) throws(GuideLoadError) -> Guide {
        guard let guide = listing(stoppingAt: id).found else {
            throw .notFound(id: id, searched: folders)
        }
        return guide
    }

    /// The bundled "How Do I Get Him Back" guide.
    public func defaultGuide() throws(GuideLoadError) -> Guide {
        try guide(id: Self.defaultGuideID)
    }

    /// The `*.md` files directly in `folder`, sorted by name; none if it cannot be read.
    private static func guideFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map { FolderPath.joining(folder, $0) }
    }
}
