import Testing
@testable import rekindle

/// The interface's fast path must take exactly what the parser would take to mean the same, and
/// leave everything else to the parser (whose validation and messages are the only ones).
@Suite struct InterfaceArgumentsTests {
    /// What the parser makes of `arguments`: the interface's database and guide, or nil when it
    /// means something else or is refused.
    private func parsed(_ arguments: [String]) -> InterfaceArguments? {
        guard let open = (try? Rekindle.parseAsRoot(arguments)) as? OpenCommand,
              !open.discreet, open.settings.config == nil else { return nil }
        return InterfaceArguments(db: open.common.db, guide: open.common.guide)
    }

    @Test(arguments: [
        [], ["open"], ["--db", "/tmp/r.sqlite"], ["--db=/tmp/r.sqlite"], ["--guide", "g.md"], ["--guide=rekindle"],
        ["open", "--db", "a b.sqlite", "--guide", "Content/x.md"], ["--guide", "g", "--db", "d"],
        ["open", "--db=d", "--guide=g=h"], ["--db", "--d"].dropLast() + ["d-"],
    ])
    func recognisedAsTheParserReadsThem(_ arguments: [String]) throws {
        let fast = try #require(InterfaceArguments(arguments))
        #expect(parsed(arguments) == fast)
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["help"], ["--version"], ["-v"], ["version"], ["status"], ["open", "status"],
        ["--db"], ["--db", ""], ["--db="], ["--guide", ""], ["--db", "a", "--db", "b"], ["--guide", "a", "--guide=b"],
        ["--db", "-x"], ["--db=-x"], ["--discreet"], ["open", "--discreet"], ["--config", "c.toml"], ["--db", "d", "open"],
        ["open", "open"], ["--", "open"], ["opne"], ["--database", "d"], ["-d", "x"],
    ])
    func everythingElseGoesToTheParser(_ arguments: [String]) {
        #expect(InterfaceArguments(arguments) == nil)
    }
}
