import Foundation
import RekindleKit

/// Issue 10 item 8's budget: an hour of steady typing into a 1 MB note (an autosave every 1.5 s,
/// a few characters each, on a clock that moves as typing would) must add under 50 MB to the
/// database, and opening the history afterwards must take under 50 ms. Prints both against the
/// budget; a benchmark, so it fails nothing.
func autosaveBudget(_ options: Options) throws {
    let guide = try options.loadGuide()
    let scratch = try ScratchCopy(empty: ())
    defer { scratch.remove() }
    let store = try Store(path: scratch.path)
    let workbook = try store.load(guide: guide)
    let section = workbook.sections.first { $0.kind == .step }!.key
    var random = SplitMix64(seed: 8)
    var note = Lorem.document(&random, bytes: 1_048_576)
    var clock = Date(timeIntervalSince1970: 1_767_225_600)
    _ = try store.saveNotes(guideID: guide.id, sectionKey: section, body: note, at: clock)
    let before = try scratch.bytesHeld(by: store)

    let minutes = options.positional.first.flatMap(Int.init) ?? 60
    let saves = minutes * 40
    let started = Date()
    for index in 0..<saves {
        note += index % 12 == 11 ? "\n" : " word\(index % 7)"
        clock.addTimeInterval(1.5)
        _ = try store.autosaveNotes(guideID: guide.id, sectionKey: section, body: note, at: clock)
    }
    let typing = Date().timeIntervalSince(started)
    let added = try scratch.bytesHeld(by: store) - before

    var opens: [Double] = []
    for _ in 0..<15 {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try store.noteHistoryPreviews(guideID: guide.id, sectionKey: section)
        opens.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    opens.sort()
    let revisions = try store.noteHistoryPreviews(guideID: guide.id, sectionKey: section).count
    emit("== autosave budget: \(minutes) min of typing into a 1 MB note (\(saves) autosaves, \(String(format: "%.1f", typing)) s): "
         + "database grew \(String(format: "%.1f", Double(added) / 1_048_576)) MB (budget 50 MB), \(revisions) revisions; "
         + "opening the history p50 \(String(format: "%.2f", opens[opens.count / 2])) ms, max \(String(format: "%.2f", opens.last!)) ms (budget 50 ms)")
}

extension ScratchCopy {
    /// An empty scratch folder for a new database.
    init(empty: Void) throws {
        directory = NSTemporaryDirectory() + "rekindle-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/bench.sqlite"
    }

    /// The size of a consistent copy of the database (its pages with the -wal folded in): what it
    /// holds, whatever the -wal's own size at the moment.
    func bytesHeld(by store: Store) throws -> Int {
        let copy = URL(fileURLWithPath: directory + "/measure-\(UInt32.random(in: 0...UInt32.max)).sqlite")
        try store.backup(to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        return (try FileManager.default.attributesOfItem(atPath: copy.path)[.size] as? Int) ?? 0
    }
}
