@testable import RekindleTerminal
import RekindleUI

/// A terminal's input as a script: chunks that arrive together, separated by silences measured in
/// milliseconds of the reader's own waits, so Esc/Alt and paste timing are tested without a clock.
final class ScriptedBytes: ByteSource {
    private enum Arrival {
        case bytes([UInt8])
        case resize(Size)
    }

    private var steps: [(silence: Int32, arrival: Arrival)] = []
    private var nextSilence: Int32 = 0
    var isInterrupted = false

    init() {}

    /// Bytes that arrive in one read (after any `pause` before them).
    @discardableResult func send(_ text: String) -> ScriptedBytes { send(Array(text.utf8)) }

    @discardableResult func send(_ bytes: [UInt8]) -> ScriptedBytes {
        steps.append((nextSilence, .bytes(bytes)))
        nextSilence = 0
        return self
    }

    @discardableResult func resize(_ width: Int, _ height: Int) -> ScriptedBytes {
        steps.append((nextSilence, .resize(Size(width: width, height: height))))
        nextSilence = 0
        return self
    }

    /// Nothing arrives for this long before the next step.
    @discardableResult func pause(_ milliseconds: Int32) -> ScriptedBytes {
        nextSilence += milliseconds
        return self
    }

    var isDrained: Bool { steps.isEmpty }

    func read(timeoutMilliseconds timeout: Int32) -> ByteArrival {
        guard let first = steps.first else { return .nothing }
        if timeout >= 0, first.silence > timeout {
            steps[0].silence -= timeout
            return .nothing
        }
        steps.removeFirst()
        switch first.arrival {
        case .bytes(let bytes): return .bytes(bytes)
        case .resize(let size): return .resize(size)
        }
    }
}

/// Every event the reader makes of the script, reading as the event loop does (100 ms waits).
func events(_ script: ScriptedBytes, backspaceIsCtrlH: Bool = false) -> [InputEvent] {
    var reader = InputReader(source: script, backspaceIsCtrlH: backspaceIsCtrlH)
    var events: [InputEvent] = []
    while true {
        if let event = reader.next(timeoutMilliseconds: 100) {
            events.append(event)
        } else if script.isDrained, !reader.hasPendingInput() {
            return events
        }
    }
}

/// The events of bytes that all arrive at once.
func events(_ text: String) -> [InputEvent] { events(ScriptedBytes().send(text)) }
