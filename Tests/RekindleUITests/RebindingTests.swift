import RekindleKit
import Testing
@testable import RekindleUI

/// Keys rebound by name over the one key table: the new key acts, the old one no longer does, and
/// help, hints and the key reference show the person's keys.
@Suite struct RebindingTests {
    private let here = SourcePosition(line: 1, column: 1)

    private func rebound(_ name: String, _ keys: String...) throws -> KeyMap {
        try KeyMap.standard.rebinding([KeyOverride(name: name, position: here, keys: keys.map { ($0, here) })])
    }

    private func state(with keyMap: KeyMap) -> AppState {
        var s = RekindleUITests.state()
        s.session.preferences.keyMap = keyMap
        return s
    }

    @Test func aBoundKeyActsAndItsOldKeyNoLongerDoes() throws {
        var s = state(with: try rebound("global.down", "y", "Down"))
        #expect(s.panes.steps.selected == 0)
        send(&s, char("j"))
        #expect(s.panes.steps.selected == 0, "j is no longer bound")
        send(&s, char("y"))
        #expect(s.panes.steps.selected == 1)
        send(&s, key(.down))
        #expect(s.panes.steps.selected == 2)
    }

    @Test func helpHintsAndTheReferenceShowTheRebinding() throws {
        var s = state(with: try rebound("global.help", "F5"))
        let statusBar = render(s, size: Size(width: 120, height: 40)).lines.last!
        #expect(statusBar.contains("F5 help"))
        #expect(!statusBar.contains("? help"))
        send(&s, key(.function(5)))
        #expect(s.overlay == .help(scroll: 0))
        let help = render(s, size: Size(width: 120, height: 40)).lines.joined(separator: "\n")
        #expect(help.contains("F5                  Show all keys"))
        #expect(KeyReference.markdown(s.session.preferences.keyMap).contains("| F5 | Show all keys |"))
        #expect(!KeyReference.markdown(s.session.preferences.keyMap).contains("| ?/F1 | Show all keys |"))
    }

    @Test func aKeyCanBeBoundWhileTypingWhenItIsNotText() throws {
        var s = state(with: try rebound("notes-editor.stop-editing", "Ctrl-S"))
        s.focus = .notes
        send(&s, char("i"))
        #expect(s.panes.notes.isEditing)
        send(&s, key(.escape))
        #expect(s.panes.notes.isEditing, "Esc no longer stops writing")
        send(&s, key(.ctrl("s")))
        #expect(!s.panes.notes.isEditing)
    }

    @Test func messagesNameThePersonsKeys() throws {
        var s = state(with: try rebound("global.search", "F3"))
        send(&s, char("n"))
        #expect(s.message?.text == "No search yet — press F3 to search")
        s = state(with: try rebound("notes.write-notes", "w"))
        s.focus = .notes
        send(&s, char("2"))
        #expect(render(s, size: s.size).lines.contains { $0.contains("No notes yet — press w to write") })
    }

    @Test func overlayTitlesNameThePersonsKeys() throws {
        var s = state(with: try rebound("support.cancel", "F2"))
        send(&s, key(.function(12)), AppEvent.supportLoaded(SupportSheet(lines: SupportLines?.none, supportCard: "", safetyNote: String?.none)))
        #expect(render(s, size: Size(width: 100, height: 30)).lines.contains { $0.contains("Support — F2 closes") })
        send(&s, key(.function(2)))
        #expect(s.overlay == nil)
        s = state(with: try rebound("messages.cancel", "F3"))
        send(&s, char("m"))
        #expect(render(s, size: Size(width: 100, height: 30)).lines.contains { $0.contains("Messages, newest first — F3 closes") })
    }

    @Test func anUnboundActionLeavesTheHints() throws {
        let s = state(with: try rebound("global.search"))
        #expect(!render(s, size: Size(width: 120, height: 40)).lines.last!.contains("search"))
        #expect(KeyReference.markdown(s.session.preferences.keyMap).contains("| (none) | Search the guide, your notes and your journal |"))
    }

    @Test func mistakesAreRefusedWithWhereAndWhatToDo() {
        let at = SourcePosition(line: 3, column: 9)
        func error(_ name: String, _ key: String) -> KeyRebindingError? {
            do {
                _ = try KeyMap.standard.rebinding([KeyOverride(name: name, position: here, keys: [(key, at)])])
                return nil
            } catch {
                return error
            }
        }
        #expect(error("global.fly", "x")?.message.contains("no key binding called 'global.fly'") == true)
        #expect(error("global.fly", "x")?.position == here)
        #expect(error("global.down", "Dwn")?.position == at)
        #expect(error("global.down", "Dwn")?.message.contains("'Dwn' is not a key name") == true)
        #expect(error("global.down", "q")?.message.contains("both global.down and global.quit") == true)
        #expect(error("notes-editor.stop-editing", "q")?.message.contains("typed as text") == true)
        #expect(error("anywhere.quit", "x")?.message.contains("typed as text everywhere") == true)
        #expect(error("global.jump-to-step", "x")?.message.contains("cannot be rebound") == true)
    }

    @Test func twoRebindingsOnOneKeyAreAConflict() {
        let first = SourcePosition(line: 2, column: 15), second = SourcePosition(line: 3, column: 13)
        #expect(throws: KeyRebindingError(position: second, message: "x would be both global.up and global.down — choose another key for one of them")) {
            try KeyMap.standard.rebinding([
                KeyOverride(name: "global.down", position: SourcePosition(line: 2, column: 1), keys: [("x", first)]),
                KeyOverride(name: "global.up", position: SourcePosition(line: 3, column: 1), keys: [("x", second)]),
            ])
        }
    }

    @Test func everyBindingHasAUniqueStableName() {
        let names = KeyMap.standard.bindings.map(\.name)
        #expect(Set(names).count == names.count)
        for name in names { #expect(name.allSatisfy { $0.isLowercase || $0 == "-" || $0 == "." }, "\(name)") }
        #expect(names.contains("global.down") && names.contains("notes-editor.stop-editing"))
    }

    @Test func theStandardTableHasNoConflicts() {
        for context in KeyContext.allCases {
            let keys = KeyMap.standard.bindings(in: context).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(context)")
        }
    }

    @Test func everyKeyNameReadsBackAsItsKey() {
        for key in KeyMap.standard.bindings.flatMap(\.keys) {
            #expect(Key(name: key.displayName) == key, "\(key.displayName)")
            #expect(Key(name: key.displayName(.ascii)) == key, "\(key.displayName(.ascii))")
        }
        #expect(Key(name: "ctrl-r") == .ctrl("r"))
        #expect(Key(name: "PageDown") == .pageDown)
        #expect(Key(name: "Ctrl-M") == .enter, "a terminal sends Ctrl-M as Enter")
        #expect(Key(name: "Hyper-x") == nil)
        #expect(Key(name: "") == nil)
    }
}
