/// A small bar of filled and empty blocks, e.g. "▰▰▰▱▱" for 3 of 5. Rounded to the nearest cell (ties
/// down), with two honest limits: something done always shows (at least one cell), and the bar is
/// full only when everything is done.
enum ProgressBar {
    static func text(done: Int, total: Int, width: Int, glyphs: GlyphSet = .unicode) -> String {
        guard width > 0 else { return "" }
        let filled: Int
        if total <= 0 || done <= 0 {
            filled = 0
        } else if done >= total {
            filled = width
        } else {
            // Nearest, a tie going down: half of three cells is one, never more than is done.
            let nearest = (2 * done * width + total - 1) / (2 * total)
            filled = nearest.clamped(to: 1...max(1, width - 1))
        }
        return String(repeating: glyphs.progressFilled, count: filled) + String(repeating: glyphs.progressEmpty, count: width - filled)
    }

    /// "7/18 ▰▰▰▱▱"
    static func summary(done: Int, total: Int, width: Int, glyphs: GlyphSet = .unicode) -> String {
        "\(done)/\(total) " + text(done: done, total: total, width: width, glyphs: glyphs)
    }
}
