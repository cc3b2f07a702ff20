import Foundation
import PropertyBased
import Testing
@testable import RekindleKit

/// A section's paragraphs are read by hand (`PlainJSON.strings`) where JSONDecoder read them:
/// what the app writes must come back whole, and any other text must read as JSONDecoder reads it.
@Suite struct PlainJSONTests {
    static let pieces = Gen.element(of: ["Step one.", "", "é 日本 🌱", "say \"hi\"", "back\\slash", "tab\there",
                                         "slash/x", "new\nline", "cr\r", "bell\u{07}", "’curly’", "\u{2028}"]).map { $0! }
    static let paragraphs = pieces.array(of: 0...6)

    @Test func whatTheAppWritesIsReadBack() async throws {
        await propertyCheck(count: 200, input: Self.paragraphs) { paragraphs in
            let json = try GuideSyncPlan.encodeParagraphs(paragraphs)
            #expect(try Store.decodeParagraphs(json) == paragraphs, "\(json)")
        }
    }

    @Test func anyOtherTextIsReadAsJSONDecoderReadsIt() {
        let texts = [
            #"["a","b"]"#, #" [ "a" , "b" ] "#, "[]", "[ ]", #"["a\u00e9"]"#, #"["a\/b","\b\f\n\r\t"]"#,
            #"["a",]"#, #"["a""b"]"#, #"["a"] x"#, #"[1]"#, #"["a\x"]"#, #"["unterminated]"#, "", "[", "null",
            "[\"raw\ttab\"]", #"{"a":"b"}"#, #"["\"quoted\""]"#,
        ]
        for text in texts {
            let decoded = try? JSONDecoder().decode([String].self, from: Data(text.utf8))
            #expect((try? Store.decodeParagraphs(text)) == decoded, "\(text)")
        }
    }

    @Test func stringFieldsAreReadInOrder() {
        #expect(PlainJSON.stringFields(#"{"b":"2","a":"1"}"#).map { $0.map(\.name) } == ["b", "a"])
        #expect(PlainJSON.stringFields("{}").map(\.count) == 0)
        #expect(PlainJSON.stringFields(#"{"a":1}"#) == nil)
    }
}
