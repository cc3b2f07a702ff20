import CNcurses
import RekindleUI

/// What one wait for terminal input brought.
enum ByteArrival: Equatable {
    /// Bytes as the terminal sent them (UTF-8 text and escape sequences, not yet decoded).
    case bytes([UInt8])
    /// The terminal changed size; curses already knows the new size.
    case resize(Size)
    /// Nothing within the timeout, or a signal cut the wait short.
    case nothing
}

/// Where `InputReader` gets its bytes: the terminal, or a script in tests (so the reader's
/// parsing and timing are tested without a terminal).
protocol ByteSource {
    /// Waits up to `timeoutMilliseconds` (-1: until something comes) for input.
    mutating func read(timeoutMilliseconds: Int32) -> ByteArrival
    /// True once a termination signal is pending (a long paste stops being read).
    var isInterrupted: Bool { get }
}

/// The controlling terminal's input, read raw from its descriptor; curses only draws.
struct TerminalByteSource: ByteSource {
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    mutating func read(timeoutMilliseconds: Int32) -> ByteArrival {
        if rk_take_resize() { return .resize(currentScreenSize()) }
        let count = buffer.withUnsafeMutableBufferPointer {
            rk_read_bytes(timeoutMilliseconds, $0.baseAddress, Int32($0.count))
        }
        if count > 0 { return .bytes(Array(buffer[0..<Int(count)])) }
        if rk_take_resize() { return .resize(currentScreenSize()) }
        return .nothing
    }

    var isInterrupted: Bool { rk_pending_signal() != 0 }
}

/// The terminal size as curses currently sees it.
func currentScreenSize() -> Size {
    var rows: Int32 = 0
    var cols: Int32 = 0
    rk_screen_size(&rows, &cols)
    return Size(width: Int(max(0, cols)), height: Int(max(0, rows)))
}
