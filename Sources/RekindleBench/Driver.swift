import Foundation
import RekindleKit
import RekindleStoreAdapter
import RekindleUI

/// Drives an `AppController` the way the terminal loop does, without a terminal: one key is
/// `handle`, `idle`, `render`, and a cell-by-cell comparison with the previous grid (the work
/// ncurses does in `doupdate` before it writes anything). A synthetic clock moves 120 ms per key,
/// so autosave (1 s after the last key) never fires in the middle of a burst.
struct Driver {
    let controller: AppController
    let size: Size
    var previous: Grid
    var now: Date
    /// Cells that differed from the previous frame, per key.
    var changedCells: [Int] = []

    init(controller: AppController, size: Size, start: Date) {
        self.controller = controller
        self.size = size
        self.now = start
        self.previous = controller.render(size: size)
    }

    /// Processes one key; returns the nanoseconds it took.
    @discardableResult
    mutating func press(_ key: Key) -> UInt64 {
        now = now.addingTimeInterval(0.12)
        let started = DispatchTime.now().uptimeNanoseconds
        _ = controller.handle(.key(key), now: now)
        _ = controller.idle(now: now)
        let grid = controller.render(size: size)
        let changed = Self.diff(previous, grid)
        let elapsed = DispatchTime.now().uptimeNanoseconds - started
        previous = grid
        changedCells.append(changed)
        return elapsed
    }

    mutating func press(_ keys: [Key]) -> [UInt64] { keys.map { press($0) } }

    static func diff(_ old: Grid, _ new: Grid) -> Int {
        guard old.size == new.size else { return new.cells.count }
        var changed = 0
        new.forEachChangedRun(from: old, width: new.size.width, height: new.size.height) { _, _, run in changed += run.count }
        return changed
    }
}

/// Key scripts of the headless scenarios.
enum Script {
    static func chars(_ text: String) -> [Key] { text.map { $0 == "\n" ? .enter : .char($0) } }

    /// Steps pane: sections up and down (the big step among them), jumps, pane switches.
    static func navigation(count: Int) -> [Key] {
        let cycle: [Key] = [.char("j"), .char("j"), .char("j"), .char("k"), .char("k"), .char("k"),
                            .char("1"), .char("3"), .char("0"), .char("l"), .char("h"), .tab, .backTab,
                            .char("6"), .char("2"), .char("1")]
        return (0..<count).map { cycle[$0 % cycle.count] }
    }

    /// In the guide pane of the big step (after `into`): down through thousands of items, pages, ends.
    static func scrolling(count: Int) -> [Key] {
        var keys: [Key] = []
        let downs = count * 4 / 10
        keys += Array(repeating: .char("j"), count: downs)
        keys += Array(repeating: .pageDown, count: count / 20)
        keys += [.char("G"), .char("g")]
        keys += Array(repeating: .ctrl("d"), count: count / 20)
        keys += Array(repeating: .pageUp, count: count / 20)
        keys += [.char("G")]
        keys += Array(repeating: .char("k"), count: max(0, count - keys.count))
        return keys
    }

    /// Prose typed at the end of the big notes, with a new line now and then.
    static func typing(count: Int) -> [Key] {
        var random = SplitMix64(seed: 42)
        var text = ""
        while text.count < count {
            text += Lorem.sentence(&random, words: 5 + Int(random.next() % 10)) + (random.next() % 4 == 0 ? "\n" : " ")
        }
        return chars(String(text.prefix(count)))
    }

    /// Tick, move down, tick, … in the big step's checklist.
    static func ticking(count: Int) -> [Key] {
        (0..<count).map { $0 % 2 == 0 ? .char(" ") : .char("j") }
    }

    static let intoBigChecklist: [Key] = [.char(Character("\(Fixture.bigSectionNumber)")), .char("l")]
    static let intoBigNotes: [Key] = [.char(Character("\(Fixture.bigSectionNumber)")), .char("l"), .char("l"), .char("i")]
}

/// Opens a database the way `rekindle` does and builds the controller.
struct OpenedApp {
    let store: Store
    let workbook: Workbook
    let controller: AppController
    let openSeconds: Double
    let loadSeconds: Double
    let controllerSeconds: Double

    init(path: String, guide: Guide, size: Size) throws {
        let t0 = Clock.now()
        store = try Store(path: path)
        let t1 = Clock.now()
        workbook = try store.load(guide: guide)
        let t2 = Clock.now()
        let adapter = GuideStore(store: store, guide: guide)
        controller = AppController(workbook: workbook, store: adapter, size: size, backgroundStore: adapter)
        let t3 = Clock.now()
        (openSeconds, loadSeconds, controllerSeconds) = (t1 - t0, t2 - t1, t3 - t2)
    }
}

enum Memory {
    /// Peak resident set size of this process in kB (VmHWM), or nil when /proc is unavailable.
    static func peakKB() -> Int? { field("VmHWM:") }
    static func currentKB() -> Int? { field("VmRSS:") }

    private static func field(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            return Int(line.dropFirst(name.count).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
        }
        return nil
    }
}

struct Stats {
    var p50: Double, p99: Double, max: Double, mean: Double, count: Int

    /// Nearest-rank percentiles of nanosecond samples, in microseconds.
    init(nanoseconds samples: [UInt64]) {
        let sorted = samples.sorted()
        func rank(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return .nan }
            let index = Swift.max(0, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1)
            return Double(sorted[Swift.min(index, sorted.count - 1)]) / 1000
        }
        p50 = rank(50)
        p99 = rank(99)
        max = sorted.last.map { Double($0) / 1000 } ?? .nan
        mean = sorted.isEmpty ? .nan : Double(sorted.reduce(0, +)) / Double(sorted.count) / 1000
        count = sorted.count
    }
}
