/// Where everything goes for a terminal size. Computed by one function so that rendering and
/// mouse hit-testing agree.
struct ScreenLayout: Equatable, Sendable {
    /// The smallest screen the app draws itself on; below it a short message says so.
    static let minimum = Size(width: 30, height: 8)
    /// From this width the three panes stand side by side (the journal shares the notes' column).
    static let wideWidth = 120
    /// From this width the journal has a column of its own, beside the notes.
    static let fourColumnWidth = 180
    /// From this width the steps stand beside the guide, with the notes under the guide.
    static let mediumWidth = 80
    /// The guide pane's widest (border and margins included): about 80 columns of text read
    /// comfortably; wider screens give the rest to the notes.
    static let guideMaxWidth = 84

    enum Arrangement: Equatable, Sendable {
        case tooSmall, single, medium, wide
    }

    var arrangement: Arrangement
    var titleBar: Rect
    var statusBar: Rect
    /// The "Steps │ Guide │ Notes" line of the one-pane arrangement.
    var tabLine: Rect?
    /// Outer rectangles (border included) of the panes on screen.
    var panes: PaneRects

    /// `stepsWidth` is what the steps pane needs to show its titles whole (it grows to it when the
    /// guide and notes keep their room); while `writing` (notes or an entry), the notes' place gets
    /// the room. The notes and the journal share one place below four columns: `shelf` says which
    /// of the two is in it (the focused one, else the one last focused).
    static func make(size: Size, focus: Pane, shelf: Pane = .notes, stepsWidth: Int = 0, writing: Bool = false) -> ScreenLayout {
        let shelf: Pane = focus == .notes || focus == .journal ? focus : shelf
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        guard size.width >= minimum.width, size.height >= minimum.height else {
            return ScreenLayout(arrangement: .tooSmall, titleBar: full.row(-1), statusBar: full.row(-1),
                                tabLine: nil, panes: [:])
        }
        let title = full.row(0)
        let status = full.row(size.height - 1)
        let bodyTop = 1, bodyHeight = size.height - 2
        if size.width >= wideWidth {
            // The steps grow only while the guide keeps its measure and the notes 40 columns
            // (with the journal beside them, 32 each).
            let besideGuide = size.width >= fourColumnWidth ? 64 : 40
            let steps = max(32, min(stepsWidth, size.width - guideMaxWidth - besideGuide))
            let rest = size.width - steps
            let guide = min(guideMaxWidth, rest - rest * 2 / 5)
            let notes = rest - guide
            var panes: PaneRects = [
                .steps: Rect(x: 0, y: bodyTop, width: steps, height: bodyHeight),
                .guide: Rect(x: steps, y: bodyTop, width: guide, height: bodyHeight),
            ]
            if size.width >= fourColumnWidth {
                panes[.notes] = Rect(x: steps + guide, y: bodyTop, width: notes / 2, height: bodyHeight)
                panes[.journal] = Rect(x: steps + guide + notes / 2, y: bodyTop, width: notes - notes / 2, height: bodyHeight)
            } else {
                panes[shelf] = Rect(x: steps + guide, y: bodyTop, width: notes, height: bodyHeight)
            }
            return ScreenLayout(arrangement: .wide, titleBar: title, statusBar: status, tabLine: nil, panes: panes)
        }
        if size.width >= mediumWidth {
            let steps = max(28, min(stepsWidth, size.width - 72))
            if writing {
                // The steps and the guide shrink to a strip above the writing, which takes the full width.
                let top = max(5, bodyHeight / 3)
                return ScreenLayout(arrangement: .medium, titleBar: title, statusBar: status, tabLine: nil, panes: [
                    .steps: Rect(x: 0, y: bodyTop, width: steps, height: top),
                    .guide: Rect(x: steps, y: bodyTop, width: size.width - steps, height: top),
                    shelf: Rect(x: 0, y: bodyTop + top, width: size.width, height: bodyHeight - top),
                ])
            }
            let notes = max(5, bodyHeight / 3)
            return ScreenLayout(arrangement: .medium, titleBar: title, statusBar: status, tabLine: nil, panes: [
                .steps: Rect(x: 0, y: bodyTop, width: steps, height: bodyHeight),
                .guide: Rect(x: steps, y: bodyTop, width: size.width - steps, height: bodyHeight - notes),
                shelf: Rect(x: steps, y: bodyTop + bodyHeight - notes, width: size.width - steps, height: notes),
            ])
        }
        return ScreenLayout(arrangement: .single, titleBar: title, statusBar: status, tabLine: full.row(1),
                            panes: [focus: Rect(x: 0, y: 2, width: size.width, height: bodyHeight - 1)])
    }

    /// The area inside a pane's border and a one-column margin, where its content goes.
    func content(of pane: Pane) -> Rect? {
        panes[pane].map { Rect(x: $0.x + 2, y: $0.y + 1, width: $0.width - 4, height: $0.height - 2) }
    }

    /// A pane's outer rectangle from its content (the inverse of `content(of:)`), for drawing on its border.
    static func frame(around content: Rect) -> Rect {
        Rect(x: content.x - 2, y: content.y - 1, width: content.width + 4, height: content.height + 2)
    }

    /// The tabs of the one-pane arrangement's tab line (" Steps " " Guide " " Notes " " Journal ",
    /// a column apart where there is room, else touching), for drawing them and for clicks; empty
    /// in the other arrangements.
    var tabs: [(pane: Pane, rect: Rect)] {
        guard let line = tabLine else { return [] }
        var x = line.x
        let widths = Pane.allCases.map { $0.title.count + 2 }
        let gap = widths.reduce(0, +) + widths.count - 1 <= line.width ? 1 : 0
        return Pane.allCases.map { pane in
            let width = pane.title.count + 2
            defer { x += width + gap }
            return (pane, Rect(x: x, y: line.y, width: width, height: 1).intersection(line))
        }
    }

    /// The tab under a point of the tab line.
    func tab(at point: Point) -> Pane? {
        tabs.first { $0.rect.contains(point) }?.pane
    }

    /// The pane under a point, for mouse clicks and the wheel.
    func pane(at point: Point) -> Pane? {
        panes.onScreen.first { $0.rect.contains(point) }?.pane
    }
}

extension AppState {
    /// The layout for this state at a size, as `focus` would see it (render, clicks, scrolling).
    func screenLayout(size: Size, focus: Pane) -> ScreenLayout {
        ScreenLayout.make(size: size, focus: focus, shelf: shelf, stepsWidth: StepsPane.preferredWidth(workbook),
                          writing: panes.notes.isEditing || panes.journal.isWriting)
    }
}
