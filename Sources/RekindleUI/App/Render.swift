import RekindleKit

/// The whole screen as a pure function of the state: the terminal layer draws the grid it returns.
/// With `drawings`, a pane whose inputs did not change since the last frame is copied from it.
func render(_ state: AppState, size: Size, reusing drawings: PaneDrawings? = nil) -> Grid {
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
    var drawn = PerPane<PaneDrawings.Drawing>()
    for (pane, frame) in layout.panes.onScreen.sorted(by: { $0.pane.rawValue < $1.pane.rawValue }) {
        drawn[pane] = drawPane(pane, state, frame: frame, content: layout.content(of: pane)!, reusing: drawings, on: &canvas)
    }
    let statusRows = StatusBar.draw(state, done: done, in: layout.statusBar, on: &canvas)
    // Kept before an overlay covers the panes (drawing one then copies the grid, once); a pane a
    // long message covered the bottom edge of is drawn afresh next time.
    for (pane, drawing) in drawn.present where drawing.frame.overlaps(statusRows) { drawn[pane] = nil }
    drawings?.keep(canvas.grid, panes: drawn)
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
    // Every reused pane is checked against drawing it afresh (in debug builds: the tests).
    assert(drawings == nil || canvas.grid == render(state, size: size), "a pane was reused though its drawing changed")
    return canvas.grid
}

/// A pane's frame and contents, copied from the last frame when its inputs are the same; returns
/// what it was drawn from, for the next frame (nil: it has no inputs to compare).
private func drawPane(_ pane: Pane, _ state: AppState, frame: Rect, content: Rect, reusing drawings: PaneDrawings?,
                      on canvas: inout Canvas) -> PaneDrawings.Drawing? {
    let focused = pane == state.focus
    let own = drawings == nil || frame.intersection(canvas.bounds) != frame ? nil
        : pane.component.drawInputs(state, in: content, focused: focused)
    let drawing = own.map { framedDrawing(of: $0, focused: focused, glyphs: canvas.glyphs, frame: frame) }
    if let drawing, drawings?.paste(pane, drawing, on: &canvas) == true { return drawing }
    Chrome.drawFrame(pane.title, in: frame, focused: focused, on: &canvas)
    pane.component.draw(state, in: content, focused: focused, on: &canvas)
    return drawing
}

/// What a pane's frame and contents are drawn from: the pane's own inputs, and how it is framed.
private struct PaneInputs<Inputs: Equatable & Sendable>: Equatable, Sendable {
    var pane: Inputs
    var focused: Bool
    var glyphs: GlyphSet
}

private func framedDrawing<Inputs: Equatable & Sendable>(of pane: Inputs, focused: Bool, glyphs: GlyphSet, frame: Rect) -> PaneDrawings.Drawing {
    PaneDrawings.Drawing(inputs: PaneInputs(pane: pane, focused: focused, glyphs: glyphs), frame: frame)
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
