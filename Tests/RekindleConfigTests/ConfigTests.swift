import Foundation
import Testing
@testable import RekindleConfig
@testable import RekindleUI

/// A config file is used whole or refused whole with one line: `PATH:LINE:COL: what — what to do`.
@Suite struct ConfigTests {
    private let path = "/home/sam/.config/rekindle/config.toml"

    private func parse(_ text: String) throws(ConfigError) -> Config {
        try ConfigParser.parse(text, path: path)
    }

    /// The one line a bad file gives, or nil when it parses.
    private func error(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func anEmptyFileIsTheDefaults() throws {
        #expect(try parse("") == Config())
        #expect(try parse("# nothing yet\n") == Config())
    }

    @Test func settingsAreRead() throws {
        let config = try parse("""
            theme = "calm-light"
            glyphs = "ascii"
            discreet = true
            autosave_delay = 2.5
            editor = "nano -w"

            [colors]
            accent = 25
            match = [16, 220]
            """)
        #expect(config.theme == Theme(.calmLight, colors: [.accent: RoleColor(foreground: 25), .match: RoleColor(foreground: 16, background: 220)]))
        #expect(config.glyphs == .ascii)
        #expect(config.discreet)
        #expect(config.autosaveDelay == 2.5)
        #expect(config.editor == "nano -w")
        #expect(try parse("autosave_delay = 3").autosaveDelay == 3)
    }

    @Test func keysAreReboundInEitherSpelling() throws {
        let dotted = try parse("[keys]\nglobal.down = [\"y\", \"Down\"]\nguide.toggle = \"t\"\n").keyMap
        let tables = try parse("[keys.global]\ndown = [\"y\", \"Down\"]\n\n[keys.guide]\ntoggle = \"t\"\n").keyMap
        #expect(dotted == tables)
        #expect(dotted.binding(for: .char("y"), in: [.global])?.action == .down)
        #expect(dotted.binding(for: .char("j"), in: [.global]) == nil)
        #expect(dotted.binding(for: .char("t"), in: [.guide])?.action == .toggle)
        #expect(dotted.binding(for: .char(" "), in: [.guide]) == nil)
    }

    @Test func aSyntaxErrorIsPlacedAtItsLineAndColumn() {
        let message = error("theme = \"calm\"\nglyphs = \n")
        #expect(message?.hasPrefix("\(path):2:10: this is not valid TOML (") == true)
        #expect(message?.contains("— fix it here") == true)
        #expect(error("[keys]\nglobal.down = [\"j\",\n")?.hasPrefix("\(path):2:21: this is not valid TOML (array: encountered end-of-file)") == true)
        #expect(error("theme = \"calm\"\ntheme = \"mono\"\n")?.hasPrefix("\(path):2:") == true)
    }

    @Test func anUnknownActionIsPlacedAtItsName() {
        #expect(error("theme = \"calm\"\n\n[keys]\n  global.fly = \"x\"\n")
            == "\(path):4:3: there is no key binding called 'global.fly' — 'rekindle keys --names' lists them")
        #expect(error("[keys.global]\nfly = \"x\"\n")?.hasPrefix("\(path):2:1: there is no key binding called 'global.fly'") == true)
    }

    @Test func anUnknownKeyNameIsPlacedAtTheKey() {
        #expect(error("[keys]\nglobal.down = [\"j\", \"Dwn\"]\n")
            == "\(path):2:21: 'Dwn' is not a key name — write keys as j, G, Space, Enter, Esc, Tab, Up, PgDn, F2, Ctrl-R or Alt-b")
        // A list over several lines: the key's own line.
        #expect(error("[keys]\nglobal.down = [\n  \"j\",\n  \"Dwn\",\n]\n")?.hasPrefix("\(path):4:3: 'Dwn'") == true)
    }

    @Test func aConflictIsPlacedAtTheKeyThatCausesIt() {
        #expect(error("[keys]\nglobal.down = \"q\"\n")
            == "\(path):2:15: q would be both global.down and global.quit — give global.quit other keys too, or choose another key")
        #expect(error("[keys]\nglobal.down = \"x\"\nglobal.up = \"x\"\n")?.hasPrefix("\(path):3:13: x would be both global.up and global.down") == true)
        #expect(error("[keys]\nnotes-editor.stop-editing = \"q\"\n")?.contains(":2:29: 'q' is typed as text in writing notes") == true)
    }

    @Test func aWrongTypeSaysWhatIsNeeded() {
        #expect(error("discreet = \"yes\"\n") == "\(path):1:1: discreet is text but needs true or false")
        #expect(error("autosave_delay = \"1s\"\n")?.contains(":1:1: autosave_delay is text but needs a number of seconds") == true)
        #expect(error("[keys]\nglobal.down = 3\n")?.contains(":2:1: keys.global.down is a whole number but needs a key name or a list") == true)
        #expect(error("[keys]\nglobal.down = [\"j\", 3]\n")?.contains(":2:1: keys.global.down is a whole number but needs key names in quotes") == true)
        #expect(error("keys = 1\n")?.contains(":1:1: keys is a whole number but needs a table") == true)
        #expect(error("[colors]\naccent = \"blue\"\n")?.contains(":2:1: colors.accent is text but needs a colour number 0-255") == true)
        #expect(error("[colors]\naccent = 300\n")?.contains(":2:1: accent needs a colour number 0-255") == true)
        #expect(error("autosave_delay = 0\n")?.contains("choose between 0.2 and 60") == true)
    }

    @Test func anUnknownThemeRoleOrSettingIsNamed() {
        #expect(error("\ntheme = \"solarized\"\n")
            == "\(path):2:1: there is no theme 'solarized' — choose calm, calm-dark, calm-light or mono, or give colours per role under [colors]")
        #expect(error("[colors]\nsky = 4\n")?.contains(":2:1: there is no colour role 'sky'") == true)
        #expect(error("colour = 4\n")?.contains(":1:1: there is no setting 'colour' — the settings are theme, glyphs") == true)
        #expect(error("glyphs = \"fancy\"\n")?.contains(":1:1: glyphs can be auto, unicode or ascii, not 'fancy'") == true)
    }

    @Test func theDefaultFileParsesToTheDefaults() throws {
        let text = ConfigFile.defaultText
        #expect(try parse(text) == Config())
        // Every setting and key line in it is real: uncommented, it still gives the defaults.
        let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("# ") && line.dropFirst(2).first.map({ $0.isLowercase }) == true && line.contains(" = ")
                ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
        #expect(uncommented != text)
        var expected = Config()
        expected.theme.colors = [.accent: RoleColor(foreground: 63), .match: RoleColor(foreground: 16, background: 220)]
        #expect(try parse(uncommented) == expected)
        #expect(uncommented.contains("\nglobal.down") && uncommented.contains("\ntheme = \"calm\""))
    }

    @Test func theFileIsFoundWhereThePersonSays() {
        #expect(ConfigFile.location(option: "/x/c.toml", environment: ["REKINDLE_CONFIG": "/y"]) == ("/x/c.toml", true))
        #expect(ConfigFile.location(option: nil, environment: ["REKINDLE_CONFIG": "/y/c.toml"]) == ("/y/c.toml", true))
        #expect(ConfigFile.location(option: nil, environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/h"]) == ("/cfg/rekindle/config.toml", false))
        #expect(ConfigFile.location(option: nil, environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == ("/h/.config/rekindle/config.toml", false))
    }

    @Test func aMissingFileIsTheDefaultsUnlessItWasNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rekindle-config-\(UUID())").path
        #expect(try ConfigFile.load(option: nil, environment: ["XDG_CONFIG_HOME": folder]) == Config())
        #expect(throws: ConfigError.self) { try ConfigFile.load(option: folder + "/none.toml", environment: [:]) }
    }

    @Test func glyphsFollowTheLocaleUnlessTheConfigSays() {
        var config = Config()
        #expect(config.glyphSet(environment: ["LANG": "C"]) == .ascii)
        config.glyphs = .unicode
        #expect(config.glyphSet(environment: ["LANG": "C"]) == .unicode)
        config.glyphs = .ascii
        #expect(config.glyphSet(environment: ["LANG": "en_US.UTF-8"]) == .ascii)
    }
}

/// The README shows the default file as `rekindle config --default` prints it.
@Test func readmeShowsTheDefaultConfig() throws {
    let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let marker = try #require(readme.range(of: "<!-- config:begin"))
    let begin = try #require(readme.range(of: "-->\n```toml\n", range: marker.upperBound..<readme.endIndex))
    let end = try #require(readme.range(of: "```\n<!-- config:end -->"))
    #expect(String(readme[begin.upperBound..<end.lowerBound]) == ConfigFile.defaultText)
}
