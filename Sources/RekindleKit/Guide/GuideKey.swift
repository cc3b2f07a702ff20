import Foundation

/// Stable keys for guides, sections and items: the names a person's progress is stored under.
///
/// A key is a slug of lowercase ASCII letters, digits and single hyphens ("self-reflection"), so it
/// survives any editor, file system or database, and reads well in an export.
enum GuideKey {
    /// Longest explicit key accepted; longer ones are almost certainly a mistake in the file.
    static let maximumLength = 64
    /// Derived keys are cut to this length (at a word boundary when possible) so a long title
    /// does not become an unwieldy key.
    static let derivedLength = 48

    /// Whether `key` is a valid slug: non-empty, `[a-z0-9-]`, no hyphen at either end or doubled.
    static func isValid(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        guard let first = bytes.first, let last = bytes.last, bytes.count <= maximumLength else { return false }
        guard first != hyphen, last != hyphen else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            guard isSlugCharacter(byte), !(byte == hyphen && previous == hyphen) else { return false }
            previous = byte
        }
        return true
    }

    /// The slug of a title: accents dropped ("Café" → "cafe"), runs of anything that is not a
    /// letter or digit become one hyphen. Empty when the title has no Latin letter or digit.
    static func derive(from title: String) -> String {
        // Only the start of a title can reach the key, so very long titles are not folded whole;
        // plain ASCII titles, the usual case, need no folding at all.
        let start = String(title.prefix(derivedLength * 4))
        let folded = start.utf8.allSatisfy { $0 < 0x80 }
            ? start : start.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var slug: [UInt8] = []
        var pendingHyphen = false
        var truncated = false
        for byte in folded.utf8 {
            let lower = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
            if isSlugCharacter(lower) && lower != hyphen {
                let separator = pendingHyphen && !slug.isEmpty
                if slug.count + (separator ? 2 : 1) > derivedLength { truncated = !separator; break }
                if separator { slug.append(hyphen) }
                pendingHyphen = false
                slug.append(lower)
            } else {
                pendingHyphen = true
            }
        }
        // Cut in the middle of a word: drop that partial word.
        if truncated, let lastWordBoundary = slug.lastIndex(of: hyphen) {
            slug.removeSubrange(lastWordBoundary...)
        }
        return String(decoding: slug, as: UTF8.self)
    }

    private static let hyphen = UInt8(ascii: "-")

    private static func isSlugCharacter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == hyphen
    }
}
