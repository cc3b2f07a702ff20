import Synchronization

/// Everything a key can ask the app to do. Text typed into an editor is not an action: keys that no
/// binding claims in an editing context are inserted as text.
public enum Action: Hashable, Sendable {
    // Anywhere while browsing
    case quit, help, nextPane, previousPane, paneLeft, paneRight
    case down, up, first, last, pageDown, pageUp, halfPageDown, halfPageUp
    case jumpToSection, jumpToClosing, enter, search, nextMatch, previousMatch, redraw, suspend
    // Care: anywhere
    case support, blankScreen, messageLog
    // Checklist (guide pane)
    case toggle, addItem, editItem, deleteItem, moveItemDown, moveItemUp, undo, redo, hideSafetyNote
    // Notes pane
    case editNotes, noteHistory
    // Journal pane
    case writeEntry, editEntry, deleteEntry, setMood, toggleJournalFilter
    // The guide's tools (their rooms)
    case openTool, add, setCounter, logContact, moveToNotes, setTargetDay
    // Prompts and editors
    case confirm, cancel, cursorLeft, cursorRight, cursorUp, cursorDown, lineStart, lineEnd
    case wordLeft, wordRight, deleteBackward, deleteForward, newline, tab, stopEditing
    case deleteWordBackward, deleteToLineStart, deleteToLineEnd
}

/// Where a binding applies. Browsing contexts follow the focused pane; the others follow the mode.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case always, global, steps, guide, notes, journal, search, itemEditor, moodPrompt, notesEditor, history, help,
         support, messageLog, toolRoom, counter, drafts, wins, goals, toolField

    /// The heading this context gets in the help overlay.
    var title: String {
        switch self {
        case .always: "Anywhere, even while typing"
        case .global: "Moving around"
        case .steps: "Steps pane"
        case .guide: "Guide pane (checklist)"
        case .notes: "Notes pane"
        case .journal: "Journal pane"
        case .search: "Search prompt"
        case .itemEditor: "Editing an item"
        case .moodPrompt: "Setting a mood"
        case .notesEditor: "Writing notes or an entry"
        case .history: "Note or entry history"
        case .help: "This help"
        case .support: "Support screen"
        case .messageLog: "Message log"
        case .toolRoom: "Any tool (counter, drafts, wins, goals)"
        case .counter: "Cooling-off counter"
        case .drafts: "Drafts"
        case .wins: "Small wins"
        case .goals: "Goals"
        case .toolField: "Answering a tool's question"
        }
    }
}

/// One row of the key table: the keys, what they do, a short label for the status bar (nil keeps
/// the binding out of the hints) and a sentence for the help overlay.
struct Binding: Equatable, Sendable {
    var keys: [Key]
    var action: Action
    var context: KeyContext
    var hint: String?
    var description: String
    /// The keys are a run ("0–9") that the action reads its argument from, so they cannot be rebound.
    var isRange: Bool

    init(_ keys: [Key], _ action: Action, _ context: KeyContext, hint: String? = nil, _ description: String,
         isRange: Bool = false) {
        self.keys = keys
        self.action = action
        self.context = context
        self.hint = hint
        self.description = description
        self.isRange = isRange
    }

    /// What a config file calls this binding: "global.down", "notes-editor.stop-editing".
    var name: String { context.name + "." + action.name }

    /// How the keys are written in hints and help ("j/↓", "0–9"; "Down" for "↓" in ASCII).
    func keyLabel(_ glyphs: GlyphSet = .unicode) -> String {
        if keys.isEmpty { return "(none)" }
        if isRange, let first = keys.first, let last = keys.last {
            return first.displayName(glyphs) + glyphs.plain("–") + last.displayName(glyphs)
        }
        return keys.map { $0.displayName(glyphs) }.joined(separator: "/")
    }
}

/// The single key table: dispatch, status-bar hints and the help overlay all read it, so they cannot
/// disagree (the approach of calcurse's keys.c and bubbles' help). A value, so the person's config
/// can rebind keys (`rebinding`) and every reader sees the same rebound table.
public struct KeyMap: Equatable, Sendable {
    var bindings: [Binding] {
        didSet { memo = KeyMapMemo() }
    }
    /// The status bar asks for the hints of the same few context lists every frame (working them
    /// out was a sixth of a section switch's instructions), and every key is looked up.
    private var memo = KeyMapMemo()

    init(bindings: [Binding]) {
        self.bindings = bindings
    }

    public static func == (lhs: KeyMap, rhs: KeyMap) -> Bool { lhs.bindings == rhs.bindings }

    /// The keys as shipped.
    public static let standard = KeyMap(bindings: defaults)

    private static let defaults: [Binding] = [
        Binding([.ctrl("c")], .quit, .always, "Save everything and quit"),
        Binding([.ctrl("l")], .redraw, .always, "Redraw the screen"),
        Binding([.function(12)], .support, .always, hint: "support", "Support screen, even while typing"),
        Binding([.ctrl("b")], .blankScreen, .always, "Blank the screen until a key"),

        Binding([.char("?"), .function(1)], .help, .global, hint: "help", "Show all keys"),
        Binding([.char("!")], .support, .global, hint: "support", "Support screen: where to find help"),
        Binding([.char("q")], .quit, .global, hint: "quit", "Save everything and quit"),
        Binding([.tab], .nextPane, .global, hint: "pane", "Next pane"),
        Binding([.backTab], .previousPane, .global, "Previous pane"),
        Binding([.char("h"), .left], .paneLeft, .global, "Pane to the left"),
        Binding([.char("l"), .right], .paneRight, .global, "Pane to the right"),
        Binding([.char("j"), .down], .down, .global, hint: "move", "Move down"),
        Binding([.char("k"), .up], .up, .global, "Move up"),
        Binding([.char("g"), .home], .first, .global, "First"),
        Binding([.char("G"), .end], .last, .global, "Last"),
        Binding([.pageDown], .pageDown, .global, "Scroll a page down"),
        Binding([.pageUp], .pageUp, .global, "Scroll a page up"),
        Binding([.ctrl("d")], .halfPageDown, .global, "Scroll half a page down"),
        Binding([.ctrl("u")], .halfPageUp, .global, "Scroll half a page up"),
        Binding((0...9).map { .char(Character(String($0))) }, .jumpToSection, .global,
                "Jump to that step (0 is the introduction)", isRange: true),
        Binding([.char("c")], .jumpToClosing, .global, "Jump to the closing"),
        Binding([.char("i")], .editNotes, .global, "Write notes for the shown section, from any pane"),
        Binding([.char("w")], .writeEntry, .global, hint: "journal", "Write a journal entry, from any pane"),
        Binding([.char("/")], .search, .global, hint: "search", "Search the guide, your notes and your journal"),
        Binding([.char("n")], .nextMatch, .global, "Next match"),
        Binding([.char("N")], .previousMatch, .global, "Previous match"),
        Binding([.escape], .cancel, .global, "Dismiss a warning, else clear the search highlights (n finds it again)"),
        Binding([.char("m")], .messageLog, .global, "Earlier messages, newest first"),
        Binding([.ctrl("z")], .suspend, .global, "Suspend (fg brings it back)"),
        Binding([.char("u")], .undo, .global, hint: "undo", "Undo the last checklist change in this section"),
        Binding([.ctrl("r")], .redo, .global, "Redo the checklist change in this section"),

        Binding([.enter], .enter, .steps, hint: "open", "Open the section's checklist"),

        Binding([.enter], .openTool, .guide, hint: "open", "Open the item's tool (counter, drafts, wins, goals, support); on other items, tick"),
        Binding([.char(" "), .char("x")], .toggle, .guide, hint: "tick", "Tick or untick the item"),
        Binding([.char("a")], .addItem, .guide, hint: "add", "Add an item of your own (marked ✎) below"),
        Binding([.char("e"), .function(2)], .editItem, .guide, hint: "edit", "Reword an item of your own"),
        Binding([.char("d")], .deleteItem, .guide, "Delete an item of your own"),
        Binding([.char("J"), .shiftDown], .moveItemDown, .guide, "Move the item down"),
        Binding([.char("K"), .shiftUp], .moveItemUp, .guide, "Move the item up"),
        Binding([.char("z")], .hideSafetyNote, .guide, "Hide this step's safety note (the support screen keeps it)"),

        Binding([.char("i"), .enter], .editNotes, .notes, hint: "write", "Write notes for this section"),
        Binding([.char("H")], .noteHistory, .notes, hint: "history", "Earlier versions of these notes"),

        Binding([.enter, .char("e")], .editEntry, .journal, hint: "edit", "Read the entry in full and edit it"),
        Binding([.char("M")], .setMood, .journal, hint: "mood", "Set the entry's mood: a word, or 1 to 5"),
        Binding([.char("f")], .toggleJournalFilter, .journal, hint: "only this",
                "Only the entries of the shown section, or all of them again"),
        Binding([.char("H")], .noteHistory, .journal, hint: "history", "Earlier versions of the entry"),
        Binding([.char("d")], .deleteEntry, .journal, "Delete the entry (u brings it back)"),
        Binding([.char("u")], .undo, .journal, "Bring back the entry deleted last"),

        Binding([.enter], .confirm, .search, hint: "keep", "Keep the search and its highlights"),
        Binding([.escape], .cancel, .search, hint: "cancel", "Cancel the search"),
        Binding([.backspace], .deleteBackward, .search, "Delete a character"),

        Binding([.enter], .confirm, .itemEditor, hint: "save", "Save the item (empty text cancels)"),
        Binding([.escape], .cancel, .itemEditor, hint: "cancel", "Cancel"),
    ] + lineEditing(.itemEditor) + [

        Binding([.enter], .confirm, .moodPrompt, hint: "set", "Set the mood (empty clears it)"),
        Binding([.escape], .cancel, .moodPrompt, hint: "cancel", "Leave the mood as it was"),
        Binding([.backspace], .deleteBackward, .moodPrompt, "Delete a character"),

        Binding([.escape], .stopEditing, .notesEditor, hint: "done", "Stop writing (saves)"),
        Binding([.left], .cursorLeft, .notesEditor, "Cursor left"),
        Binding([.right], .cursorRight, .notesEditor, "Cursor right"),
        Binding([.up], .cursorUp, .notesEditor, "Line up"),
        Binding([.down], .cursorDown, .notesEditor, "Line down"),
        Binding([.home, .ctrl("a")], .lineStart, .notesEditor, "Start of the line"),
        Binding([.end, .ctrl("e")], .lineEnd, .notesEditor, "End of the line"),
        Binding([.ctrlLeft, .alt("b")], .wordLeft, .notesEditor, "Word left"),
        Binding([.ctrlRight, .alt("f")], .wordRight, .notesEditor, "Word right"),
        Binding([.pageUp], .pageUp, .notesEditor, "Page up"),
        Binding([.pageDown], .pageDown, .notesEditor, "Page down"),
        Binding([.backspace], .deleteBackward, .notesEditor, "Delete before the cursor"),
        Binding([.delete], .deleteForward, .notesEditor, "Delete under the cursor"),
        Binding([.altBackspace, .ctrlBackspace, .ctrl("w")], .deleteWordBackward, .notesEditor, "Delete the word before the cursor"),
        Binding([.ctrl("u")], .deleteToLineStart, .notesEditor, "Delete to the start of the line"),
        Binding([.ctrl("k")], .deleteToLineEnd, .notesEditor, "Delete to the end of the line"),
        Binding([.enter], .newline, .notesEditor, "New line"),
        Binding([.tab], .tab, .notesEditor, "A tab (shown as four spaces)"),
        Binding([.ctrl("z")], .undo, .notesEditor, hint: "undo", "Undo typing"),
        Binding([.ctrl("y")], .redo, .notesEditor, "Redo typing"),

        Binding([.char("j"), .down], .down, .history, hint: "move", "Next revision"),
        Binding([.char("k"), .up], .up, .history, "Previous revision"),
        Binding([.enter], .confirm, .history, hint: "show",
                "Show this revision in full; Enter again restores it (kept as a new one)"),
        Binding([.pageDown], .pageDown, .history, "Scroll the revision shown a page down"),
        Binding([.pageUp], .pageUp, .history, "Scroll the revision shown a page up"),
        Binding([.escape, .char("q"), .char("H")], .cancel, .history, hint: "close", "Close the history"),

        Binding([.escape, .char("q")], .cancel, .toolRoom, hint: "close", "Close it, back to the guide"),
        Binding([.char("?"), .function(1)], .help, .toolRoom, "Show all keys, this tool's first (closing it comes back here)"),
        Binding([.char("j"), .down], .down, .toolRoom, hint: "move", "Next one"),
        Binding([.char("k"), .up], .up, .toolRoom, "Previous one"),
        Binding([.char("g"), .home], .first, .toolRoom, "The first (oldest)"),
        Binding([.char("G"), .end], .last, .toolRoom, "The last (newest)"),
        Binding([.char("d")], .deleteEntry, .toolRoom, "Delete the selected one (u brings it back)"),
        Binding([.char("u")], .undo, .toolRoom, "Bring back the one deleted last"),

        Binding([.char("s")], .setCounter, .counter, hint: "set", "Set the day it counts from and the period you choose"),
        Binding([.char("c")], .logContact, .counter, hint: "log contact",
                "Log contact that happened, with a note if you like; a new stretch begins"),

        Binding([.char("a")], .add, .drafts, hint: "write", "Write a new draft"),
        Binding([.enter, .char("e")], .editEntry, .drafts, hint: "edit", "Edit the selected draft"),
        Binding([.char("H")], .noteHistory, .drafts, hint: "history", "Earlier versions of the draft"),
        Binding([.char("m")], .moveToNotes, .drafts, hint: "to notes", "Move the draft into the step's notes"),

        Binding([.char("a")], .add, .wins, hint: "add", "Add a win"),

        Binding([.char("a")], .add, .goals, hint: "add", "Add a goal, with a target day if you like"),
        Binding([.char(" "), .char("x"), .enter], .toggle, .goals, hint: "done", "Mark the goal done, or not done again"),
        Binding([.char("t")], .setTargetDay, .goals, "Change the goal's target day, or clear it"),

        Binding([.enter], .confirm, .toolField, hint: "ok", "Take the answer"),
        Binding([.escape], .cancel, .toolField, hint: "cancel", "Leave everything as it was"),
    ] + lineEditing(.toolField) + scrolling(.help, "the help") + [
        Binding([.escape, .char("q"), .char("?"), .function(1)], .cancel, .help, hint: "close", "Close the help"),

    ] + scrolling(.messageLog, "the log") + [
        Binding([.escape, .char("q"), .char("m")], .cancel, .messageLog, hint: "close", "Close the log"),

    ] + scrolling(.support, "the screen") + [
        Binding([.escape, .char("q"), .char("!"), .function(12)], .cancel, .support, hint: "close",
                "Close it, back to where you were"),
    ]

    /// The editing keys of a one-line field (an item being named, a tool's question).
    private static func lineEditing(_ context: KeyContext) -> [Binding] {
        [
            Binding([.left], .cursorLeft, context, "Cursor left"),
            Binding([.right], .cursorRight, context, "Cursor right"),
            Binding([.home, .ctrl("a")], .lineStart, context, "Start of the text"),
            Binding([.end, .ctrl("e")], .lineEnd, context, "End of the text"),
            Binding([.ctrlLeft, .alt("b")], .wordLeft, context, "Word left"),
            Binding([.ctrlRight, .alt("f")], .wordRight, context, "Word right"),
            Binding([.backspace], .deleteBackward, context, "Delete before the cursor"),
            Binding([.delete], .deleteForward, context, "Delete under the cursor"),
            Binding([.altBackspace, .ctrlBackspace, .ctrl("w")], .deleteWordBackward, context, "Delete the word before the cursor"),
            Binding([.ctrl("u")], .deleteToLineStart, context, "Delete to the start of the text"),
            Binding([.ctrl("k")], .deleteToLineEnd, context, "Delete to the end of the text"),
            Binding([.ctrl("z")], .undo, context, "Undo typing"),
            Binding([.ctrl("y")], .redo, context, "Redo typing"),
        ]
    }

    /// The keys of an overlay that scrolls (help, the message log, the support screen).
    private static func scrolling(_ context: KeyContext, _ what: String) -> [Binding] {
        [
            Binding([.char("j"), .down], .down, context, hint: "scroll", "Scroll down"),
            Binding([.char("k"), .up], .up, context, "Scroll up"),
            Binding([.char("g"), .home], .first, context, "Top of \(what)"),
            Binding([.char("G"), .end], .last, context, "End of \(what)"),
            Binding([.pageDown], .pageDown, context, "Scroll a page down"),
            Binding([.pageUp], .pageUp, context, "Scroll a page up"),
        ]
    }

    /// How the keys of an action are written ("Esc/q/?/F1"), for wording that names them.
    func label(of action: Action, in context: KeyContext, _ glyphs: GlyphSet = .unicode) -> String {
        bindings.first { $0.context == context && $0.action == action }?.keyLabel(glyphs) ?? "(none)"
    }

    /// The first key of an action ("Esc" of "Esc/q/?/F1"), for a short "Esc closes".
    func firstKey(of action: Action, in context: KeyContext, _ glyphs: GlyphSet = .unicode) -> String {
        bindings.first { $0.context == context && $0.action == action }?.keys.first?.displayName(glyphs) ?? "(none)"
    }

    /// The bindings of one context, in table order.
    func bindings(in context: KeyContext) -> [Binding] {
        bindings.filter { $0.context == context }
    }

    /// The binding for a key in the given contexts, the first context winning (a pane's own
    /// bindings before the global ones).
    func binding(for key: Key, in contexts: [KeyContext]) -> Binding? {
        let index = memo.index { Self.index(of: bindings) }
        for context in contexts {
            if let found = index[context]?[key] { return found }
        }
        return nil
    }

    /// Each context's keys to their bindings, the first in table order for a key bound twice.
    private static func index(of bindings: [Binding]) -> [KeyContext: [Key: Binding]] {
        var index: [KeyContext: [Key: Binding]] = [:]
        for binding in bindings {
            for key in binding.keys where index[binding.context]?[key] == nil { index[binding.context, default: [:]][key] = binding }
        }
        return index
    }

    /// The bindings worth a hint in the status bar for these contexts, most specific first.
    /// One hint per action, the most specific context's ("! support" while browsing, "F12 support"
    /// while typing), and none for a key that a more specific context binds to something else
    /// (on the support screen F12 closes it).
    func hints(in contexts: [KeyContext]) -> [Binding] {
        memo.hints(in: contexts) { hintsWorkedOut(in: contexts) }
    }

    /// Arrays, not sets: a table has some sixty bindings, and the first `Set<Action>` and
    /// `Set<Key>` of a run each cost a scan of the runtime's conformance records (0.4 M
    /// instructions) on the way to the first frame.
    private func hintsWorkedOut(in contexts: [KeyContext]) -> [Binding] {
        var shown: [Action] = []
        var claimed: [Key] = []
        var hints: [Binding] = []
        for context in contexts {
            let own = bindings.filter { $0.context == context }
            for binding in own where binding.hint != nil && !binding.keys.isEmpty && !shown.contains(binding.action)
                && !binding.keys.contains(where: claimed.contains) {
                hints.append(binding)
                shown.append(binding.action)
            }
            claimed += own.flatMap(\.keys)
        }
        return hints
    }
}

/// What `KeyMap` works out from one table of bindings: its hints by context list, and the
/// index of its keys by context (a key was looked up by walking the table, context by context).
private final class KeyMapMemo: Sendable {
    /// A list, not a dictionary keyed by `[KeyContext]`: a frame asks for a handful of context
    /// lists, and that dictionary's first use cost every start a conformance scan (0.8 M).
    private let known = Mutex<[(contexts: [KeyContext], hints: [Binding])]>([])
    private let keys = Mutex<[KeyContext: [Key: Binding]]?>(nil)

    func index(workOut: () -> [KeyContext: [Key: Binding]]) -> [KeyContext: [Key: Binding]] {
        if let index = keys.withLock({ $0 }) { return index }
        let index = workOut()
        keys.withLock { $0 = index }
        return index
    }

    func hints(in contexts: [KeyContext], workOut: () -> [Binding]) -> [Binding] {
        if let hints = known.withLock({ $0.first { $0.contexts == contexts }?.hints }) { return hints }
        let hints = workOut()
        known.withLock { $0.append((contexts, hints)) }
        return hints
    }
}
