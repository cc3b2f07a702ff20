import Foundation
import RekindleKit
import Synchronization

/// Writes autosaves of notes on a serial queue, so saving a large note (about 15 ms for 1 MB) never
/// holds up the next keystroke. Results wait until the controller's next turn. Saves the person
/// waits for (leaving the editor, switching section, quitting) stay synchronous and first let these
/// finish, so saves always land in the order they were made.
final class BackgroundSaver: Sendable {
    private let store: any WorkbookStore & Sendable
    private let queue = DispatchQueue(label: "rekindle.autosave")
    private let progress = Mutex<(inFlight: Set<String>, finished: [AppEvent])>(([], []))

    init(store: any WorkbookStore & Sendable) {
        self.store = store
    }

    /// Whether a save of this section is queued or running (so the next due autosave waits for it).
    func isSaving(_ sectionKey: String) -> Bool {
        progress.withLock { $0.inFlight.contains(sectionKey) }
    }

    func save(guideID: String, sectionKey: String, body: String, at date: Date) {
        progress.withLock { _ = $0.inFlight.insert(sectionKey) }
        queue.async { [self] in
            let event: AppEvent
            do {
                let result = try store.saveNotes(guideID: guideID, sectionKey: sectionKey, body: body, at: date)
                event = .notesSaved(sectionKey: sectionKey, body: body, replacedOtherVersion: result.isConflict)
            } catch {
                event = .notesSaveFailed(sectionKey: sectionKey, body: body, reason: AppController.describe(error))
            }
            self.progress.withLock {
                $0.inFlight.remove(sectionKey)
                $0.finished.append(event)
            }
        }
    }

    /// Results of the saves that completed since the last call, oldest first.
    func takeFinished() -> [AppEvent] {
        progress.withLock { state in
            defer { state.finished.removeAll() }
            return state.finished
        }
    }

    /// Blocks until every queued save has been written.
    func waitUntilIdle() {
        queue.sync {}
    }
}
