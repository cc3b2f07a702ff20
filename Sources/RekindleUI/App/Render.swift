import RekindleKit

/// The whole screen as a pure function of the state: the terminal layer draws the grid it returns.
func render(_ state: AppState, size: Size) -> Grid {
    var canvas = Canvas(size: size, glyphs: state.session.preferences.glyphs)
    if case .blank? = state.overlay { return canvas.grid }
    let layout = state.screenLayout(size: size, focus: state.focus)
    guard layout.arrangement != .tooSmall else {
        TooSmallMessage.draw(into: &canvas, size: size)
        return canvas.grid
    }
    // Ticked items counted once a frame (a step may hold thousands); the title and status bars show it.
    let done = state.workbook.done
    Chrome.drawTitleBar(state, done: done, in: layout.titleBar, on: &canvas)
    if layout.tabLine != nil { Chrome.drawTabLine(layout.tabs, focus: state.focus, on: &canvas) }
    for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        let focused = pane == state.focus
        Chrome.drawFrame(pane.title, in: rect, focused: focused, on: &canvas)
        pane.component.draw(state, in: layout.content(of: pane)!, focused: focused, on: &canvas)
    }
    StatusBar.draw(state, done: done, in: layout.statusBar, on: &canvas)
    switch state.overlay {
    case let .help(scroll, returnTo)?:
        // Opened from a tool's room, the help starts with the room's keys.
        let first = if case .tool(let tool)? = returnTo { tool.keyContext } else { state.focus.keyContext }
        HelpOverlay.draw(scroll: scroll, first: first, keyMap: state.session.preferences.keyMap, on: &canvas)
    case .noteHistory(let history)?: HistoryOverlay.draw(history, keyMap: state.session.preferences.keyMap, on: &canvas)
    case .support(let screen)?: SupportOverlay.draw(screen, keyMap: state.session.preferences.keyMap, on: &canvas)
    case .messageLog(let scroll)?:
        MessageLogOverlay.draw(state.messages, scroll: scroll, keyMap: state.session.preferences.keyMap, on: &canvas)
    case .tool(let tool)?: ToolRooms.draw(tool, state, on: &canvas)
    case .search?, .blank?, nil: break
    }
    return canvas.grid
}

/// What a terminal below the minimum size shows: one centred line, clipped to whatever fits.
enum TooSmallMessage {
    static func draw(into canvas: inout Canvas, size: Size) {
        guard size.width > 0, size.height > 0 else { return }
        let minimum = ScreenLayout.minimum
        let text = "Terminal too small: \(size.width)x\(size.height) — need at least \(minimum.width)x\(minimum.height)"
        let rows = DisplayText.wrap(text, width: size.width)
        let top = max(0, (size.height - rows.count) / 2)
        for (index, row) in rows.enumerated() {
            let x = max(0, (size.width - DisplayText.width(of: row)) / 2)
            canvas.write(row, x: x, y: top + index, style: Style(.warning), clip: canvas.bounds)
        }
    }
}
