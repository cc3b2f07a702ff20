import Foundation

/// Reads and checks a file `rekindle export --format json` wrote, before anything is written:
/// its syntax (with the line), its `format` and `version`, its shape, and that its parts agree
/// (the notes are the last saved version, item keys are unique, no text holds a NUL, entries are
/// what the store takes).
public enum ExportFileReader {
    public static func read(_ data: Data, file: String, guideID: String) throws(ImportError) -> ExportDocument {
        let bytes = [UInt8](data)
        if bytes.starts(with: Array("SQLite format 3\0".utf8)) {
            throw .notAnExport(file: file, reason: "it is a database, such as a backup; put a backup back with 'rekindle restore \(file)'")
        }
        let probe = try decode(Probe.self, from: data, bytes: bytes, file: file)
        guard let format = probe.format else { throw .notAnExport(file: file, reason: "missing \"format\"") }
        guard format == ExportDocument.formatName else {
            throw .notAnExport(file: file, reason: "\"format\" is \"\(format)\", not \"\(ExportDocument.formatName)\"")
        }
        guard let version = probe.version else { throw .notAnExport(file: file, reason: "missing \"version\"") }
        if version > ExportDocument.currentVersion { throw .newerVersion(file: file, version: version) }
        if version < ExportDocument.currentVersion { throw .oldVersion(file: file, version: version) }
        let document = try decode(ExportDocument.self, from: data, bytes: bytes, file: file)
        if let (path, problem) = firstProblem(in: document) {
            throw .invalid(file: file, line: JSONLocation.line(of: path, in: bytes), path: describe(path), problem: problem)
        }
        guard document.guide.id == guideID else { throw .otherGuide(file: file, found: document.guide.id, expected: guideID) }
        return document
    }

    /// What is looked at first, so a future version's other fields never read as damage.
    private struct Probe: Decodable {
        var format: String?
        var version: Int?
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, from data: Data, bytes: [UInt8], file: String) throws(ImportError) -> Value {
        do {
            return try Exporter.decoder.decode(type, from: data)
        } catch let error as DecodingError {
            throw describe(error, bytes: bytes, data: data, file: file)
        } catch {
            throw .unreadable(file: file, reason: "\(error)")
        }
    }

    private static func describe(_ error: DecodingError, bytes: [UInt8], data: Data, file: String) -> ImportError {
        let (context, problem): (DecodingError.Context, String)
        switch error {
        case .dataCorrupted(let found) where found.codingPath.isEmpty:
            return syntaxError(data: data, bytes: bytes, file: file)
        case .dataCorrupted(let found): (context, problem) = (found, found.debugDescription)
        case .keyNotFound(let key, let found): (context, problem) = (found, "missing \"\(key.stringValue)\"")
        case .valueNotFound(let type, let found): (context, problem) = (found, "expected \(name(of: type)), found null")
        case .typeMismatch(let type, let found): (context, problem) = (found, "expected \(name(of: type))")
        @unknown default: return .notAnExport(file: file, reason: "\(error)")
        }
        let path = context.codingPath.map { $0.intValue.map(JSONLocation.Step.index) ?? .key($0.stringValue) }
        if path.isEmpty { return .notAnExport(file: file, reason: "not a JSON object") }
        return .invalid(file: file, line: JSONLocation.line(of: path, in: bytes), path: describe(path), problem: problem)
    }

    /// JSONDecoder says only "not valid JSON"; JSONSerialization says at which byte.
    private static func syntaxError(data: Data, bytes: [UInt8], file: String) -> ImportError {
        var offset = bytes.count
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            if let range = detail.range(of: "character "), let number = Int(detail[range.upperBound...].prefix(while: \.isNumber)) {
                offset = number
            }
        }
        let (line, column) = JSONLocation.lineAndColumn(of: offset, in: bytes)
        return .notJSON(file: file, line: line, column: column)
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is Date.Type: "a date"
        default: "\(type)".contains("Array") ? "a list" : "an object"
        }
    }

    /// "sections[2].items[0].doneAt".
    private static func describe(_ path: [JSONLocation.Step]) -> String {
        path.reduce(into: "") { text, step in
            switch step {
            case .key(let key): text += (text.isEmpty ? "" : ".") + key
            case .index(let index): text += "[\(index)]"
            }
        }
    }

    // MARK: - Agreement between the parts

    private typealias Problem = ([JSONLocation.Step], String)

    private static func firstProblem(in document: ExportDocument) -> Problem? {
        var sectionKeys = Set<String>()
        for (index, section) in document.sections.enumerated() {
            let at: [JSONLocation.Step] = [.key("sections"), .index(index)]
            guard sectionKeys.insert(section.key).inserted else { return (at + [.key("key")], "the section \"\(section.key)\" appears twice") }
            if let problem = itemProblem(section, at: at) { return problem }
            if let problem = historyProblem(current: section.notes, history: section.noteHistory, at: at, currentKey: "notes", historyKey: "noteHistory") {
                return problem
            }
            if let problem = nulProblem([section.key, section.title] + section.paragraphs, at: at) { return problem }
        }
        return historyProblem(current: document.supportCard, history: document.supportCardHistory, at: [],
                              currentKey: "supportCard", historyKey: "supportCardHistory")
            ?? nulProblem([document.guide.id] + (document.settings ?? [:]).flatMap { [$0.key, $0.value] }, at: [])
            ?? entryProblem(document, sectionKeys: sectionKeys)
    }

    private static func itemProblem(_ section: ExportDocument.Section, at: [JSONLocation.Step]) -> Problem? {
        var keys = Set<String>()
        for (listKey, items) in [("items", section.items), ("deletedItems", section.deletedItems ?? [])] {
            for (index, item) in items.enumerated() {
                let here = at + [.key(listKey), .index(index)]
                if let key = item.key, !keys.insert(key).inserted { return (here + [.key("key")], "the item \"\(key)\" appears twice in its section") }
                if item.custom != (item.key == nil) { return (here + [.key("custom")], "\"custom\" must be true exactly when the item has no \"key\"") }
                if item.done != (item.doneAt != nil) { return (here + [.key("done")], "\"done\" must be true exactly when \"doneAt\" is given") }
                if (item.position ?? -1) < 0 { return (here + [.key("position")], "missing or negative \"position\"") }
                if (listKey == "deletedItems") != (item.deletedAt != nil) {
                    return (here + [.key("deletedAt")], "deleted items, and only they, carry \"deletedAt\"")
                }
                if let problem = nulProblem([item.key ?? "", item.title, item.text], at: here) { return problem }
            }
        }
        return nil
    }

    /// Entries as the store takes them: text without a NUL, a mood by `Mood`'s rule, a target day
    /// that is a calendar day, a section the file has (or none), and `deletedAt` exactly on the
    /// deleted ones.
    private static func entryProblem(_ document: ExportDocument, sectionKeys: Set<String>) -> Problem? {
        for (listKey, entries) in [("entries", document.entries ?? []), ("deletedEntries", document.deletedEntries ?? [])] {
            for (index, entry) in entries.enumerated() {
                let here: [JSONLocation.Step] = [.key(listKey), .index(index)]
                if entry.kind.isEmpty { return (here + [.key("kind")], "an entry needs a kind, such as \"journal\"") }
                for (key, text) in [("kind", entry.kind), ("body", entry.body), ("section", entry.section ?? "")] {
                    if let problem = nulProblem([text], at: here + [.key(key)]) { return problem }
                }
                if let problem = entry.mood?.problem { return (here + [.key("mood")], "\(problem)") }
                if let due = entry.due, !LocalCalendar.utc.isValid(due) {
                    return (here + [.key("due")], "\(due) is not a calendar day (write YYYY-MM-DD)")
                }
                if let section = entry.section, !sectionKeys.contains(section) {
                    return (here + [.key("section")], "the section \"\(section)\" is not in \"sections\"")
                }
                if (listKey == "deletedEntries") != (entry.deletedAt != nil) {
                    return (here + [.key("deletedAt")], "deleted entries, and only they, carry \"deletedAt\"")
                }
                for (revisionIndex, revision) in entry.revisions.enumerated() {
                    let at = here + [.key("revisions"), .index(revisionIndex)]
                    if let problem = nulProblem([revision.body], at: at + [.key("body")]) { return problem }
                    if let problem = revision.mood?.problem { return (at + [.key("mood")], "\(problem)") }
                }
            }
        }
        return nil
    }

    /// The current text must be the last saved version (every save is one).
    private static func historyProblem(current: String?, history: [ExportDocument.Revision]?, at: [JSONLocation.Step],
                                       currentKey: String, historyKey: String) -> Problem? {
        let history = history ?? []
        if let index = history.firstIndex(where: { $0.body.utf8.contains(0) }) {
            return (at + [.key(historyKey), .index(index), .key("body")], "holds a NUL character, which rekindle cannot store")
        }
        let last = history.last?.body ?? ""
        guard Array((current ?? "").utf8) == Array(last.utf8) else {
            return (at + [.key(currentKey)], "differs from the last version in \"\(historyKey)\" (every save of the text is one)")
        }
        return nil
    }

    private static func nulProblem(_ texts: [String], at: [JSONLocation.Step]) -> Problem? {
        texts.contains { $0.utf8.contains(0) } ? (at, "holds a NUL character, which rekindle cannot store") : nil
    }
}
