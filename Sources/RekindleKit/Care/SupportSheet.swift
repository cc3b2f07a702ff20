import Foundation

/// What the support screen says, in its order: what to do in danger now, the person's own card,
/// the lines with the month each was checked, where to look online, the safety note, and what
/// rekindle is. Pure, so the command line and (later) the interface say the same words.
public struct SupportSheet: Encodable, Equatable, Sendable {
    public static let inDanger = "If you or someone else is in danger now, call your local emergency number."
    public static let noCardYet = "You have not written your support card yet. 'rekindle support --edit' opens a short form for it: people you can call, places that help, your counsellor or doctor, your own local numbers, and what helps you cope."
    public static let about = "rekindle is a self-help workbook, not therapy or crisis care."

    public var emergencyNumbers: [EmergencyNumber]
    public var supportCard: String
    public var lines: [HelpLine]
    public var directories: [OnlineDirectory]
    public var safetyNote: String?
    public var about = Self.about

    /// `lines` is nil when the lines file could not be read: the rest is still worth showing.
    public init(lines: SupportLines?, supportCard: String, safetyNote: String?) {
        emergencyNumbers = lines?.emergencyNumbers ?? []
        self.supportCard = supportCard
        self.lines = lines?.lines ?? []
        directories = lines?.directories ?? []
        self.safetyNote = safetyNote
    }

    /// Plain text with headings, for the command line and screen readers.
    public var plainText: String {
        var blocks: [String] = []
        blocks.append((["In danger now", Self.inDanger] + emergencyNumbers.map {
            "  \($0.number)  \($0.countries)"
        }).joined(separator: "\n"))
        let card = supportCard.trimmingCharacters(in: .whitespacesAndNewlines)
        blocks.append("Your support card\n" + (card.isEmpty ? Self.noCardYet : card))
        if !lines.isEmpty {
            blocks.append((["Free, confidential lines"] + lines.map { "  " + Self.describe($0) }).joined(separator: "\n"))
        }
        if !directories.isEmpty {
            blocks.append((["When you are online"] + directories.map {
                "  " + Self.describe($0)
            }).joined(separator: "\n"))
        }
        if let safetyNote { blocks.append("Before any contact\n" + safetyNote) }
        blocks.append(about)
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// "United Kingdom · Samaritans · call 116 123 (free from landlines and mobiles) · checked 2026-12"
    public static func describe(_ line: HelpLine) -> String {
        let ways = [line.call.map { "call \($0)" }, line.text.map { "text \($0)" }].compactMap { $0 }.joined(separator: " or ")
        let note = line.note.map { " (\($0))" } ?? ""
        return "\(line.country) · \(line.name) · \(ways)\(note) · checked \(line.provenance.checked)"
    }

    /// "findahelpline.com (Find A Helpline): … · checked 2026-12"
    public static func describe(_ directory: OnlineDirectory) -> String {
        "\(directory.address) (\(directory.name))" + (directory.note.map { ": \($0)" } ?? "")
            + " · checked \(directory.provenance.checked)"
    }
}
