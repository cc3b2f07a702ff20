import Foundation

/// While another process (another copy of rekindle, the sqlite3 tool) holds the database's write
/// lock, changes wait in the background and land, in order, once it lets go. The keys keep working;
/// the status line says that changes are waiting, so nothing on screen passes for saved before it
/// is, and a quit waits for them.
extension AppState {
    mutating func writesWaitingChanged(_ waiting: Bool, now: Date) -> [Effect] {
        session.writesWaiting = waiting
        // The status line says so for as long as it lasts (`waitingWritesLabel`): no message to clear.
        if waiting { return [] }
        if session.quitOnceWritten {
            session.quitOnceWritten = false
            return saveEverything(now: now) + [.then(.quitRequested)]
        }
        message = StatusMessage("Saved — the database is free again")
        return []
    }

    /// A quit while changes wait for the database: they are saved first, then rekindle quits.
    mutating func quitOnceWritten() -> [Effect] {
        session.quitOnceWritten = true
        message = StatusMessage("Quitting once your changes are saved")
        return []
    }

    /// What the status line says while changes wait; nil when none do.
    var waitingWritesLabel: String? {
        guard session.writesWaiting else { return nil }
        return session.quitOnceWritten ? "database busy — saving, then quitting…" : "database busy — changes kept, saving when free…"
    }
}
