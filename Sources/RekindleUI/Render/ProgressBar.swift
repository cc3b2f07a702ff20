/// A small bar of filled and empty blocks, e.g. "▰▰▱▱▱" for 2 of 5. Done is never shown as more than
/// it is: the bar is full only when everything is done.
enum ProgressBar {
    static func text(done: Int, total: Int, width: Int) -> String {
        guard width > 0 else { return "" }
        let filled = total > 0 ? (done >= total ? width : min(width - 1, done * width / total)) : 0
        return String(repeating: "▰", count: filled) + String(repeating: "▱", count: width - filled)
    }

    /// "7/18 ▰▰▰▱▱"
    static func summary(done: Int, total: Int, width: Int) -> String {
        "\(done)/\(total) " + text(done: done, total: total, width: width)
    }
}
