/// What `Store.importExport` added, and how much of the file was already in the database.
public struct ImportReport: Equatable, Sendable {
    /// The kinds of rows an import adds, in the order a summary names them. A new collection in the
    /// export is one more case.
    public enum Kind: String, CaseIterable, Sendable {
        case notesRevisions = "notes revision"
        case supportCardRevisions = "support card revision"
        case items = "item"
        case ticks = "tick"
        case entries = "entry"
        case entryRevisions = "entry revision"
        case sections = "section"
        case settings = "setting"
    }

    public var added: [Kind: Int] = [:]
    /// Rows of the file the database already held (merge only).
    public var alreadyHere = 0

    public init() {}

    mutating func add(_ kind: Kind, _ count: Int = 1) { added[kind, default: 0] += count }

    /// "added 3 notes revisions, 2 items; 14 already here", or "nothing new; 14 already here".
    public var summary: String {
        let parts = Kind.allCases.compactMap { kind in
            added[kind].flatMap { $0 == 0 ? nil : "\($0) \(kind.rawValue.plural($0))" }
        }
        let addedText = parts.isEmpty ? "nothing new" : "added " + parts.joined(separator: ", ")
        return alreadyHere == 0 ? addedText : "\(addedText); \(alreadyHere) already here"
    }
}

private extension String {
    /// "notes revision" → "notes revisions", "entry" → "entries", for any count but one.
    func plural(_ count: Int) -> String {
        if count == 1 { return self }
        return hasSuffix("y") ? dropLast() + "ies" : self + "s"
    }
}
