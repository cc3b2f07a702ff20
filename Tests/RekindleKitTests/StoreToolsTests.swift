import Foundation
import GRDB
import Testing
@testable import RekindleKit

/// What the guide's tools keep in the store: goals' target days and done marks, the counter's
/// settings, and the counter as its logged contacts make it.
@Suite struct StoreToolsTests {
    let store: Store
    let guideID = "rekindle"
    let london = LocalCalendar(timeZone: TimeZone(identifier: "Europe/London")!)

    init() throws {
        store = try Store.inMemory()
        _ = try store.load(guide: sampleGuide())
    }

    @Test func aGoalKeepsItsTargetDayAndItsDoneMark() throws {
        let due = LocalDay(year: 2026, month: 12, day: 24)
        let goal = try store.addEntry(guideID: guideID, kind: .goal, sectionKey: nil, body: "Cook dinner", mood: nil,
                                      at: date(100), now: date(100), due: due)
        #expect(goal.due == due)
        try store.setGoalDone(id: goal.id, done: true, at: date(500))
        try store.setGoalDone(id: goal.id, done: true, at: date(900))
        var read = try #require(try store.entries(guideID: guideID, kinds: [.goal]).first)
        #expect(read.due == due && read.doneAt == date(500))
        try store.setGoalDone(id: goal.id, done: false, at: date(1_000))
        read = try #require(try store.entries(guideID: guideID, kinds: [.goal]).first)
        #expect(read.doneAt == nil && read.due == due)
        let row = try #require(try store.writer.read { try Row.fetchOne($0, sql: "SELECT typeof(due), due FROM entries") })
        #expect(row[0] as String == "text" && row[1] as String == "2026-12-24")
    }

    @Test func aGoalsTargetDayChangesAndClearsAndItStaysDone() throws {
        let goal = try store.addEntry(guideID: guideID, kind: .goal, sectionKey: nil, body: "Rest", mood: nil,
                                      at: date(100), now: date(100), due: LocalDay(year: 2026, month: 12, day: 24))
        try store.setGoalDone(id: goal.id, done: true, at: date(200))
        try store.setGoalDue(id: goal.id, due: LocalDay(year: 2027, month: 1, day: 2))
        var read = try #require(try store.entries(guideID: guideID, kinds: [.goal]).first)
        #expect(read.due == LocalDay(year: 2027, month: 1, day: 2) && read.doneAt == date(200))
        try store.setGoalDue(id: goal.id, due: nil)
        read = try #require(try store.entries(guideID: guideID, kinds: [.goal]).first)
        #expect(read.due == nil && read.doneAt == date(200))
        let win = try store.addEntry(guideID: guideID, kind: .win, sectionKey: nil, body: "A walk", mood: nil, at: date(1))
        #expect(throws: StoreError.unknownEntry(id: win.id)) { try store.setGoalDue(id: win.id, due: nil) }
    }

    @Test func onlyAGoalCanBeDone() throws {
        let win = try store.addEntry(guideID: guideID, kind: .win, sectionKey: nil, body: "A walk", mood: nil, at: date(1))
        #expect(throws: StoreError.unknownEntry(id: win.id)) { try store.setGoalDone(id: win.id, done: true, at: date(2)) }
    }

    @Test func aStoredDueDayMustLookLikeADay() throws {
        #expect(throws: DatabaseError.self) {
            try store.writer.write { try $0.execute(sql: "UPDATE entries SET due = 'soon'") ; try $0.execute(sql: """
                INSERT INTO entries (guide, kind, at, body, createdAt, updatedAt, due) VALUES ('rekindle', 'goal', 1, 'x', 1, 1, 'soon')
                """) }
        }
    }

    @Test func theCounterIsUnsetUntilThePersonSetsIt() throws {
        #expect(try store.coolingOffSettings(guideID: guideID) == nil)
        #expect(try store.coolingOff(guideID: guideID, calendar: london) == nil)
    }

    @Test func theCounterCountsFromItsSettingsAndItsContacts() throws {
        let settings = CoolingOffSettings(breakup: LocalDay(year: 2026, month: 10, day: 1),
                                          lastContact: LocalDay(year: 2026, month: 10, day: 10), periodDays: 42)
        try store.setCoolingOffSettings(settings, guideID: guideID)
        #expect(try store.coolingOffSettings(guideID: guideID) == settings)
        // 23:30 on 31 October in London is still 31 October there (it is 1 November nowhere).
        let contact = london.instant(on: LocalDay(year: 2026, month: 10, day: 31), hour: 23, minute: 30)
        _ = try store.addEntry(guideID: guideID, kind: .contact, sectionKey: nil, body: "", mood: nil, at: contact)
        let counter = try #require(try store.coolingOff(guideID: guideID, calendar: london))
        #expect(counter.start == LocalDay(year: 2026, month: 10, day: 10))
        #expect(counter.contacts == [LocalDay(year: 2026, month: 10, day: 31)])
        let reading = counter.reading(today: LocalDay(year: 2026, month: 11, day: 2), calendar: london)
        #expect(reading.day == 2 && reading.longest == 21 && reading.stretches == 2)
    }

    @Test func aDeletedContactNoLongerSplitsAStretch() throws {
        try store.setCoolingOffSettings(CoolingOffSettings(breakup: LocalDay(year: 2026, month: 10, day: 1)), guideID: guideID)
        let contact = try store.addEntry(guideID: guideID, kind: .contact, sectionKey: nil, body: "", mood: nil,
                                         at: london.instant(on: LocalDay(year: 2026, month: 10, day: 5), hour: 9, minute: 0))
        try store.deleteEntry(id: contact.id)
        let counter = try #require(try store.coolingOff(guideID: guideID, calendar: london))
        #expect(counter.reading(today: LocalDay(year: 2026, month: 10, day: 11), calendar: london).day == 10)
    }

    @Test func todaySaysTheCounterAndTheNextGoal() throws {
        let now = london.instant(on: LocalDay(year: 2026, month: 12, day: 30), hour: 20, minute: 0)
        let counter = CoolingOff(start: LocalDay(year: 2026, month: 12, day: 7), periodDays: 42)
        let goals = [
            Entry(id: 1, kind: .goal, at: date(0), body: "a", sectionKey: nil, updatedAt: date(0), due: LocalDay(year: 2027, month: 1, day: 4)),
            Entry(id: 2, kind: .goal, at: date(0), body: "b", sectionKey: nil, updatedAt: date(0), due: LocalDay(year: 2027, month: 1, day: 2),
                  doneAt: date(1)),
            Entry(id: 3, kind: .goal, at: date(0), body: "c", sectionKey: nil, updatedAt: date(0), due: LocalDay(year: 2026, month: 12, day: 1)),
        ]
        let summary = TodaySummary(journal: [], now: now, calendar: london, counter: counter, goals: goals)
        #expect(summary.line == "day 23 of your cooling-off · next goal in 5 days")
        #expect(TodaySummary(journal: [], now: now, calendar: london).line == nil)
    }
}
