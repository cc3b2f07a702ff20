/// The one line of feedback and the ones before it. A message stays until the next key, except a
/// warning (something was not saved, or could not be done): that stays until the person presses
/// Esc or another message takes its place, so a key typed in the same instant cannot wipe it
/// unread. Every message can be read again in the message log (`m`).
struct MessageLog: Equatable, Sendable {
    private(set) var current: StatusMessage?
    /// Newest last; the oldest fall off beyond `depth`.
    private(set) var past: [StatusMessage] = []
    static let depth = 200

    mutating func show(_ message: StatusMessage?) {
        current = message
        guard let message else { return }
        past.append(message)
        if past.count > Self.depth { past.removeFirst(past.count - Self.depth) }
    }

    /// A key was pressed: what it was about is over, unless it is a warning.
    mutating func keyPressed() {
        if current?.isWarning != true { current = nil }
    }

    /// Esc: the warning has been read.
    mutating func dismiss() -> Bool {
        guard current != nil else { return false }
        current = nil
        return true
    }
}

extension AppState {
    /// The status line's message; setting one also keeps it in the log.
    var message: StatusMessage? {
        get { messages.current }
        set { messages.show(newValue) }
    }
}
