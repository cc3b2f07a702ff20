import Foundation

/// The person's own support card: a short safety-plan style page in their own words (people to
/// call, places that help, their counsellor or doctor, their own local numbers, what helps them
/// cope). Written by them, so it never goes stale; shown first on the support screen.
public enum SupportCard {
    /// Reserved: a colon cannot appear in a guide's id, so no guide can share it.
    public static let guideID = "rekindle:support"
    static let sectionKey = "card"

    /// What an empty card opens as in the editor: the headings of the short form.
    public static let template = """
        People I can call:

        Places that help:

        My counsellor or doctor:

        My own local numbers:

        What helps me cope:

        """
}

extension Store {
    /// The card's current text ("" when it was never written).
    public func supportCard() throws -> String {
        try notes(guideID: SupportCard.guideID, sectionKey: SupportCard.sectionKey)
    }

    /// Saves the card as a new revision (nothing is written when it is unchanged); the result
    /// names a version another process saved meanwhile, which stays in the history.
    @discardableResult
    public func saveSupportCard(_ body: String, at date: Date = Date()) throws -> NoteSaveResult {
        try saveNotes(guideID: SupportCard.guideID, sectionKey: SupportCard.sectionKey, body: body, at: date)
    }

    /// Every saved version of the card, newest first, as previews.
    public func supportCardHistory(limit: Int? = nil) throws -> [NoteRevisionSummary] {
        try noteHistoryPreviews(guideID: SupportCard.guideID, sectionKey: SupportCard.sectionKey, limit: limit)
    }
}
