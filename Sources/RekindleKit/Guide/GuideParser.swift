import Foundation

/// Reads guide files: plain UTF-8 text in a small Markdown-like format that is pleasant to write by hand.
///
/// ## The guide format
///
/// ```
/// <!-- Comment lines like this one are ignored. -->
/// # Calm Mornings {#calm-mornings}
///
/// Mornings set the tone of the day. This guide helps you
/// build a calmer one, a little at a time.
///
/// ## Step 1: Prepare the Night Before {#prepare}
///
/// A calm morning starts the evening before.
///
///   1. Lay Out Clothes: Pick tomorrow's clothes before bed. {#clothes}
///   2. Set One Alarm: One alarm, across the room.
///      Not five. {#one-alarm}
///
/// ## Step 2: Wake Slowly {#wake}
///
///   1. Drink Water: A glass before coffee.
///
/// ## Closing {#closing}
///
/// Be patient with yourself.
/// ```
///
/// - **Title**: the first line that is not blank or a comment is `# Title`. It may end in `{#id}`,
///   the guide's id; otherwise the id is derived from the title (see Keys). Only one `#` line.
/// - **Introduction**: paragraphs between the title and the first `##` heading form a section with
///   key `introduction`, titled "Introduction". There is none when there are no such paragraphs.
/// - **Steps**: `## Step N: Title {#key}` starts step N. Steps are numbered 1, 2, 3, … in order.
///   "Step" may be in any letter case.
/// - **Other sections**: any other `## Heading {#key}` starts a section that is not a step, such as
///   `## Closing {#closing}`. It holds paragraphs only.
/// - **Paragraphs**: consecutive lines of text join with a single space into one paragraph; a blank
///   line ends it. Leading and trailing spaces and tabs are dropped. In a step, its paragraphs come
///   before its items.
/// - **Items** (checklist rows): `N. Title: text {#key}` at the start of a line, indentation
///   allowed, only inside a step, numbered 1, 2, 3, … within each step. The title is what comes
///   before the first ": " and the text what follows; an item without ": " is all title. Following
///   lines, indented or not, continue the item until a blank line, heading or the next item. The
///   `{#key}` goes at the very end of the item.
/// - **Keys** keep a person's ticks and notes attached when a guide is edited. A key is lowercase
///   letters a–z, digits and single hyphens, at most 64 characters (`self-reflection`). Without an
///   explicit `{#key}` it is derived from the title: accents dropped, everything else that is not a
///   letter or digit becomes a hyphen ("Give It Time" → `give-it-time`, cut to 48 characters).
///   Give explicit keys so that correcting a title keeps progress. Section keys are unique in a
///   guide, item keys unique within their step.
/// - **Comments**: a line that is only `<!-- ... -->` is ignored; a comment must close on its line.
/// - Headings are `#` or `##` followed by a space; `###` and deeper are not supported. A line such
///   as `#hashtag` or `2024 was...` is ordinary text, but `2024. was...` would start an item.
/// - Files are UTF-8 (a byte-order mark is allowed), with `\n` or `\r\n` line ends (a lone `\r` is an error) and no NUL bytes.
///
/// Parsing is linear in the size of the file. Every problem is reported as a `GuideParseError`
/// with the line and column to look at.
public enum GuideParser {
    /// Parses a guide from the bytes of a file; `fileName` is used in error messages.
    public static func parse(_ data: Data, fileName: String) throws(GuideParseError) -> Guide {
        try parse(bytes: [UInt8](data), fileName: fileName)
    }

    public static func parse(bytes: [UInt8], fileName: String) throws(GuideParseError) -> Guide {
        var builder = GuideBuilder(source: try GuideSource(bytes: bytes, fileName: fileName))
        return try builder.build()
    }

    /// Larger files are refused unread: no guide is this long, and reading, say, a disk image
    /// given by mistake would take a long time.
    public static let maximumFileSize = 64 << 20

    /// Reads and parses the guide file at `path`; errors name the file as `path` was given.
    public static func parseFile(atPath path: String) throws(GuideLoadError) -> Guide {
        let data = try readGuideFile(atPath: path)
        do {
            return try parse(data, fileName: path)
        } catch {
            throw .invalid(error)
        }
    }

    private static func readGuideFile(atPath path: String) throws(GuideLoadError) -> Data {
        // stat, not FileManager.attributesOfItem: that one also looks up the owner's user and group
        // names (reading /etc/passwd and /etc/group, through NSS) on every start.
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .unreadable(path: path, reason: "no such file") }
            throw .unreadable(path: path, reason: "cannot look at the file (\(DatabaseFileCheck.plainReason(errno: code)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable(path: path, reason: "not a regular file")
        }
        if info.st_size > maximumFileSize {
            throw .unreadable(path: path, reason: "too large to be a guide (over \(maximumFileSize >> 20) MB)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not readable")
        }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
    }
}
