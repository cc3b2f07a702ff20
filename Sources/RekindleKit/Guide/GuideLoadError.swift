/// Why a guide could not be loaded from disk: the file, its contents, or no guide of that id.
public enum GuideLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalid(GuideParseError)
    case notFound(id: String, searched: [String])
    /// Two files in one folder declare the same guide id; the later one is ignored.
    case duplicateID(path: String, id: String, firstPath: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot read this guide file: \(reason)"
        case .invalid(let error):
            return error.description
        case .duplicateID(let path, let id, let firstPath):
            return "\(path): this guide's id \"\(id)\" is already used by \(firstPath) — give one of them another {#id} on its title line"
        case .notFound(let id, let searched):
            let places = searched.isEmpty ? "no guide folders were found" : "looked in " + searched.joined(separator: ", ")
            return "no guide with the id \"\(id)\" (\(places)); set REKINDLE_GUIDES to a folder of guides, or use --guide FILE"
        }
    }
}
