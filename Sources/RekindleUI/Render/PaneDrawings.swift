import Synchronization

/// The cells each pane drew in the last frame, with what the drawing depended on. A pane whose
/// inputs are the same as last time is copied, not drawn: typing in the notes drew the guide and
/// the steps afresh on every key (over half of a typed character's instructions). Owned by the
/// controller; a frame from here is always the frame drawn afresh (debug builds check every one).
final class PaneDrawings: Sendable {
    private struct Drawing {
        var inputs: any Equatable & Sendable
        var frame: Rect
        var cells: [Cell]
    }

    private let drawings = Mutex(PerPane<Drawing>())

    /// The cells `pane` drew in `frame` from `inputs`, when they were the same last time. The new
    /// inputs are kept in place of the equal old ones: the old could be another copy of the same
    /// values (a workbook read again holds its 10,000 items anew, and the first frame's copy stayed
    /// alive here, 2 MB of them), and the next frame's comparison finds the same storage at once.
    func cells(of pane: Pane, in frame: Rect, inputs: any Equatable & Sendable) -> [Cell]? {
        drawings.withLock { drawings in
            guard var drawing = drawings[pane], drawing.frame == frame, Self.same(drawing.inputs, inputs) else { return nil }
            drawing.inputs = inputs
            drawings[pane] = drawing
            return drawing.cells
        }
    }

    func keep(_ cells: [Cell], of pane: Pane, in frame: Rect, inputs: any Equatable & Sendable) {
        drawings.withLock { $0[pane] = Drawing(inputs: inputs, frame: frame, cells: cells) }
    }

    /// Forgets a pane's drawing (it has no inputs to compare this frame).
    func forget(_ pane: Pane) {
        drawings.withLock { $0[pane] = nil }
    }

    private static func same(_ kept: any Equatable & Sendable, _ new: any Equatable & Sendable) -> Bool {
        func equals<Inputs: Equatable>(_ kept: Inputs) -> Bool { (new as? Inputs) == kept }
        return equals(kept)
    }
}
