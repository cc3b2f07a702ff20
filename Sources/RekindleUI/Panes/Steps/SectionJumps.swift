import RekindleKit

/// Jumping straight to a section by key: a digit for a step, `c` for the closing. A key that has
/// nowhere to go says so rather than doing nothing.
extension AppState {
    /// `0` is the introduction, `1`–`9` the step with that number.
    mutating func jump(to number: Int) {
        let sections = workbook.sections
        if number == 0 {
            selectSection(sections.firstIndex { $0.kind == .introduction } ?? 0)
        } else if let target = sections.firstIndex(where: { $0.kind == .step && $0.number == number }) {
            selectSection(target)
        } else {
            let steps = sections.filter { $0.kind == .step && $0.inGuide }.compactMap(\.number)
            let range = switch steps.count {
            case 0: "this guide has no numbered steps"
            case 1: "only step \(steps[0])"
            default: "steps \(steps.min()!) to \(steps.max()!)"
            }
            message = StatusMessage("There is no step \(number) — \(range)")
        }
    }

    /// The closing: the last section of the guide after its steps.
    mutating func jumpToClosing() {
        let sections = workbook.sections
        let afterSteps = (sections.lastIndex { $0.kind == .step } ?? sections.startIndex)
        if let closing = sections.indices.last(where: { $0 > afterSteps && sections[$0].kind == .other && sections[$0].inGuide }) {
            selectSection(closing)
        } else {
            message = StatusMessage("This guide has no closing section")
        }
    }
}
