import Foundation
import RekindleKit

/// "A year of use", written through the real `Store` API so the file has the shape the app makes.
///
/// Deterministic: fixed seed, fixed dates (the year 2025), so two runs give the same rows and the
/// instruction count of `session --fixed` is comparable between runs and machines.
///
/// - Step 1 ("the big step") holds 1 MB of notes, built up in 5 large revisions (200 KB … 1 MB), and
///   10,000 items of the person's own, a quarter of them ticked.
/// - The other sections hold the remaining 4,995 revisions: a journal that grows by a line or two per
///   save and is trimmed back now and then, so each section's notes stay a few KB (revisions average
///   about 1.5 KB). That is what daily use with autosave looks like; one revision per pause in typing.
/// - Half of the guide's own items are ticked.
/// - A year of journal entries (`Journal`): one or two a day, a line to a few paragraphs, some with
///   a mood or a section, one in ten edited once.
enum Fixture {
    static let bigSectionNumber = 1
    static let ownItems = 10_000
    static let totalRevisions = 5_000
    static let bigRevisions = 5
    static let bigNotesBytes = 1 << 20

    struct Summary {
        var path: String
        var bytes: Int64
        var seconds: Double
        var items: Int
        var ticks: Int
        var revisions: Int
        var entries: Int
        var editedEntries: Int
        var bigNotesBytes: Int
        var bigSectionKey: String
    }

    static func make(at path: String, guide: Guide) throws -> Summary {
        let started = Clock.now()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        // The store is closed (WAL checkpointed) before the file is measured.
        var summary = try fill(path: path, guide: guide)
        summary.seconds = Clock.now() - started
        summary.bytes = fileBytes(path)
        return summary
    }

    private static func fill(path: String, guide: Guide) throws -> Summary {
        let started = Clock.now()
        let store = try Store(path: path)
        let workbook = try store.load(guide: guide)
        guard let big = workbook.sections.first(where: { $0.kind == .step && $0.number == bigSectionNumber })
        else { throw BenchError("the guide has no step \(bigSectionNumber)") }
        let others = workbook.sections.filter { $0.key != big.key }
        var random = SplitMix64(seed: 0x5EED)
        let year = Date(timeIntervalSince1970: 1_735_689_600) // 2025-01-01
        let day: TimeInterval = 86_400
        var ticks = 0

        // 10,000 items of one's own, added one at a time as a person would (each its own transaction).
        var ownIDs: [Int64] = []
        ownIDs.reserveCapacity(ownItems)
        for index in 0..<ownItems {
            let title = Lorem.sentence(&random, words: 3 + Int(random.next() % 9)) + " (#\(index + 1))"
            ownIDs.append(try store.addItem(guideID: workbook.guideID, sectionKey: big.key, title: title).id)
        }
        for (index, id) in ownIDs.enumerated() where index % 4 == 0 {
            try store.setDone(itemID: id, done: true, at: year.addingTimeInterval(Double(index) * 3_000))
            ticks += 1
        }
        for section in workbook.sections {
            for (index, item) in section.items.enumerated() where index % 2 == 0 {
                try store.setDone(itemID: item.id, done: true, at: year.addingTimeInterval(Double(index) * day))
                ticks += 1
            }
        }

        // 4,995 small revisions across the other sections, a few per day over the year.
        let smallRevisions = totalRevisions - bigRevisions
        var journals = [String](repeating: "", count: others.count)
        for index in 0..<smallRevisions {
            let which = Int(random.next() % UInt64(others.count))
            var body = journals[which]
            body += (body.isEmpty ? "" : "\n") + Lorem.sentence(&random, words: 6 + Int(random.next() % 20))
            if body.utf8.count > 3_000 { // tidy up: keep the newer half
                let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
                body = lines.suffix(lines.count / 2).joined(separator: "\n")
            }
            journals[which] = body
            let date = year.addingTimeInterval(Double(index) * (365 * day / Double(smallRevisions)))
            try store.saveNotes(guideID: workbook.guideID, sectionKey: others[which].key, body: body, at: date)
        }

        // The big notes: five saves of a long document, 200 KB, 400 KB, … 1 MB.
        let document = Lorem.document(&random, bytes: bigNotesBytes)
        var bigBody = ""
        for step in 1...bigRevisions {
            bigBody = utf8Prefix(document, bytes: bigNotesBytes * step / bigRevisions)
            try store.saveNotes(guideID: workbook.guideID, sectionKey: big.key, body: bigBody,
                                at: year.addingTimeInterval(Double(step) * 60 * day))
        }
        let journal = try Journal.write(into: store, workbook: workbook, from: year)
        let seconds = Clock.now() - started
        return Summary(path: path, bytes: fileBytes(path), seconds: seconds, items: ownItems, ticks: ticks,
                       revisions: totalRevisions, entries: journal.entries, editedEntries: journal.edited,
                       bigNotesBytes: bigBody.utf8.count, bigSectionKey: big.key)
    }

    static func fileBytes(_ path: String) -> Int64 {
        ["", "-wal"].reduce(0) { total, suffix in
            let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)??.int64Value
            return total + (size ?? 0)
        }
    }
}

/// A year of journal entries from `start`, written as a person would (one transaction each), with
/// a random stream of its own so the items and notes above stay as they were before the journal.
enum Journal {
    static let days = 365
    static let moodWords = ["calm", "hopeful", "tired", "restless", "sad", "grateful", "okay", "落ち着き", "🌙"]

    static func write(into store: Store, workbook: Workbook, from start: Date) throws -> (entries: Int, edited: Int) {
        var random = SplitMix64(seed: 0x10_6B00C)
        let sections = workbook.sections.map(\.key)
        var entries = 0, edited = 0
        for day in 0..<days {
            for _ in 0..<(1 + Int(random.next() % 2)) {
                // Between 07:00 and 23:00 UTC.
                let at = start.addingTimeInterval(Double(day) * 86_400 + 25_200 + Double(random.next() % 57_600))
                let body = text(&random)
                let mood: Mood? = switch random.next() % 20 {
                case 0..<8: .word(moodWords[Int(random.next() % UInt64(moodWords.count))])
                case 8..<13: .scale(1 + Int(random.next() % 5))
                default: nil
                }
                let section = random.next() % 10 < 3 ? sections[Int(random.next() % UInt64(sections.count))] : nil
                let entry = try store.addEntry(guideID: workbook.guideID, sectionKey: section, body: body, mood: mood,
                                               at: at, now: at.addingTimeInterval(60))
                entries += 1
                if random.next() % 10 == 0 {
                    try store.updateEntry(id: entry.id, body: body + "\n" + Lorem.sentence(&random, words: 8), mood: mood,
                                          at: at.addingTimeInterval(3_600))
                    edited += 1
                }
            }
        }
        return (entries, edited)
    }

    /// Mostly a few sentences; now and then one line, or a few paragraphs (up to about 3 KB).
    private static func text(_ random: inout SplitMix64) -> String {
        switch random.next() % 10 {
        case 0..<2: return Lorem.sentence(&random, words: 4 + Int(random.next() % 8))
        case 2..<8: return (0..<(2 + random.next() % 4)).map { _ in Lorem.sentence(&random, words: 6 + Int(random.next() % 14)) }
            .joined(separator: " ")
        default: return Lorem.document(&random, bytes: 800 + Int(random.next() % 2_200))
        }
    }
}

/// Deterministic pseudo-random numbers (SplitMix64), so fixtures are the same on every machine.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Plausible prose: words of varied length, sentences, paragraphs of a few lines (long lines, as
/// people type them, so the editor soft-wraps).
enum Lorem {
    static let words = """
        today i felt calm and wrote down what happened we talked for a while about the old days \
        he laughed at the story about the trip i want to be patient and honest with myself \
        remember to listen more than i speak the walk by the river helped a lot \
        trust takes time small steps matter café naïve résumé über
        """.split(separator: " ").map(String.init)

    static func sentence(_ random: inout SplitMix64, words count: Int) -> String {
        var out = ""
        for index in 0..<max(1, count) {
            let word = words[Int(random.next() % UInt64(words.count))]
            if index == 0 { out += word.prefix(1).uppercased() + word.dropFirst() } else { out += " " + word }
        }
        return out + "."
    }

    static func document(_ random: inout SplitMix64, bytes: Int) -> String {
        var out = ""
        out.reserveCapacity(bytes + 1_000)
        while out.utf8.count < bytes {
            for _ in 0..<(1 + random.next() % 4) {
                out += sentence(&random, words: 8 + Int(random.next() % 30)) + " "
            }
            out += random.next() % 3 == 0 ? "\n\n" : "\n"
        }
        return utf8Prefix(out, bytes: bytes)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

enum Clock {
    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// The longest prefix of `text` of at most `bytes` UTF-8 bytes that ends on a scalar boundary.
func utf8Prefix(_ text: String, bytes: Int) -> String {
    let utf8 = Array(text.utf8)
    var end = min(bytes, utf8.count)
    while end > 0, end < utf8.count, utf8[end] & 0xC0 == 0x80 { end -= 1 }
    return String(decoding: utf8[..<end], as: UTF8.self)
}
