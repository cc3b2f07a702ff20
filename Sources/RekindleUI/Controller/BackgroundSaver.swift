import Foundation
import RekindleKit
import Synchronization

/// Writes autosaves (of notes and of journal entries) on a serial queue, so saving a large note (several milliseconds for 1 MB) never
/// holds up the next keystroke. Results wait until the controller's next turn. Saves the person
/// waits for (leaving the editor, switching section, quitting) stay synchronous and first let these
/// finish, so saves always land in the order they were made.
final class BackgroundSaver: Sendable {
    private let store: any WorkbookStore & Sendable
    private let queue = DispatchQueue(label: "rekindle.autosave")
    private let finished = Mutex<[AppEvent]>([])

    init(store: any WorkbookStore & Sendable) {
        self.store = store
    }

    /// Runs a write against the store off the key path; its result waits for `takeFinished`.
    func run(_ write: @escaping @Sendable (any WorkbookStore) -> AppEvent) {
        queue.async { [self] in
            let event = write(store)
            self.finished.withLock { $0.append(event) }
        }
    }

    /// Results of the saves that completed since the last call, oldest first.
    func takeFinished() -> [AppEvent] {
        finished.withLock { events in
            defer { events.removeAll() }
            return events
        }
    }

    /// Blocks until every queued save has been written.
    func waitUntilIdle() {
        queue.sync {}
    }
}
