import Foundation
import RekindleKit

/// A tool's room: a box over the panes (like the support screen), opened from the tool's item.
/// Each tool's folder provides one; the router here gives them the keys every room shares
/// (moving, closing, deleting with undo) and draws what they list.
protocol ToolRoom {
    /// A key of the room's own context.
    static func perform(_ action: Action, in state: inout AppState, now: Date) -> [Effect]
    /// The room's rows at a width: a few lines about the tool, then what it keeps; `selected` is
    /// the rows of the selected entry, kept in view.
    static func rows(_ state: AppState, width: Int) -> ToolRows
    /// The room's own drawing when it shows something else than its rows (the drafts' editor).
    static func drawInstead(_ state: AppState, in inside: Rect, on canvas: inout Canvas) -> Bool
    /// What deleting the selected entry says ("Deleted the win of …").
    static var entryName: String { get }
}

extension ToolRoom {
    static func drawInstead(_ state: AppState, in inside: Rect, on canvas: inout Canvas) -> Bool { false }
}

struct ToolRows {
    var lines: [StyledLine] = []
    var selected: Range<Int>?

    mutating func add(_ text: String, _ style: Style, width: Int, indent: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        for row in DisplayText.wrap(text, width: max(1, width - indent)) { lines.append([Span(pad + row, style)]) }
    }

    mutating func gap() { lines.append([]) }

    /// One factual line where contact is written or logged: where help is, with the person's key.
    static func safetyPointer(_ state: AppState) -> String {
        "If contact ever feels unsafe, \(state.key(for: .support, in: .always)) shows where to find help."
    }

    /// The mark before the selected entry.
    static func marker(_ isSelected: Bool) -> Span {
        Span(isSelected ? "▸ " : "  ", Style(.accent, .bold), isAppWording: true)
    }

    /// An entry's rows: its head line, then its text indented (folded to `foldedLines` unless
    /// selected); records the selected one's rows.
    mutating func entry(_ head: [Span], body: String, isSelected: Bool, width: Int, foldedLines: Int? = nil) {
        let start = lines.count
        lines.append([Self.marker(isSelected)] + head)
        var text = DisplayText.wrap(body, width: max(1, width - 4))
        if let folded = foldedLines, !isSelected, text.count > folded {
            text = Array(text.prefix(folded))
            text[folded - 1] = DisplayText.truncate(text[folded - 1], width: max(1, width - 6)) + " …"
        }
        for row in text where !body.isEmpty { lines.append([Span("    " + row)]) }
        if isSelected { selected = start..<lines.count }
    }
}

enum ToolRooms {
    static let maxWidth = 84

    /// The room of a tool; the support screen is an overlay of its own.
    static func room(_ tool: GuideTool) -> (any ToolRoom.Type)? {
        switch tool {
        case .coolingOff: CounterRoom.self
        case .drafts: DraftsRoom.self
        case .wins: WinsRoom.self
        case .goals: GoalsRoom.self
        case .support: nil
        }
    }

    /// "Cooling-off counter — Esc closes", with the person's key.
    static func title(_ tool: GuideTool, discreet: Bool, _ keyMap: KeyMap, _ glyphs: GlyphSet) -> String {
        "\(tool.title(discreet: discreet)) — \(keyMap.firstKey(of: .cancel, in: .toolRoom, glyphs)) closes"
    }

    /// Where the room's box goes, and its inside.
    static func inside(size: Size) -> Rect {
        OverlayBox.box(in: Rect(x: 0, y: 0, width: size.width, height: size.height), maxWidth: maxWidth).inset(by: 1)
    }

    static func draw(_ tool: GuideTool, _ state: AppState, on canvas: inout Canvas) {
        let box = OverlayBox.box(in: canvas.bounds, maxWidth: maxWidth)
        let preferences = state.session.preferences
        let inside = OverlayBox.drawFrame(title(tool, discreet: preferences.discreet, preferences.keyMap, canvas.glyphs), box: box, on: &canvas)
        guard !inside.isEmpty, let room = room(tool) else { return }
        if room.drawInstead(state, in: inside, on: &canvas) { return }
        let fieldRows = state.tools.field == nil ? 0 : min(2, inside.height - 1)
        let list = Rect(x: inside.x + 1, y: inside.y, width: max(1, inside.width - 2), height: inside.height - fieldRows)
        let rows = room.rows(state, width: list.width)
        let top = top(for: rows, height: list.height)
        for row in 0..<list.height where top + row < rows.lines.count {
            canvas.write(rows.lines[top + row], x: list.x, y: list.y + row, clip: list.row(row))
        }
        ScrollMarkers.draw(above: top > 0, below: top + list.height < rows.lines.count, frame: box, on: &canvas)
        if let field = state.tools.field, fieldRows > 0 {
            drawField(field, in: Rect(x: list.x, y: inside.maxY - 1, width: list.width, height: 1), on: &canvas)
        }
    }

    /// The first row shown: the top, or as far down as the selected entry needs to be whole.
    static func top(for rows: ToolRows, height: Int) -> Int {
        guard let selected = rows.selected else { return 0 }
        // The end in view; an entry taller than the box shows from its start.
        return min(selected.lowerBound, max(0, selected.upperBound - height))
    }

    private static func drawField(_ field: ToolField, in row: Rect, on canvas: inout Canvas) {
        let start = canvas.write(field.label, x: row.x, y: row.y, style: Style(.accent, .bold), clip: row)
        let input = Rect(x: start, y: row.y, width: max(0, row.maxX - start), height: 1)
        let slice = field.line.visibleSlice(width: input.width)
        canvas.write(slice.text, x: start, y: row.y, style: .plain, clip: input)
        if input.width > 0 { canvas.setCursor(Point(x: start + slice.cursorX, y: row.y)) }
    }
}
