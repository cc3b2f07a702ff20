/// A small tool a guide attaches to one of its items, declared in the item's key marker without
/// touching the guide's words: `{#give-it-time tool=cooling-off}`. The interface opens it from
/// the item; the command line reaches it by name.
public enum GuideTool: String, CaseIterable, Equatable, Sendable {
    /// Days since the breakup or the last contact, against a period the person chooses.
    case coolingOff = "cooling-off"
    /// Messages written and kept here, never sent.
    case drafts
    /// Dated small wins.
    case wins
    /// Goals with an optional target date.
    case goals
    /// The support screen.
    case support

    /// The names a guide file may use, for an error message: "cooling-off, drafts, …".
    static var namesForMessage: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
