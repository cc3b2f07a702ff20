import PropertyBased
import Testing
import RekindleKit
@testable import RekindleUI

/// Thousands of random events and sizes through update and render; every frame keeps the invariants.
@Suite struct KeyStormTests {
    static let keys: [Key] = [
        .char("j"), .char("k"), .char("g"), .char("G"), .char("h"), .char("l"), .char("x"), .char(" "),
        .char("a"), .char("e"), .char("d"), .char("J"), .char("K"), .char("u"), .char("/"), .char("n"),
        .char("N"), .char("?"), .char("i"), .char("H"), .char("0"), .char("1"), .char("2"), .char("9"),
        .char("漢"), .char("🎉"), .char("\u{1B}"), .ctrl("r"), .ctrl("d"), .ctrl("u"), .ctrl("z"), .ctrl("l"),
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .tab, .backTab, .backspace,
        .delete, .escape, .function(1), .function(2), .shiftUp, .shiftDown, .ctrlLeft, .ctrlRight,
        .altBackspace, .ctrlBackspace, .ctrl("w"), .ctrl("k"), .ctrl("y"),
    ]

    @Test(arguments: [1, 2, 3])
    func randomEventsKeepInvariants(seed: UInt64) {
        // Seeded, so a failure can be replayed.
        var rng = Xoshiro(seed: (seed, seed ^ 0x9E37_79B9_7F4A_7C15, 1, 2))
        let store = FakeStore()
        let app = AppController(workbook: HostileTextTests.hostileState(size: Size(width: 80, height: 24)).workbook,
                                store: store)
        var size = Size(width: 80, height: 24)
        var now = t0
        for step in 0..<2000 {
            now = now.addingTimeInterval(Double.random(in: 0...0.7, using: &rng))
            let roll = Int.random(in: 0..<100, using: &rng)
            let command: TerminalCommand
            if roll < 5 {
                size = Size(width: Int.random(in: 1...300, using: &rng), height: Int.random(in: 1...100, using: &rng))
                command = app.handle(.resize(size), now: now)
            } else if roll < 8 {
                command = app.idle(now: now)
            } else if roll < 10 {
                command = app.handle(.paste("pasted 漢字\nline \u{1B}x"), now: now)
            } else if roll < 13 {
                let point = Point(x: Int.random(in: -1...size.width, using: &rng), y: Int.random(in: -1...size.height, using: &rng))
                let button: MouseButton = [.left, .wheelUp, .wheelDown].randomElement(using: &rng)!
                command = app.handle(.mouse(MouseEvent(button: button, position: point)), now: now)
            } else {
                command = app.handle(.key(Self.keys.randomElement(using: &rng)!), now: now)
            }
            if command == .quit { break }
            let problems = checkInvariants(app.render(size: size))
            #expect(problems.isEmpty, "seed \(seed) step \(step) size \(size.width)x\(size.height): \(problems.prefix(3))")
            if !problems.isEmpty { return }
        }
    }
}
