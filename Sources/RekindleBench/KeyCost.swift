import Foundation
import RekindleKit
import RekindleTerminal
import RekindleUI

/// `rekindle-bench keys --scenario switch|typing`: a few keys the way the terminal loop handles
/// them (update, idle, render, and the painter and ncurses' doupdate drawing into /dev/null).
/// Under callgrind with `--toggle-collect='*measuredKeys*'` only the measured keys are counted,
/// so the instruction count per key does not include opening the database (Tests/bench/callgrind.sh).
enum KeyCost {
    struct Scenario {
        var name: String
        /// Keys that bring the app to where the measured keys start, and warm its caches.
        var setup: [Key]
        var measured: [Key]
    }

    /// Sections down and up in the steps pane from step 1 (10,000 items and 1 MB of notes), as the
    /// terminal benchmark's navigation does ("j*6 k*6"); one round warms the layout caches.
    static let sectionSwitch: Scenario = {
        let round = Array(repeating: Key.char("j"), count: 6) + Array(repeating: Key.char("k"), count: 6)
        return Scenario(name: "section switch (j/k in the steps pane)",
                        setup: [.char("1"), .char("h"), .char("h")] + round, measured: round + round)
    }()

    /// Characters typed at the end of the 1 MB notes, after a few to open the undo step.
    static let typing: Scenario = {
        let text = Script.typing(count: 16)
        return Scenario(name: "typed character in the 1 MB note", setup: Script.intoBigNotes + text.prefix(4),
                        measured: Array(text.dropFirst(4)))
    }()

    static func run(_ options: Options) throws {
        let scenario = switch options.positional.first ?? "switch" {
        case "switch": sectionSwitch
        case "typing": typing
        case let other: throw BenchError("keys: no scenario \(other) (switch, typing)")
        }
        let guide = try options.loadGuide()
        let scratch = try ScratchCopy(of: try options.requireDB())
        defer { scratch.remove() }
        let app = try OpenedApp(path: scratch.path, guide: guide, size: size)
        let screen = try OffscreenScreen(size: size)
        // 20 ms a key: the measured keys end well before the notes' autosave delay (1 s), so no
        // save of the 1 MB note runs among them.
        var loop = PaintingLoop(controller: app.controller, screen: screen, now: Date(timeIntervalSince1970: 1_767_225_600))
        _ = loop.press(.resize(size))
        for key in scenario.setup { _ = loop.press(.key(key)) }
        var previous = loop.controller.render(size: size)
        let samples = measuredKeys(scenario.measured, on: &loop)
        let stats = Stats(nanoseconds: samples)
        // The cells each key changed, counted again outside the measured keys.
        var changed = 0
        for key in scenario.measured {
            _ = loop.press(.key(key))
            let grid = loop.controller.render(size: size)
            changed += Driver.diff(previous, grid)
            previous = grid
        }
        emit("keys: \(scenario.name): measured \(samples.count) keys  p50 \(us(stats.p50)) µs  max \(us(stats.max)) µs  "
             + "\(changed / max(1, samples.count)) cells changed a key  peak RSS \(Memory.peakKB().map { String(format: "%.1f MB", Double($0) / 1024) } ?? "?")"
             + " (issue 15's goal: 20 MB)")
    }

    /// The keys callgrind counts (its `--toggle-collect` names this function).
    @inline(never)
    static func measuredKeys(_ keys: [Key], on loop: inout PaintingLoop) -> [UInt64] {
        keys.map { loop.press(.key($0)) }
    }
}

/// What the terminal's event loop does for one input event, drawing into an offscreen screen.
struct PaintingLoop {
    let controller: AppController
    let screen: OffscreenScreen
    var now: Date

    mutating func press(_ event: InputEvent) -> UInt64 {
        now = now.addingTimeInterval(0.02)
        let started = DispatchTime.now().uptimeNanoseconds
        _ = controller.handle(event, now: now)
        _ = controller.idle(now: now)
        screen.draw(controller.render(size: screen.size))
        return DispatchTime.now().uptimeNanoseconds - started
    }
}
