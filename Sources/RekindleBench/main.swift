import Foundation
import RekindleKit
import RekindleStoreAdapter
import RekindleUI

// rekindle-bench: headless figures for rekindle (no terminal). See Tests/bench/README.md.
//
//   rekindle-bench make-db PATH [--guide FILE]      the "year of use" database (Fixture.swift)
//   rekindle-bench headless --db PATH [--guide FILE] [--keys N]
//                                                   per-key update+render+diff, ticks/s, 1 MB save, peak RSS
//   rekindle-bench session --fixed --db PATH [--guide FILE]
//                                                   a short fixed session, for callgrind's instruction count
//   rekindle-bench keys switch|typing --db PATH [--guide FILE] [--gap MS | --evict] [--repeat N]
//                                                   a few keys painted by ncurses into /dev/null (KeyCost.swift)
//   rekindle-bench search [--fixed] [--megabytes N] typing a query into the search prompt over 10 MB of notes
//   rekindle-bench autosave-budget [MINUTES]        an hour of typing into a 1 MB note: growth and history time
// The database given to headless/session is copied first; the original is never changed.

/// Unbuffered lines, so figures show up as they are measured even through a pipe.
func emit(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
let size = Size(width: 120, height: 40)

struct Options {
    var command = ""
    var positional: [String] = []
    var db: String?
    var guide: String?
    var keys = 2_000
    var fixed = false
    var megabytes = 10
    /// `keys`: how the measured keys are paced, and how many times they are pressed.
    var pace = KeyCost.Pace.backToBack
    var repeats = 1

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        command = rest.popFirst() ?? ""
        while let argument = rest.popFirst() {
            switch argument {
            case "--db": db = rest.popFirst()
            case "--guide": guide = rest.popFirst()
            case "--keys": keys = Int(rest.popFirst() ?? "") ?? keys
            case "--fixed": fixed = true
            case "--megabytes": megabytes = Int(rest.popFirst() ?? "") ?? megabytes
            case "--gap": pace = .idle(milliseconds: Int(rest.popFirst() ?? "") ?? 30)
            case "--evict": pace = .evicted
            case "--repeat": repeats = max(1, Int(rest.popFirst() ?? "") ?? repeats)
            default: positional.append(argument)
            }
        }
    }

    func loadGuide() throws -> Guide {
        if let guide { return try GuideParser.parseFile(atPath: guide) }
        return try GuideLibrary.standard().defaultGuide()
    }

    func requireDB() throws -> String {
        guard let db = db ?? positional.first else { throw BenchError("\(command): --db PATH is required") }
        guard FileManager.default.fileExists(atPath: db) else {
            throw BenchError("\(command): \(db) does not exist (make it with: rekindle-bench make-db \(db))")
        }
        return db
    }
}

/// A private copy of a database (and its -wal), removed by `remove()`.
struct ScratchCopy {
    let directory: String
    let path: String
    init(of source: String) throws {
        directory = NSTemporaryDirectory() + "rekindle-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/bench.sqlite"
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: path + suffix)
        }
    }
    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}

func us(_ value: Double) -> String { value.isNaN ? "-" : String(format: "%.0f", value) }
func ms(_ seconds: Double) -> String { String(format: "%.2f", seconds * 1000) }

func makeDB(_ options: Options) throws {
    guard let path = options.db ?? options.positional.first else { throw BenchError("make-db PATH") }
    let summary = try Fixture.make(at: path, guide: try options.loadGuide())
    emit(String(format: "make-db: %@  %.1f MB on disk  in %.1f s", path,
                 Double(summary.bytes) / 1_048_576, summary.seconds))
    emit("  \(summary.items) own items in step \(Fixture.bigSectionNumber) (\(summary.bigSectionKey)), "
          + "\(summary.ticks) ticks, \(summary.revisions) note revisions "
          + "(\(Fixture.bigRevisions) large, 200 KB…1 MB, in step \(Fixture.bigSectionNumber); the rest 0.1–3 KB across the other sections), "
          + "notes of step \(Fixture.bigSectionNumber): \(summary.bigNotesBytes) bytes, "
          + "\(summary.entries) journal entries over \(Journal.days) days (\(summary.editedEntries) edited)")
}

func headless(_ options: Options) throws {
    let guide = try options.loadGuide()
    let scratch = try ScratchCopy(of: try options.requireDB())
    defer { scratch.remove() }
    let n = options.keys
    emit("== headless (\(size.width)x\(size.height), no terminal): one key = update + idle + render + grid diff; µs")

    let app = try OpenedApp(path: scratch.path, guide: guide, size: size)
    var driver = Driver(controller: app.controller, size: size, start: Date(timeIntervalSince1970: 1_767_225_600))
    emit("  open \(ms(app.openSeconds)) ms (file checks, migrations; the integrity probe waits for the first write)  load \(ms(app.loadSeconds)) ms"
          + "  controller \(ms(app.controllerSeconds)) ms  (\(app.workbook.total) items)")

    func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return left ? text + fill : fill + text
    }
    emit("  " + pad("scenario", 40, left: true) + pad("keys", 6) + pad("p50", 8) + pad("p99", 8) + pad("max", 8) + pad("cells/key", 10))
    func report(_ name: String, _ samples: [UInt64], cells: ArraySlice<Int>) {
        let stats = Stats(nanoseconds: samples)
        let meanCells = cells.isEmpty ? 0 : Double(cells.reduce(0, +)) / Double(cells.count)
        emit("  " + pad(name, 40, left: true) + pad("\(stats.count)", 6) + pad(us(stats.p50), 8) + pad(us(stats.p99), 8)
             + pad(us(stats.max), 8) + pad(String(format: "%.0f", meanCells), 10))
    }
    func run(_ name: String, setup: [Key], keys: [Key], after: [Key] = []) {
        _ = driver.press(setup)
        let start = driver.changedCells.count
        let samples = driver.press(keys)
        report(name, samples, cells: driver.changedCells[start...])
        _ = driver.press(after)
    }

    run("navigation (steps pane, panes, 0-6)", setup: [], keys: Script.navigation(count: n))
    run("scrolling the 10,000-item step", setup: Script.intoBigChecklist, keys: Script.scrolling(count: n),
        after: [.char("g"), .char("h")])
    run("typing into the 1 MB note", setup: Script.intoBigNotes, keys: Script.typing(count: n))
    // Leaving the editor saves the 1 MB notes at once (a store write in the same key).
    let stop = driver.press(.escape)
    emit("  Esc (stop writing, saves 1 MB now)  \(us(Double(stop) / 1000)) µs")
    // Back to the steps pane first: Esc leaves the focus on the notes, and from the guide pane
    // "1 l" would land in the notes, where Space ticks nothing (the ticking figures measured
    // notes scrolling until this was fixed).
    _ = driver.press([.char("h"), .char("h")])
    run("ticking (Space/j, each tick a commit)", setup: Script.intoBigChecklist, keys: Script.ticking(count: min(n, 1_000)))
    let allCells = driver.changedCells
    _ = allCells
    let peak = Memory.peakKB()
    emit("  peak memory (VmHWM) after open + load + this session: \(peak.map { String(format: "%.1f MB", Double($0) / 1024) } ?? "n/a")")

    // The store alone.
    let store = app.store
    let own = app.workbook.sections.flatMap(\.items).filter(\.isCustom).prefix(2_000)
    var tickSamples: [UInt64] = []
    let tickStart = Clock.now()
    for (index, item) in own.enumerated() {
        let t = DispatchTime.now().uptimeNanoseconds
        try store.setDone(itemID: item.id, done: !item.isDone, at: Date(timeIntervalSince1970: 1_767_225_600 + Double(index)))
        tickSamples.append(DispatchTime.now().uptimeNanoseconds - t)
    }
    let tickSeconds = Clock.now() - tickStart
    let tickStats = Stats(nanoseconds: tickSamples)
    emit(String(format: "== store: ticks, one transaction each (WAL, synchronous=NORMAL as GRDB sets it for WAL): %.0f ticks/s  p50 %@ µs  p99 %@ µs",
                 Double(own.count) / tickSeconds, us(tickStats.p50) as NSString, us(tickStats.p99) as NSString))

    let section = app.workbook.sections.first { $0.kind == .step && $0.number == Fixture.bigSectionNumber }!
    let body = try store.notes(guideID: app.workbook.guideID, sectionKey: section.key)
    var saveSamples: [UInt64] = []
    for index in 0..<20 {
        let edited = body + " \(index)"
        let t = DispatchTime.now().uptimeNanoseconds
        try store.saveNotes(guideID: app.workbook.guideID, sectionKey: section.key, body: edited,
                            at: Date(timeIntervalSince1970: 1_767_225_600 + Double(index)))
        saveSamples.append(DispatchTime.now().uptimeNanoseconds - t)
    }
    let saveStats = Stats(nanoseconds: saveSamples)
    emit(String(format: "== store: saveNotes of %.2f MB (a new revision each): p50 %.2f ms  max %.2f ms (20 saves)",
                 Double(body.utf8.count) / 1_048_576, saveStats.p50 / 1000, saveStats.max / 1000))
}

/// A short, fixed session whose instruction count (callgrind) is the regression figure.
func session(_ options: Options) throws {
    let guide = try options.loadGuide()
    let scratch = try ScratchCopy(of: try options.requireDB())
    defer { scratch.remove() }
    let app = try OpenedApp(path: scratch.path, guide: guide, size: size)
    var driver = Driver(controller: app.controller, size: size, start: Date(timeIntervalSince1970: 1_767_225_600))
    _ = driver.press(Script.navigation(count: 100))
    _ = driver.press(Script.intoBigChecklist)
    _ = driver.press(Script.scrolling(count: 100))
    _ = driver.press(Script.ticking(count: 20))
    _ = driver.press([.char("g"), .char("h")])
    _ = driver.press(Script.intoBigNotes)
    _ = driver.press(Script.typing(count: 100))
    _ = driver.press(.escape)
    app.controller.shutdown(now: driver.now)
    emit("session: \(driver.changedCells.count) keys, \(driver.changedCells.reduce(0, +)) cells changed; "
          + "peak RSS \(Memory.peakKB().map(String.init) ?? "?") kB")
}

/// Typing a query into the search prompt while one section holds 10 MB of notes (`--megabytes`): microseconds per
/// key, and under callgrind (`--fixed`: one short query) an instruction count that does not depend
/// on the machine.
func search(_ options: Options) throws {
    let guide = try options.loadGuide()
    let store = try Store.inMemory()
    var workbook = try store.load(guide: guide)
    let section = workbook.sections.first { $0.kind == .step }!
    var random = SplitMix64(seed: 10)
    let notes = Lorem.document(&random, bytes: options.megabytes * 1_048_576)
    _ = try store.saveNotes(guideID: workbook.guideID, sectionKey: section.key, body: notes,
                            at: Date(timeIntervalSince1970: 1_767_225_600))
    workbook = try store.load(guide: guide)
    let adapter = GuideStore(store: store, guide: guide)
    let controller = AppController(workbook: workbook, store: adapter, size: size)
    var driver = Driver(controller: controller, size: size, start: Date(timeIntervalSince1970: 1_767_225_600))
    let query = options.fixed ? "river" : "the walk by the river helped"
    let opened = driver.press(.char("/"))
    let samples = driver.press(Script.chars(query))
    let erased = driver.press(Array(repeating: Key.backspace, count: 3))
    let stats = Stats(nanoseconds: samples + erased)
    emit("== search over \(notes.utf8.count / 1_048_576) MB of notes in one section: '/' \(us(Double(opened) / 1000)) µs; "
         + "\(samples.count + erased.count) keys typed and erased: p50 \(us(stats.p50)) µs  max \(us(stats.max)) µs")
}

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    switch options.command {
    case "make-db": try makeDB(options)
    case "headless": try headless(options)
    case "session": try session(options)
    case "keys": try KeyCost.run(options)
    case "search": try search(options)
    case "autosave-budget": try autosaveBudget(options)
    default:
        emit("usage: rekindle-bench make-db PATH | headless --db PATH [--keys N] | session --fixed --db PATH | keys switch|typing --db PATH | search [--fixed] | autosave-budget [MINUTES]  [--guide FILE]")
        exit(options.command.isEmpty || options.command == "--help" ? 0 : 2)
    }
} catch {
    FileHandle.standardError.write(Data("rekindle-bench: \(error)\n".utf8))
    exit(1)
}
