import RekindleKit

/// How each tool shows in the interface: its room's title, the key context of its keys, the word
/// its hint uses, and the kind of entry it keeps.
extension GuideTool {
    /// The tools that keep entries of their own kind (the support screen keeps none).
    static let withEntries: [GuideTool] = [.coolingOff, .drafts, .wins, .goals]

    var entryKind: EntryKind? {
        switch self {
        case .coolingOff: .contact
        case .drafts: .draft
        case .wins: .win
        case .goals: .goal
        case .support: nil
        }
    }

    /// The room's title; shorter when the screen is discreet (someone may see it).
    func title(discreet: Bool) -> String {
        switch self {
        case .coolingOff: discreet ? "Counter" : "Cooling-off counter"
        case .drafts: "Drafts"
        case .wins: "Small wins"
        case .goals: "Goals"
        case .support: "Support"
        }
    }

    /// What the status bar's hint says Enter opens ("Enter counter").
    var hintLabel: String {
        switch self {
        case .coolingOff: "counter"
        case .drafts: "drafts"
        case .wins: "wins"
        case .goals: "goals"
        case .support: "support"
        }
    }

    /// The key context of the room's own keys.
    var keyContext: KeyContext {
        switch self {
        case .coolingOff: .counter
        case .drafts: .drafts
        case .wins: .wins
        case .goals: .goals
        case .support: .support
        }
    }
}
