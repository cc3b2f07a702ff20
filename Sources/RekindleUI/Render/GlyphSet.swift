import Foundation
import RekindleKit

/// The characters the interface draws its own frame and marks with, chosen once at start-up:
/// Unicode box drawing and symbols, or plain ASCII where the locale is not UTF-8 or the terminal's
/// font lacks them (the Linux console). Only the app's own glyphs change; the person's text and
/// the guide's are drawn as they are either way.
public struct GlyphSet: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case unicode, ascii
    }

    public let kind: Kind
    let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    let progressFilled, progressEmpty: String
    /// On the edge of a box whose content runs past it.
    let moreAbove, moreBelow: String
    /// Before the selected step.
    let pointer: String
    /// Before an item of the person's own.
    let ownItem: String
    /// Before the lines of a safety note, setting them apart from the guide's words.
    let asideBar: String
    let ellipsis: String

    public static let unicode = GlyphSet(
        kind: .unicode, horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
        progressFilled: "▰", progressEmpty: "▱", moreAbove: " ↑ more ", moreBelow: " ↓ more ", pointer: "▸",
        ownItem: "✎", asideBar: "┃", ellipsis: "…")

    // Each stand-in keeps the width of what it replaces, so layout is the same in both sets.
    public static let ascii = GlyphSet(
        kind: .ascii, horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        progressFilled: "#", progressEmpty: "-", moreAbove: " ^ more ", moreBelow: " v more ", pointer: ">",
        ownItem: "*", asideBar: "|", ellipsis: "...")

    public static func named(_ kind: Kind) -> GlyphSet { kind == .ascii ? .ascii : .unicode }

    /// The app's own wording as this set draws it: its punctuation and symbols ("—", "·", "“", "✎",
    /// arrows in key names) become ASCII in the ASCII set.
    func plain(_ text: String) -> String {
        guard kind == .ascii, text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        var result = ""
        for character in text {
            result += Self.asciiWording[character] ?? String(character)
        }
        return result
    }

    private static let asciiWording: [Character: String] = [
        "—": "-", "–": "-", "·": "-", "“": "\"", "”": "\"", "‘": "'", "’": "'", "…": "...", "✎": "*", "┃": "|", "▸": ">",
        "↑": "Up", "↓": "Down", "←": "Left", "→": "Right",
    ]

    /// `text` cut to `width` columns, ending in this set's ellipsis when cut.
    func truncate(_ text: String, width: Int) -> String {
        DisplayText.truncate(text, width: width, ellipsis: ellipsis)
    }

    /// ASCII when the locale's character set is not UTF-8 (LC_ALL, else LC_CTYPE, else LANG; unset
    /// is the C locale) or the terminal is the Linux console, whose font lacks the rounded corners,
    /// the bar's blocks and the pencil.
    public static func detect(environment: [String: String]) -> GlyphSet {
        if environment["TERM"] == "linux" { return .ascii }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
        return localeIsUTF8(locale) ? .unicode : .ascii
    }

    /// "en_US.UTF-8", "C.utf8", "de_DE.UTF-8@euro": yes; "C", "POSIX", "en_US", "en_US.ISO-8859-1": no.
    static func localeIsUTF8(_ locale: String) -> Bool {
        guard let dot = locale.firstIndex(of: ".") else { return false }
        let charset = locale[locale.index(after: dot)...].prefix { $0 != "@" }
        // Not replacingOccurrences: Foundation's, through NSString, cost a start 1.1 M instructions.
        return String(charset.lowercased().filter { $0 != "-" }) == "utf8"
    }
}
