import Foundation
import Testing
@testable import RekindleTerminal
import RekindleUI

/// Issue 9, item 19: the default look reads on light and dark terminals. Every colour a role uses
/// is looked up as RGB (xterm's defaults for 0–15, the exact cube and grey ramp above) and its WCAG
/// contrast must be at least 4.5:1 against both white and black, or, for a background pair, between
/// its own two colours.
struct PaletteContrastTests {
    /// xterm's default RGB for the 16 ANSI colours.
    static let xtermANSI: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func rgb(_ index: Int16) -> (Int, Int, Int) {
        let index = Int(index)
        if index < 16 { return xtermANSI[index] }
        if index >= 232 { let level = 8 + 10 * (index - 232); return (level, level, level) }
        let levels = [0, 95, 135, 175, 215, 255]
        let cube = index - 16
        return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
    }

    static func luminance(_ rgb: (Int, Int, Int)) -> Double {
        func linear(_ channel: Int) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(rgb.0) + 0.7152 * linear(rgb.1) + 0.0722 * linear(rgb.2)
    }

    static func contrast(_ a: Double, _ b: Double) -> Double { (max(a, b) + 0.05) / (min(a, b) + 0.05) }

    static func colorCount(_ depth: ColorDepth) -> Int16 {
        switch depth {
        case .ansi8: 8
        case .ansi16: 16
        case .xterm256: 256
        }
    }

    @Test(arguments: ColorDepth.allCases)
    func everyColourReadsOnWhiteAndOnBlack(depth: ColorDepth) {
        let white = Self.luminance((255, 255, 255)), black = Self.luminance((0, 0, 0))
        for role in ColorRole.allCases {
            guard let colors = Palette.look(for: role, depth: depth).colors else { continue }
            let foreground = Self.luminance(Self.rgb(colors.foreground))
            #expect((0..<Self.colorCount(depth)).contains(colors.foreground), "\(role) at \(depth)")
            if colors.background == -1 {
                #expect(Self.contrast(foreground, white) >= 4.5, "\(role) at \(depth) on white")
                #expect(Self.contrast(foreground, black) >= 4.5, "\(role) at \(depth) on black")
            } else {
                #expect((0..<Self.colorCount(depth)).contains(colors.background), "\(role) at \(depth)")
                let background = Self.luminance(Self.rgb(colors.background))
                #expect(Self.contrast(foreground, background) >= 4.5, "\(role) pair at \(depth)")
            }
        }
    }

    @Test(arguments: ColorDepth.allCases)
    func textKeepsTheTerminalsOwnColours(depth: ColorDepth) {
        for role in [ColorRole.normal, .title] { #expect(Palette.look(for: role, depth: depth).colors == nil) }
    }

    @Test func depthFollowsTheTerminalsColourCount() {
        #expect(ColorDepth(colors: 8) == .ansi8)
        #expect(ColorDepth(colors: 16) == .ansi16)
        #expect(ColorDepth(colors: 256) == .xterm256)
        #expect(ColorDepth(colors: 16_777_216) == .xterm256)
    }
}
