import Foundation
import RekindleKit
import RekindleTerminal
import RekindleUI

/// `rekindle-bench keys switch|typing`: a few keys the way the terminal loop handles them (update,
/// idle, render, and the painter drawing into /dev/null). Under callgrind with
/// `--toggle-collect='*measuredKeystroke*'` only the measured keys are counted, so the instruction count
/// per key does not include opening the database or pacing the keys (Tests/bench/callgrind.sh).
enum KeyCost {
    /// How the measured keys follow each other.
    enum Pace {
        case backToBack
        /// Asleep this long before each key, as between a person's keys: what the key costs once
        /// the caches have gone cold (in the pty a switch took 40 µs back to back, 200 at 30 ms).
        case idle(milliseconds: Int)
        /// 8 MB of memory written before each key: idling's effect on the caches, made the same on
        /// every run, for callgrind's cache simulation to count the lines a cold key fetches.
        case evicted

        func wait(evicting buffer: UnsafeMutableRawBufferPointer) {
            switch self {
            case .backToBack: break
            case .idle(let milliseconds): usleep(useconds_t(milliseconds * 1000))
            case .evicted:
                for offset in stride(from: 0, to: buffer.count, by: 64) { buffer[offset] &+= 1 }
            }
        }
    }

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
        let measured = Array(repeating: scenario.measured, count: options.repeats).flatMap { $0 }
        let samples = measure(measured, pace: options.pace, on: &loop)
        let stats = Stats(nanoseconds: samples)
        // The cells each key changed, counted again outside the measured keys.
        var changed = 0
        for key in scenario.measured {
            _ = loop.press(.key(key))
            let grid = loop.controller.render(size: size)
            changed += Driver.diff(previous, grid)
            previous = grid
        }
        let pace = switch options.pace {
        case .backToBack: ""
        case .idle(let milliseconds): ", \(milliseconds) ms asleep before each"
        case .evicted: ", caches evicted before each (peak RSS includes the \(evictedBytes >> 20) MB written)"
        }
        emit("keys: \(scenario.name)\(pace): measured \(samples.count) keys  p50 \(us(stats.p50)) µs  max \(us(stats.max)) µs  "
             + "\(changed / max(1, scenario.measured.count)) cells changed a key  peak RSS \(Memory.peakKB().map { String(format: "%.1f MB", Double($0) / 1024) } ?? "?")"
             + " (issue 15's goal: 20 MB)")
    }

    static let evictedBytes = 8 << 20

    /// Each key's nanoseconds, paced. The samples' room is made first, so no key pays for it.
    static func measure(_ keys: [Key], pace: Pace, on loop: inout PaintingLoop) -> [UInt64] {
        let evicting = if case .evicted = pace { true } else { false }
        let eviction = UnsafeMutableRawBufferPointer.allocate(byteCount: evicting ? evictedBytes : 0, alignment: 64)
        defer { eviction.deallocate() }
        eviction.initializeMemory(as: UInt8.self, repeating: 0)
        var samples: [UInt64] = []
        samples.reserveCapacity(keys.count)
        for key in keys {
            pace.wait(evicting: eviction)
            samples.append(measuredKeystroke(key, on: &loop))
        }
        return samples
    }

    /// A key callgrind counts (its `--toggle-collect` names this function).
    @inline(never)
    static func measuredKeystroke(_ key: Key, on loop: inout PaintingLoop) -> UInt64 {
        loop.press(.key(key))
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
