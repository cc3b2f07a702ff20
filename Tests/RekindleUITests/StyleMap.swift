@testable import RekindleUI

/// A grid's styles as text, for golden tests beside the text ones: one letter per cell (a wide
/// character's continuation cell repeats its letter, so rows line up with the columns), letters
/// given to styles in reading order, and a legend naming each style's role and attributes.
struct StyleMap: Equatable, CustomStringConvertible {
    let rows: [String]
    let legend: [String]

    init(_ grid: Grid) {
        var letters: [Style: Character] = [:]
        var legend: [String] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var rows: [String] = []
        for y in 0..<grid.size.height {
            var row = ""
            var previous: Character = "?"
            for x in 0..<grid.size.width {
                let cell = grid[x, y]
                if cell.isContinuation {
                    row.append(previous)
                    continue
                }
                let letter: Character
                if let known = letters[cell.style] {
                    letter = known
                } else {
                    letter = alphabet[min(letters.count, alphabet.count - 1)]
                    letters[cell.style] = letter
                    legend.append("\(letter) \(Self.name(of: cell.style))")
                }
                row.append(letter)
                previous = letter
            }
            rows.append(row)
        }
        self.rows = rows
        self.legend = legend
    }

    private static func name(of style: Style) -> String {
        let attributes: [(Attributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.reverse, "reverse"),
                                                  (.underline, "underline"), (.italic, "italic")]
        return ([String(describing: style.role)] + attributes.filter { style.attributes.contains($0.0) }.map(\.1))
            .joined(separator: "+")
    }

    var description: String { (rows + [""] + legend).joined(separator: "\n") }
}
