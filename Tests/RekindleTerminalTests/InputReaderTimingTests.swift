import Testing
@testable import RekindleTerminal
import RekindleUI

/// Esc versus Alt, pastes, resizes and mouse reports, with the timing given by the script.
@Suite struct InputReaderTimingTests {
    @Test func escThenBackspaceWithinTheEscapeDelayIsAltBackspace() {
        let quick = InputReader.escapeDelayMilliseconds - 10
        #expect(events(ScriptedBytes().send("\u{1B}").pause(quick).send("\u{7F}")) == [.key(.altBackspace)])
        #expect(events(ScriptedBytes().send("\u{1B}").pause(quick).send("b")) == [.key(.alt("b"))])
    }

    @Test func escAloneIsDeliveredOnceTheEscapeDelayPasses() {
        let slow = InputReader.escapeDelayMilliseconds + 50
        #expect(events(ScriptedBytes().send("\u{1B}").pause(slow).send("\u{7F}")) == [.key(.escape), .key(.backspace)])
        #expect(events(ScriptedBytes().send("\u{1B}").pause(slow).send("b")) == [.key(.escape), .key(.char("b"))])
        #expect(events("\u{1B}") == [.key(.escape)])
        #expect(events(ScriptedBytes().send("\u{1B}").pause(slow).send("\u{1B}")) == [.key(.escape), .key(.escape)])
    }

    @Test func escFollowedByABracketAloneIsAltBracket() {
        #expect(events("\u{1B}[") == [.key(.alt("["))])
        #expect(events("\u{1B}O") == [.key(.alt("O"))])
    }

    // MARK: Bracketed paste

    @Test func aPasteIsTextWithNewlinesAndTabsAndNoKeys() {
        let pasted = events("\u{1B}[200~one\r\ntwo\rthree\tq\u{1B}[A\u{07}end\u{1B}[201~x")
        // Esc and other controls inside a paste go; nothing in it is ever a key.
        #expect(pasted == [.paste("one\ntwo\nthree\tq[Aend"), .key(.char("x"))])
    }

    @Test func aFiveMegabytePasteIsTakenWhole() {
        let line = String(repeating: "abcdefghi ", count: 10) + "\r"  // 101 bytes, 101 characters
        let chunk = String(repeating: line, count: 640)  // 64,640 bytes, as a terminal hands them over
        let script = ScriptedBytes().send("\u{1B}[200~")
        var total = 0
        while total < 5 * 1024 * 1024 {
            script.send(chunk)
            total += chunk.utf8.count
        }
        script.send("\u{1B}[201~")
        let result = events(script)
        #expect(result.count == 1)
        guard case .paste(let text) = result.first else {
            Issue.record("no paste")
            return
        }
        #expect(text.utf8.count == total)  // every byte, \r turned into \n
        #expect(text.hasSuffix("abcdefghi \n"))
    }

    @Test func aPasteSplitAcrossReadsIsOnePasteAndItsEndMarkerMayBeSplitToo() {
        let script = ScriptedBytes().send("\u{1B}[200~hel").pause(100).send("lo 漢").send("字\u{1B}[2").pause(50).send("01~")
        #expect(events(script) == [.paste("hello 漢字")])
    }

    @Test func aPasteWithoutItsEndIsDeliveredAfterTheGap() {
        let script = ScriptedBytes().send("\u{1B}[200~words").pause(InputReader.pasteGapMilliseconds + 100).send("j")
        #expect(events(script) == [.paste("words"), .key(.char("j"))])
    }

    @Test func aResizeDuringAPasteComesAfterIt() {
        let script = ScriptedBytes().send("\u{1B}[200~ab").resize(90, 30).send("c\u{1B}[201~")
        #expect(events(script) == [.paste("abc"), .resize(Size(width: 90, height: 30))])
    }

    // MARK: Resizes

    @Test func resizesInARowAreMergedIntoTheLast() {
        let script = ScriptedBytes().resize(80, 24).resize(100, 30).resize(120, 40).send("j").resize(60, 20)
        #expect(events(script) == [.resize(Size(width: 120, height: 40)), .key(.char("j")),
                                   .resize(Size(width: 60, height: 20))])
    }

    @Test func aResizeInsideASplitCharacterIsKept() {
        let bytes = Array("漢".utf8)
        let script = ScriptedBytes().send(Array(bytes[0..<1])).resize(70, 20).send(Array(bytes[1...]))
        #expect(events(script) == [.key(.char("漢")), .resize(Size(width: 70, height: 20))])
    }

    // MARK: Mouse

    private func click(_ button: MouseButton, _ x: Int, _ y: Int) -> InputEvent {
        .mouse(MouseEvent(button: button, position: Point(x: x, y: y)))
    }

    @Test func sgrReportsGivePressesAnywhereEvenPastColumn223() {
        #expect(events("\u{1B}[<0;10;5M") == [click(.left, 9, 4)])
        #expect(events("\u{1B}[<0;300;120M") == [click(.left, 299, 119)])
        #expect(events("\u{1B}[<64;3;4M\u{1B}[<65;3;4M") == [click(.wheelUp, 2, 3), click(.wheelDown, 2, 3)])
        #expect(events("\u{1B}[<4;1;1M") == [click(.left, 0, 0)])  // Shift-click: still a click
    }

    @Test func releasesDragsAndOtherButtonsAreIgnored() {
        #expect(events("\u{1B}[<0;10;5m\u{1B}[<32;11;5M\u{1B}[<2;10;5M\u{1B}[<35;1;1Mx") == [.key(.char("x"))])
        #expect(events("\u{1B}[<0;10M\u{1B}[<0;0;0Mx") == [.key(.char("x"))])  // malformed
    }

    @Test func legacyReportsStillWork() {
        let report = "\u{1B}[M" + String(UnicodeScalar(32)) + String(UnicodeScalar(33 + 9)) + String(UnicodeScalar(33 + 4))
        #expect(events(report + "x") == [click(.left, 9, 4), .key(.char("x"))])
    }
}
