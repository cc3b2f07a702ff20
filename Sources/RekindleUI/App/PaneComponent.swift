import Foundation

/// What a pane provides to the rest of the app. The router (`update`) hands a pane the keys of its
/// own key context and the moves that mean something different in each pane (j/k, paging, the
/// wheel, a click); `render` asks it to draw inside its frame. The pane's state lives in
/// `AppState.panes`, and a pane reads the rest of the state (workbook, section, search) freely.
protocol PaneComponent {
    /// An action bound in the pane's own key context; returns the effects it needs.
    static func perform(_ action: Action, key: Key, in state: inout AppState, now: Date) -> [Effect]
    /// j/k, g/G: by rows, sections or lines, whatever the pane lists.
    static func move(by delta: Int, in state: inout AppState)
    /// PgUp/PgDn and Ctrl-U/Ctrl-D, by a fraction of the pane's height.
    static func page(by fraction: Double, in state: inout AppState)
    /// The mouse wheel, by lines.
    static func wheel(by lines: Int, in state: inout AppState)
    /// A left click at a row and column of the pane's content; returns the effects it needs.
    static func click(row: Int, column: Int, content: Rect, in state: inout AppState, now: Date) -> [Effect]
    /// After a resize or a change of contents: the selection and the cursor stay in view.
    static func keepInView(_ state: inout AppState)
    static func draw(_ state: AppState, in rect: Rect, focused: Bool, on canvas: inout Canvas)
    /// Everything `draw` reads, when the pane can gather it cheaply: a frame with the same inputs
    /// (and frame) copies the pane's cells from the last one (`PaneDrawings`). nil: always drawn.
    static func drawInputs(_ state: AppState, in rect: Rect, focused: Bool) -> (any Equatable & Sendable)?
}

extension PaneComponent {
    static func perform(_ action: Action, key: Key, in state: inout AppState, now: Date) -> [Effect] { [] }
    static func keepInView(_ state: inout AppState) {}
    static func drawInputs(_ state: AppState, in rect: Rect, focused: Bool) -> (any Equatable & Sendable)? { nil }
}
