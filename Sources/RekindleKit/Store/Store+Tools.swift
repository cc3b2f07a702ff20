import Foundation
import GRDB

/// What the guide's tools keep beyond their entries: the cooling-off counter's settings, and
/// whether a goal is done.
extension Store {
    /// Marks a live goal done at `date` (it keeps its target day), or not done again.
    public func setGoalDone(id: Int64, done: Bool, at date: Date) throws {
        try write { db in
            let goal = EntryRecord.live.filter(EntryRecord.Columns.id == id && EntryRecord.Columns.kind == EntryKind.goal.rawValue)
            let doneAt = EntryRecord.Columns.doneAt
            let changed = try goal.updateAll(db, doneAt.set(to: done ? doneAt ?? UnixSeconds.from(date) : nil))
            if changed == 0 { throw StoreError.unknownEntry(id: id) }
        }
    }

    /// Changes a live goal's target day (nil: none); whether it is done stays as it was.
    public func setGoalDue(id: Int64, due: LocalDay?) throws {
        try write { db in
            let goal = EntryRecord.live.filter(EntryRecord.Columns.id == id && EntryRecord.Columns.kind == EntryKind.goal.rawValue)
            let changed = try goal.updateAll(db, EntryRecord.Columns.due.set(to: due?.description))
            if changed == 0 { throw StoreError.unknownEntry(id: id) }
        }
    }

    /// The counter's settings for a guide, or nil before the person set it.
    public func coolingOffSettings(guideID: String) throws -> CoolingOffSettings? {
        guard let json = try setting(CoolingOffSettings.settingKey(guideID)) else { return nil }
        return try? JSONDecoder().decode(CoolingOffSettings.self, from: Data(json.utf8))
    }

    public func setCoolingOffSettings(_ settings: CoolingOffSettings, guideID: String) throws {
        let json = String(decoding: try JSONEncoder().encode(settings), as: UTF8.self)
        try setSetting(CoolingOffSettings.settingKey(guideID), to: json)
    }

    /// The counter as it stands: its settings with every contact logged since, or nil when it was
    /// never set.
    public func coolingOff(guideID: String, calendar: LocalCalendar) throws -> CoolingOff? {
        guard let settings = try coolingOffSettings(guideID: guideID), let start = settings.start else { return nil }
        let contacts = try entries(guideID: guideID, kinds: [.contact]).map { calendar.day(of: $0.at) }
        return CoolingOff(start: start, periodDays: settings.periodDays, contacts: contacts)
    }
}

/// What the person set for the cooling-off counter: the day of the breakup and/or of the last
/// contact, and the period they chose (six weeks unless they say).
public struct CoolingOffSettings: Codable, Equatable, Sendable {
    public var breakup: LocalDay?
    public var lastContact: LocalDay?
    public var periodDays: Int

    public static let defaultPeriodDays = 42

    public init(breakup: LocalDay? = nil, lastContact: LocalDay? = nil, periodDays: Int = defaultPeriodDays) {
        self.breakup = breakup
        self.lastContact = lastContact
        self.periodDays = periodDays
    }

    /// The first stretch starts at the later of the two days given.
    public var start: LocalDay? { [breakup, lastContact].compactMap { $0 }.max() }

    static func settingKey(_ guideID: String) -> String { "cooling-off.\(guideID)" }
}

/// A calendar day is written as `2026-11-30` in JSON and settings.
extension LocalDay: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = LocalDay(isoDate: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD day: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
