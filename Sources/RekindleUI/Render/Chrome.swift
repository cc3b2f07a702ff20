import RekindleKit

/// The frame around the panes: title bar, pane borders and the tab line of the one-pane layout.
enum Chrome {
    /// Guide title on the left, overall progress (`done` of the workbook's items) on the right.
    static func drawTitleBar(_ state: AppState, done: Int, in rect: Rect, on canvas: inout Canvas) {
        let book = state.workbook
        let glyphs = canvas.glyphs
        let progress = ProgressBar.summary(done: done, total: book.total, width: 5, glyphs: glyphs) + " "
        let progressX = rect.maxX - DisplayText.width(of: progress)
        canvas.fill(rect, style: Style(.title))
        let left = Rect(x: rect.x, y: rect.y, width: progressX - 1 - rect.x, height: 1)
        let title = state.session.preferences.discreet ? " rekindle" : glyphs.plain(" rekindle · ") + book.title
        canvas.write(glyphs.truncate(title, width: left.width), x: rect.x, y: rect.y, style: Style(.title), clip: left)
        canvas.write(progress, x: progressX, y: rect.y, style: Style(.title), clip: rect)
    }

    /// A rounded box with the pane's name in the top edge; the focused pane's name is bold and underlined.
    static func drawFrame(_ title: String, in rect: Rect, focused: Bool, on canvas: inout Canvas) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = focused ? Style(.accent, .bold) : Style(.border, .dim)
        let glyphs = canvas.glyphs
        for (y, left, right) in [(rect.y, glyphs.topLeft, glyphs.topRight), (rect.maxY - 1, glyphs.bottomLeft, glyphs.bottomRight)] {
            canvas.write(left, x: rect.x, y: y, style: border, clip: rect)
            canvas.writeRepeated(glyphs.horizontal, count: rect.width - 2, x: rect.x + 1, y: y, style: border, clip: rect)
            canvas.write(right, x: rect.maxX - 1, y: y, style: border, clip: rect)
        }
        let sides = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 2)
        canvas.writeColumn(glyphs.vertical, x: rect.x, style: border, clip: sides)
        canvas.writeColumn(glyphs.vertical, x: rect.maxX - 1, style: border, clip: sides)
        let label = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
        let titleStyle = focused ? Style(.accent, [.bold, .underline]) : Style(.muted)
        canvas.write(" " + glyphs.plain(title) + " ", x: rect.x + 1, y: rect.y, style: titleStyle, clip: label)
    }

    /// "Steps  Guide  Notes" with the focused pane shown in reverse.
    static func drawTabLine(_ tabs: [(pane: Pane, rect: Rect)], focus: Pane, on canvas: inout Canvas) {
        for (pane, rect) in tabs {
            canvas.write(" \(pane.title) ", x: rect.x, y: rect.y,
                         style: pane == focus ? Style(.accent, [.bold, .reverse]) : Style(.muted), clip: rect)
        }
    }
}
