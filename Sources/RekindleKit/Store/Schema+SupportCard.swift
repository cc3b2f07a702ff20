import GRDB

extension Schema {
    /// v3: a home for the person's support card. The card is kept exactly like a section's notes
    /// (current text in `notes`, every save in `noteRevisions`), so it shares their revisions,
    /// history and two-process rules; its section belongs to a reserved guide id that no guide
    /// file can have (guide ids are lowercase letters, digits and hyphens, never a colon).
    static func registerSupportCardMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3") { db in
            try db.execute(sql: "INSERT INTO guides (id, title) VALUES (?, 'Support card')", arguments: [SupportCard.guideID])
            try db.execute(sql: """
                INSERT INTO sections (guide, key, kind, number, title, paragraphs, position, inGuide)
                VALUES (?, ?, 'other', NULL, 'Support card', '[]', 0, 1)
                """, arguments: [SupportCard.guideID, SupportCard.sectionKey])
        }
    }
}
