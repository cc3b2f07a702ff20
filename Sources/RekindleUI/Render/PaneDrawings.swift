import Synchronization

/// The last frame, with what each of its panes was drawn from. A pane whose inputs are the same
/// as last time is copied from that frame, not drawn: typing in the notes drew the guide and the
/// steps afresh on every key (over half of a typed character's instructions). The frame is the
/// grid the terminal was given, shared, not a copy of each pane's cells: those copies were 400 of
/// the 4,800 cache lines a section switch fetches once a pause has let the caches go cold
/// (Tests/bench/callgrind.sh). Owned by the controller; a frame from here is always the frame
/// drawn afresh (debug builds check every one).
final class PaneDrawings: Sendable {
    /// What a pane was drawn from, and where.
    struct Drawing: Sendable {
        var inputs: any DrawingInputs
        var frame: Rect

        init(inputs: some Equatable & Sendable, frame: Rect) {
            self.inputs = Inputs(inputs)
            self.frame = frame
        }
    }

    /// A pane's inputs, of whatever type its component describes them with, compared as that type:
    /// one look at the dynamic type, then its own `==`. Comparing two `any Equatable` through a
    /// cast was 15 K instructions and 137 cold code lines of a section switch (generic copies of
    /// optionals, tuple metadata, the dynamic cast).
    protocol DrawingInputs: AnyObject, Sendable {
        func isSame(as other: any DrawingInputs) -> Bool
    }

    private final class Inputs<Value: Equatable & Sendable>: DrawingInputs {
        let value: Value
        init(_ value: Value) { self.value = value }

        func isSame(as other: any DrawingInputs) -> Bool {
            guard ObjectIdentifier(type(of: other)) == ObjectIdentifier(Self.self) else { return false }
            return unsafeDowncast(other as AnyObject, to: Self.self).value == value
        }
    }

    private struct Frame {
        var grid: Grid
        var panes: PerPane<Drawing>
    }

    private let last = Mutex<Frame?>(nil)

    /// Copies `pane` from the last frame into `canvas` when it was drawn there in the same frame
    /// from equal inputs, on a screen of the same size; false when it has to be drawn.
    func paste(_ pane: Pane, _ drawing: Drawing, on canvas: inout Canvas) -> Bool {
        last.withLock { last in
            guard let last, last.grid.size == canvas.grid.size, let kept = last.panes[pane], kept.frame == drawing.frame,
                  kept.inputs.isSame(as: drawing.inputs)
            else { return false }
            canvas.copy(drawing.frame, from: last.grid)
            return true
        }
    }

    /// Keeps the frame just drawn, before anything is drawn over its panes, in place of the last
    /// one: the last frame's inputs go with it (a workbook read again holds its 10,000 items anew,
    /// and an older copy kept here stayed alive, 2 MB of them).
    func keep(_ grid: Grid, panes: PerPane<Drawing>) {
        last.withLock { $0 = Frame(grid: grid, panes: panes) }
    }
}
