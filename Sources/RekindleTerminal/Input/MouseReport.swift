import RekindleUI

/// Mouse reports: SGR (Esc [ < b ; x ; y M, decimal, so any column works) and the older X10 form
/// (Esc [ M and three bytes) from terminals without SGR. Presses of the left button and the wheel
/// count; releases, drags and other buttons are ignored.
enum MouseReport {
    /// `parameters` is "b;x;y" with 1-based x and y; `pressed` is false for a release ("m").
    static func sgr(parameters: Substring, pressed: Bool) -> MouseEvent? {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard pressed, numbers.count == 3, let button = numbers[0], let x = numbers[1], let y = numbers[2]
        else { return nil }
        return event(button: button, x: x - 1, y: y - 1)
    }

    /// Values already offset: button code, 0-based x and y.
    static func legacy(button: Int, x: Int, y: Int) -> MouseEvent? {
        event(button: button, x: x, y: y)
    }

    private static func event(button code: Int, x: Int, y: Int) -> MouseEvent? {
        guard x >= 0, y >= 0, code & 32 == 0 else { return nil } // 32: motion (a drag)
        let button: MouseButton
        switch code & ~(4 | 8 | 16) { // shift, meta, ctrl
        case 0: button = .left
        case 64: button = .wheelUp
        case 65: button = .wheelDown
        default: return nil
        }
        return MouseEvent(button: button, position: Point(x: x, y: y))
    }
}
