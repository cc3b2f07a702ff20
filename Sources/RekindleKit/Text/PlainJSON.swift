/// The two shapes of JSON this app keeps, read by hand: an object of string fields (the saved
/// position) and an array of strings (a section's paragraphs). `JSONDecoder`, met for the first
/// time, and the `Data` it reads from cost every start about 1 M instructions. Nil for anything
/// else (a `\u` escape included): callers then ask `JSONDecoder`, which knows all of JSON.
public struct PlainJSON {
    private let bytes: [UInt8]
    private var index = 0

    private init(_ json: String) { bytes = Array(json.utf8) }

    /// The fields of an object whose values are all strings, in their order.
    public static func stringFields(_ json: String) -> [(name: String, value: String)]? {
        var reader = PlainJSON(json)
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        var fields: [(name: String, value: String)] = []
        if !reader.take(UInt8(ascii: "}")) {
            repeat {
                guard let name = reader.string(), reader.take(UInt8(ascii: ":")), let value = reader.string() else { return nil }
                fields.append((name, value))
            } while reader.take(UInt8(ascii: ","))
            guard reader.take(UInt8(ascii: "}")) else { return nil }
        }
        return reader.atEnd ? fields : nil
    }

    /// The strings of an array of strings.
    public static func strings(_ json: String) -> [String]? {
        var reader = PlainJSON(json)
        guard reader.take(UInt8(ascii: "[")) else { return nil }
        var strings: [String] = []
        if !reader.take(UInt8(ascii: "]")) {
            repeat {
                guard let string = reader.string() else { return nil }
                strings.append(string)
            } while reader.take(UInt8(ascii: ","))
            guard reader.take(UInt8(ascii: "]")) else { return nil }
        }
        return reader.atEnd ? strings : nil
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private var atEnd: Bool {
        mutating get {
            skipSpace()
            return index == bytes.count
        }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// A string with at most the one-letter escapes; its bytes are the JSON text's own UTF-8.
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        var text: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count, let unescaped = Self.unescaped(bytes[index]) else { return nil }
                text.append(unescaped)
                index += 1
            case ..<0x20:
                return nil  // a control character must be escaped
            default:
                text.append(byte)
            }
        }
        return nil
    }

    private static func unescaped(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }
}
