import Foundation

// Writing notes: waits for TextBuffer (RekindleUI/Editor) to land on main.
extension AppState {
    mutating func startEditingNotes() {}
    mutating func stopEditingNotes(now: Date) {}
    mutating func editNotes(now: Date, _ edit: (inout String) -> Void) {}
    mutating func handleNotesEditorKey(_ key: Key, action: Action?, now: Date) -> [Effect] { [] }
}
