import Testing
@testable import RekindleUI

@Suite struct ProgressBarTests {
    private func filled(_ done: Int, of total: Int, width: Int) -> Int {
        ProgressBar.text(done: done, total: total, width: width).filter { $0 == "▰" }.count
    }

    @Test func roundsToTheNearestCell() {
        // 3/5 of three cells is 1.8: two cells, not one.
        #expect(filled(3, of: 5, width: 3) == 2)
        // 10/18 of five cells is 2.8: three; a tie goes down (1/2 of three cells, 1.5, is one).
        #expect(filled(10, of: 18, width: 5) == 3)
        #expect(filled(1, of: 2, width: 3) == 1)
        #expect(filled(2, of: 18, width: 5) == 1)
    }

    @Test func anythingDoneShowsAtLeastOneCell() {
        // 3/18 of five cells is 0.83, and 1/18 is 0.28: something is done, so something shows.
        #expect(filled(3, of: 18, width: 5) == 1)
        #expect(filled(1, of: 18, width: 5) == 1)
        #expect(filled(0, of: 18, width: 5) == 0)
        #expect(filled(0, of: 0, width: 5) == 0)
    }

    @Test func fullOnlyWhenAllIsDone() {
        // 17/18 of five cells rounds to five; it shows four until the last item is done.
        #expect(filled(17, of: 18, width: 5) == 4)
        #expect(filled(18, of: 18, width: 5) == 5)
        for total in 1...20 {
            for done in 0...total {
                let cells = filled(done, of: total, width: 3)
                #expect((cells == 3) == (done == total))
                #expect((cells == 0) == (done == 0))
            }
        }
    }
}
