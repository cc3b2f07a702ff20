import RekindleKit

extension WorkbookSection {
    /// How the status line and messages name a section: "Step 2", "Introduction", "Closing".
    var shortName: String {
        kind == .step ? "Step \(number ?? 0)" : title
    }
}
