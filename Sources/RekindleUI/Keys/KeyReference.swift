/// The key table as Markdown, for `rekindle keys` and the README, which a test keeps identical
/// (for the standard table), so the documentation cannot drift from the bindings.
public enum KeyReference {
    public static func markdown(_ keyMap: KeyMap = .standard) -> String {
        KeyContext.allCases.compactMap { context -> String? in
            let rows = keyMap.bindings(in: context)
            guard !rows.isEmpty else { return nil }
            let table = rows.map { "| \(escaped($0.keyLabel())) | \($0.description) |" }.joined(separator: "\n")
            return "**\(context.title)**\n\n| Keys | What they do |\n|---|---|\n\(table)\n"
        }.joined(separator: "\n")
    }

    /// "|" would end a Markdown table cell.
    private static func escaped(_ label: String) -> String {
        label.replacingOccurrences(of: "|", with: "\\|")
    }
}
