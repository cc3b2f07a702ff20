import RekindleKit

/// How commands name a section ("2" for step 2, "0" for the introduction, or a section key)
/// and an item ("2.1": the first item of step 2 as the person has ordered it).
enum SectionReference {
    static func section(_ reference: String, in workbook: Workbook) throws -> WorkbookSection {
        if let number = plainNumber(reference) {
            if number == 0, let intro = workbook.sections.first(where: { $0.kind == .introduction }) {
                return intro
            }
            if let step = workbook.sections.first(where: { $0.kind == .step && $0.number == number }) {
                return step
            }
            let count = workbook.sections.filter { $0.kind == .step }.count
            throw CLIFailure(message: "there is no step \(number): this guide has steps 1 to \(count) (0 is the introduction)")
        }
        if let section = workbook.sections.first(where: { $0.key == reference }) { return section }
        throw CLIFailure(message: "no section '\(reference)': use a step number such as 2, or a key shown by 'rekindle status --json'")
    }

    /// The section and the item's place in it (from 1), checked against the section's count, so
    /// a workbook read by its counts alone (`Store.loadCounted`) will do.
    static func item(_ reference: String, in workbook: Workbook) throws -> (section: WorkbookSection, number: Int) {
        let parts = reference.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let index = plainNumber(parts[1]) else {
            throw CLIFailure(message: "'\(reference)' is not an item: write step.item, for example 2.1 for step 2's first item")
        }
        let section = try section(parts[0], in: workbook)
        guard section.total > 0 else {
            throw CLIFailure(message: "\(section.displayName) has no items")
        }
        guard index >= 1, index <= section.total else {
            throw CLIFailure(message: "\(section.displayName) has items 1 to \(section.total), not \(index)")
        }
        return (section, index)
    }

    /// Digits only ("2", not "+2" or " 2"), as the person sees them in 'rekindle status'.
    private static func plainNumber(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return Int(text)
    }
}
