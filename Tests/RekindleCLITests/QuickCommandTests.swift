import Testing
@testable import rekindle

/// The quick path of status, today, tick and untick must take exactly what the parser would take to
/// mean the same, and leave everything else to the parser (whose validation and messages are the
/// only ones).
@Suite struct QuickCommandTests {
    /// What the parser makes of `arguments`, as a `QuickCommand`; nil when it means another command
    /// or is refused.
    private func parsed(_ arguments: [String]) -> QuickCommand? {
        switch try? Rekindle.parseAsRoot(arguments) {
        case let status as StatusCommand: QuickCommand(.status, db: status.common.db, guide: status.common.guide, json: status.json)
        case let today as TodayCommand: QuickCommand(.today, db: today.common.db, guide: today.common.guide, json: today.json)
        case let tick as TickCommand: QuickCommand(.tick, db: tick.common.db, guide: tick.common.guide, item: tick.item)
        case let untick as UntickCommand: QuickCommand(.untick, db: untick.common.db, guide: untick.common.guide, item: untick.item)
        default: nil
        }
    }

    @Test(arguments: [
        ["status"], ["status", "--json"], ["status", "--db", "/tmp/r.sqlite"], ["status", "--json", "--db=d", "--guide", "g"],
        ["today"], ["today", "--json"], ["today", "--guide=rekindle", "--db", "a b.sqlite"],
        ["tick", "2.1"], ["tick", "--db", "d", "1.3"], ["untick", "2.1", "--guide", "g=h"], ["untick", "--db=d", "intro.1"],
        ["tick", "2.1", "--db", "d-", "--guide", "Content/x.md"],
    ])
    func recognisedAsTheParserReadsThem(_ arguments: [String]) throws {
        let quick = try #require(QuickCommand(arguments))
        #expect(parsed(arguments) == quick)
    }

    @Test(arguments: [
        [], ["open"], ["status", "--help"], ["status", "-h"], ["help", "status"], ["status", "extra"], ["status", "--json", "--json"],
        ["status", "--json=yes"], ["today", "--db"], ["today", "--db", ""], ["today", "--db="], ["status", "--db", "a", "--db", "b"],
        ["status", "--db", "-x"], ["tick"], ["tick", "1.1", "2.1"], ["tick", "--json", "1.1"], ["tick", "help"], ["tick", "--", "1.1"],
        ["untick", "-1"], ["--db", "d", "status"], ["tick", "1.1", "--config", "c.toml"], ["stat"], ["Status"], ["tick", "1.1", "-h"],
        ["counter"], ["status", "--version"],
    ])
    func everythingElseGoesToTheParser(_ arguments: [String]) {
        #expect(QuickCommand(arguments) == nil)
    }
}
