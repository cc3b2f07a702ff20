import Testing
import RekindleKit
@testable import RekindleUI

/// CJK, emoji and control characters in guide text and notes must never reach the terminal raw,
/// break a row's width, or have a wide character cut at a pane edge.
@Suite struct HostileTextTests {
    static func hostileState(size: Size) -> AppState {
        let nasty = "失恋の後で 💔👩‍❤️‍👨 \u{1B}[31mred\u{1B}[0m \u{85}C1 \u{202E}evil\u{202C} \u{2066}iso\u{2069} tab\there"
        let book = Workbook(guideID: "h", title: "指南 \u{1B}]0;pwned\u{07} 💔", sections: [
            WorkbookSection(key: "s1", kind: .step, number: 1, title: "一歩 \u{9B}2J", paragraphs: [nasty, nasty + nasty],
                            items: [item(1, "題名 🎉\u{7F}", nasty), item(2, "自分の 😀", custom: true)]),
            WorkbookSection(key: "gone", kind: .other, number: nil, title: "古い 節", paragraphs: [], items: [],
                            inGuide: false),
        ])
        var s = AppState(workbook: book, notes: ["s1": nasty + "\n" + nasty], size: size)
        s.focus = .guide
        return s
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 50, height: 20),
                      Size(width: 31, height: 9), Size(width: 30, height: 8), Size(width: 20, height: 6),
                      Size(width: 1, height: 1), Size(width: 2, height: 1), Size(width: 0, height: 0)])
    func everyFrameIsClean(size: Size) {
        var s = Self.hostileState(size: size)
        for event in [char("j"), key(.tab), char("/"), char("失"), key(.enter), char("?")] {
            send(&s, event)
            #expect(checkInvariants(render(s, size: size)) == [])
        }
    }

    @Test func wideCharactersStopShortOfEveryPaneEdge() {
        // Odd widths put a wide character across each edge somewhere.
        for width in 30...44 {
            var s = Self.hostileState(size: Size(width: width, height: 12))
            for pane in Pane.allCases {
                s.focus = pane
                #expect(checkInvariants(render(s, size: s.size)) == [], "width \(width) pane \(pane)")
            }
        }
    }
}
