import RekindleKit

/// What is drawn over the panes and takes the keys until it closes.
enum Overlay: Equatable, Sendable {
    /// The search prompt at the bottom (its text is in `AppState.search`).
    case search
    /// The key help, scrolled by this many lines; closing it goes back to `returnTo` (a tool's room).
    indirect case help(scroll: Int, returnTo: Overlay? = nil)
    /// The list of earlier versions of a section's notes.
    case noteHistory(NoteHistoryState)
    /// The messages shown so far, newest first, scrolled by this many lines.
    case messageLog(scroll: Int)
    /// Where to find help; over any other overlay, which it returns to.
    indirect case support(SupportScreen)
    /// Nothing at all on screen until the next key (someone walked by); then back to `returnTo`.
    indirect case blank(returnTo: Overlay?)
    /// A tool's room, opened from its item (`Tools/`).
    case tool(GuideTool)
}
