import Testing
@testable import RekindleTerminal
import RekindleUI

/// The named themes and the person's own colours, role by role: calm-dark's marks read on black,
/// calm-light's on white (4.5:1, WCAG), mono has no colour at all, and a role's own colour is used
/// where the terminal has it.
struct ThemeTests {
    typealias Contrast = PaletteContrastTests

    private func contrast(_ color: Int16, on background: (Int, Int, Int)) -> Double {
        Contrast.contrast(Contrast.luminance(Contrast.rgb(color)), Contrast.luminance(background))
    }

    @Test(arguments: ColorDepth.allCases)
    func calmDarkReadsOnBlackAndCalmLightOnWhite(depth: ColorDepth) {
        for (name, background) in [(Theme.Name.calmDark, (0, 0, 0)), (.calmLight, (255, 255, 255))] {
            for role in ColorRole.allCases {
                guard let colors = Palette.look(for: role, depth: depth, theme: Theme(name)).colors else { continue }
                #expect((0..<depth.colorCount).contains(colors.foreground), "\(name) \(role) at \(depth)")
                if colors.background == -1 {
                    #expect(contrast(colors.foreground, on: background) >= 4.5, "\(name) \(role) at \(depth)")
                } else {
                    #expect(contrast(colors.foreground, on: Contrast.rgb(colors.background)) >= 4.5, "\(name) \(role) pair at \(depth)")
                }
            }
        }
    }

    @Test func darkAndLightColourTheMarksWhereCalmCannot() {
        #expect(Palette.look(for: .accent, depth: .ansi16, theme: Theme(.calm)).colors == nil)
        #expect(Palette.look(for: .accent, depth: .ansi16, theme: Theme(.calmDark)).colors?.foreground == 6)
        #expect(Palette.look(for: .accent, depth: .ansi16, theme: Theme(.calmLight)).colors?.foreground == 4)
        #expect(Palette.look(for: .accent, depth: .xterm256, theme: Theme(.calmLight)).colors?.foreground == 25)
    }

    @Test(arguments: ColorDepth.allCases)
    func monoHasNoColourAndKeepsEveryRoleApart(depth: ColorDepth) {
        for role in ColorRole.allCases {
            #expect(Palette.look(for: role, depth: depth, theme: Theme(.mono)).colors == nil)
        }
        #expect(Palette.look(for: .warning, depth: depth, theme: Theme(.mono)).attributes.contains(.bold))
        #expect(Palette.look(for: .match, depth: depth, theme: Theme(.mono)).attributes.contains(.reverse))
        #expect(Palette.look(for: .muted, depth: depth, theme: Theme(.mono)).attributes.contains(.dim))
    }

    @Test func aRolesOwnColourIsUsedWhereTheTerminalHasIt() {
        let theme = Theme(.calm, colors: [.accent: RoleColor(foreground: 202), .done: RoleColor(foreground: 2, background: 0)])
        #expect(Palette.look(for: .accent, depth: .xterm256, theme: theme).colors! == (202, -1))
        #expect(Palette.look(for: .done, depth: .ansi8, theme: theme).colors! == (2, 0))
        // 202 needs 256 colours: with 16 the theme's own look stays.
        #expect(Palette.look(for: .accent, depth: .ansi16, theme: theme).colors == nil)
        // Other roles keep the theme's look.
        #expect(Palette.look(for: .match, depth: .xterm256, theme: theme).colors! == (16, 220))
    }
}
