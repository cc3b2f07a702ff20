import Foundation

/// The position as the settings keep it: JSON, as `JSONEncoder` writes it.
extension Position {
    public var json: String? {
        (try? JSONEncoder().encode(self)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The position in `json`; nil when it is not one. The form this app writes (an object of two
    /// strings without escapes) is read by hand: `JSONDecoder`'s first use cost every start about
    /// 1 M instructions, its generic machinery met for the first time. Anything else goes to it.
    public init?(json: String) {
        if let plain = Self.plainObject(Array(json.utf8)),
           let key = plain.first(where: { $0.name == "sectionKey" }), let pane = plain.first(where: { $0.name == "pane" }),
           plain.count == 2, let paneValue = Pane(rawValue: pane.value) {
            self.init(sectionKey: key.value, pane: paneValue)
            return
        }
        guard let decoded = try? JSONDecoder().decode(Position.self, from: Data(json.utf8)) else { return nil }
        self = decoded
    }

    /// The fields of a JSON object whose names and values are all strings without escapes or
    /// control characters; nil for anything else.
    private static func plainObject(_ bytes: [UInt8]) -> [(name: String, value: String)]? {
        var index = 0
        func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }
        func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        func plainString() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "\\") || bytes[index] < 0x20 { return nil }
                index += 1
            }
            guard index < bytes.count else { return nil }
            defer { index += 1 }
            return String(validating: bytes[start..<index], as: UTF8.self)
        }
        guard take(UInt8(ascii: "{")) else { return nil }
        var fields: [(name: String, value: String)] = []
        repeat {
            guard let name = plainString(), take(UInt8(ascii: ":")), let value = plainString() else { return nil }
            fields.append((name, value))
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { return nil }
        skipSpace()
        return index == bytes.count ? fields : nil
    }
}
