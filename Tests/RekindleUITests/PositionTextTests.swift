import Foundation
import PropertyBased
import Testing
@testable import RekindleUI

/// The saved position is read by hand in its usual form (`Position(json:)`), by JSONDecoder
/// otherwise: both must read what the other would.
@Suite struct PositionTextTests {
    static let keys = Gen.element(of: ["self-reflection", "", "intro", "é 日本 🌱", "say \"hi\"", "back\\slash",
                                       "tab\there", "slash/x", "new\nline"]).map { $0! }
    static let panes = Gen.element(of: Pane.allCases).map { $0! }

    @Test func whatTheAppWritesIsReadBack() async {
        await propertyCheck(count: 100, input: Self.keys, Self.panes) { key, pane in
            let position = Position(sectionKey: key, pane: pane)
            let json = try #require(position.json)
            #expect(Position(json: json) == position, "\(json)")
        }
    }

    /// Texts a person or another version could have left: read as JSONDecoder reads them.
    @Test func anyOtherTextIsReadAsJSONDecoderReadsIt() {
        let texts = [
            #"{"sectionKey":"intro","pane":"guide"}"#, #" { "pane" : "notes" , "sectionKey" : "a" } "#,
            #"{"sectionKey":"a\u00e9","pane":"steps"}"#, #"{"sectionKey":"a","pane":"nowhere"}"#,
            #"{"sectionKey":"a"}"#, #"{"sectionKey":"a","pane":"steps","extra":"x"}"#,
            #"{"sectionKey":"a","pane":"steps"} trailing"#, #"{"sectionKey":"a","pane":"steps",}"#,
            #"{"sectionKey":1,"pane":"steps"}"#, #"{"pane":"steps","pane":"guide"}"#, "", "{", "null", "[]",
            "{\"sectionKey\":\"tab\there\",\"pane\":\"steps\"}",
        ]
        for text in texts {
            let decoded = try? JSONDecoder().decode(Position.self, from: Data(text.utf8))
            #expect(Position(json: text) == decoded, "\(text)")
        }
    }
}
