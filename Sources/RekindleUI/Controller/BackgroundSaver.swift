import Foundation
import RekindleKit

/// Carries out store effects on a serial queue, off the key path: autosaves of notes (saving 1 MB
/// takes several milliseconds), and every write made while another process holds the database's
/// write lock (another copy of rekindle, the sqlite3 tool), which would otherwise freeze the keys
/// for the busy timeout. A write that finds the database busy is tried again until it lands, so a
/// change on screen is either stored or waiting here; it is never dropped. Results wait until the
/// controller's next turn, in the order the effects were queued.
///
/// `@unchecked Sendable`: every stored property is either immutable or guarded by `condition`.
final class BackgroundSaver: @unchecked Sendable {
    /// How long a first try waits for another process's write lock before the write is handed to
    /// the queue (on the key path) or reported as waiting (on the queue): a short write by another
    /// copy (a `rekindle tick`) is over well within this.
    static let briefLockWait: TimeInterval = 0.1

    private let store: any WorkbookStore & Sendable
    private let queue = DispatchQueue(label: "rekindle.store-writes")
    private let condition = NSCondition()
    private var queued = 0
    private var waitingForLock = false
    private var reportedWaiting = false
    private var finished: [AppEvent] = []

    init(store: any WorkbookStore & Sendable) {
        self.store = store
    }

    /// Queues `effect`. `foundBusy`: it was already tried and the database was busy, so the
    /// screen says it is waiting from now on.
    func perform(_ effect: Effect, guideID: String, now: Date, foundBusy: Bool = false) {
        condition.withLock {
            queued += 1
            if foundBusy { waitingForLock = true }
        }
        queue.async { [self] in
            let event = performUntilNotBusy(effect, guideID: guideID, now: now, firstWaitIsBrief: !foundBusy)
            condition.withLock {
                if let event { finished.append(event) }
                queued -= 1
                if queued == 0 { waitingForLock = false }
                condition.broadcast()
            }
        }
    }

    private func performUntilNotBusy(_ effect: Effect, guideID: String, now: Date, firstWaitIsBrief: Bool) -> AppEvent? {
        var wait: TimeInterval? = firstWaitIsBrief ? Self.briefLockWait : nil
        while true {
            do {
                return try Store.$lockWait.withValue(wait) {
                    try AppController.perform(effect, guideID: guideID, store: store, now: now)
                }
            } catch let error where AppController.isBusy(error) {
                condition.withLock {
                    waitingForLock = true
                    condition.broadcast()
                }
                wait = nil
            } catch {
                return AppController.failure(of: effect, error)
            }
        }
    }

    /// Whether effects are waiting here for another process to release the database: while they
    /// are, every later write joins them, so changes land in the order they were made.
    var isWaitingForLock: Bool {
        condition.withLock { waitingForLock }
    }

    /// Results of the effects that completed since the last call, oldest first, followed by
    /// `.writesWaiting` when whether writes wait for the database changed since it was last told.
    func takeFinished() -> [AppEvent] {
        condition.withLock {
            var events = finished
            finished.removeAll()
            if waitingForLock != reportedWaiting {
                reportedWaiting = waitingForLock
                events.append(.writesWaiting(waitingForLock))
            }
            return events
        }
    }

    /// Blocks until every queued effect has been carried out, or until they wait for another
    /// process's lock (which may take any time: the keys must not wait for that).
    func waitUntilIdle() {
        condition.withLock {
            while queued > 0, !waitingForLock { condition.wait() }
        }
    }

    /// Blocks until every queued effect has been carried out, or `limit` has passed (a shutdown
    /// by signal cannot wait for ever; what is still queued then is the caller's to rescue).
    func waitUntilDone(limit: TimeInterval) {
        let deadline = Date().addingTimeInterval(limit)
        condition.withLock {
            while queued > 0, condition.wait(until: deadline) {}
        }
    }
}
