/// Whether the person asked for a discreet screen: `REKINDLE_DISCREET` set to anything but "" or "0".
enum Discretion {
    static func asked(by environment: [String: String]) -> Bool {
        environment["REKINDLE_DISCREET"].map { !$0.isEmpty && $0 != "0" } == true
    }
}
