import Foundation
import RekindleKit

/// The position as the settings keep it: JSON, as `JSONEncoder` writes it.
extension Position {
    public var json: String? {
        (try? JSONEncoder().encode(self)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The position in `json`; nil when it is not one. The form this app writes is read by hand
    /// (`PlainJSON`); anything else goes to `JSONDecoder`.
    public init?(json: String) {
        if let fields = PlainJSON.stringFields(json), fields.count == 2,
           let key = fields.first(where: { $0.name == "sectionKey" }), let pane = fields.first(where: { $0.name == "pane" }),
           let paneValue = Pane(rawValue: pane.value) {
            self.init(sectionKey: key.value, pane: paneValue)
            return
        }
        guard let decoded = try? JSONDecoder().decode(Position.self, from: Data(json.utf8)) else { return nil }
        self = decoded
    }
}
