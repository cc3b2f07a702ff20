import Foundation
import RekindleKit
import Testing
@testable import RekindleUI

/// Messages are never cut, warnings are not wiped by the next key, and every message can be read
/// again in the log.
@Suite struct MessageTests {
    func statusRows(_ s: AppState, _ width: Int, rows: Int = 2) -> [String] {
        Array(render(s, size: Size(width: width, height: 24)).lines.suffix(rows))
    }

    @Test func aWarningStaysThroughUnrelatedKeysUntilEsc() {
        var s = state()
        s.message = StatusMessage("Not saved: disk full", isWarning: true)
        send(&s, char("j"), char("k"))
        #expect(s.message?.text == "Not saved: disk full")
        send(&s, key(.escape))
        #expect(s.message == nil)
        s.message = StatusMessage("Undid: tick")
        send(&s, char("j"))
        #expect(s.message == nil, "a plain message lasts until the next key")
    }

    @Test func aLongMessageTakesTheWholeLineThenTwoLinesAndIsNeverCutWhileTheyHoldIt() {
        var s = state(size: Size(width: 80, height: 24))
        let words = "Notes not saved (still here). Press q again to quit and keep them in a private file."
        s.message = StatusMessage(words, isWarning: true)
        let oneLine = statusRows(s, 90, rows: 1)[0]
        #expect(oneLine.contains(words) && !oneLine.contains("Step"), "alone on the line: \(oneLine)")
        let two = statusRows(s, 60)
        let joined = two.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(joined == words, "wrapped on two lines: \(two)")
        let tiny = statusRows(s, 30)
        #expect(tiny[1].contains("…"), "only when two lines are too few: \(tiny)")
        #expect(checkInvariants(render(s, size: Size(width: 30, height: 8))) == [])
    }

    @Test func theMessageLogKeepsEveryMessageNewestFirst() {
        var s = state()
        send(&s, char("1"), key(.enter), char("d"))
        send(&s, char("u"))
        send(&s, char("m"))
        #expect(s.overlay == .messageLog(scroll: 0))
        let text = render(s, size: Size(width: 120, height: 40)).lines.joined(separator: "\n")
        let newest = text.range(of: "Nothing to undo")!, older = text.range(of: "can't be deleted")!
        #expect(newest.lowerBound < older.lowerBound)
        send(&s, key(.escape))
        #expect(s.overlay == nil)
    }

    @Test func aSuccessfulRetryClearsTheFailureWarning() {
        let store = FakeStore()
        store.failSaves = "disk full"
        let app = AppController(workbook: sampleWorkbook(), store: store, size: Size(width: 120, height: 40))
        for k: Key in [.char("1"), .tab, .tab, .char("i"), .char("x")] { _ = app.handle(.key(k), now: t0) }
        _ = app.idle(now: t0.addingTimeInterval(1.5))
        #expect(app.state.message?.isWarning == true)
        store.failSaves = nil
        _ = app.idle(now: t0.addingTimeInterval(1.5 + NotesPaneState.retryDelay))
        #expect(app.state.saveState(for: "s1") == .saved)
        #expect(app.state.message?.isWarning == false)
        #expect(!app.render(size: Size(width: 120, height: 40)).lines.last!.contains("Not saved"))
    }
}
