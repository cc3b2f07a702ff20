import Foundation
import RekindleKit
import RekindleUI

/// Reopens the interface where the person left it: the section and pane are stored in the
/// database's settings when the app quits or is stopped by a signal, and restored at launch.
final class PositionRememberingApp: TerminalApp {
    private let app: AppController
    private let store: Store
    private let settingKey: String

    init(_ app: AppController, store: Store, guideID: String) {
        self.app = app
        self.store = store
        self.settingKey = "position.\(guideID)"
        if let json = try? store.setting(settingKey),
           let position = try? JSONDecoder().decode(Position.self, from: Data(json.utf8)) {
            app.position = position
        }
    }

    func handle(_ event: InputEvent, now: Date) -> TerminalCommand {
        let command = app.handle(event, now: now)
        if command == .quit { remember() }
        return command
    }

    func idle(now: Date) -> TerminalCommand { app.idle(now: now) }

    func render(size: Size) -> Grid { app.render(size: size) }

    func shutdown(now: Date) {
        app.shutdown(now: now)
        remember()
    }

    /// Losing the position is harmless, so a failure here is not worth interrupting a quit for.
    private func remember() {
        guard let position = app.position, let json = try? JSONEncoder().encode(position) else { return }
        try? store.setSetting(settingKey, to: String(decoding: json, as: UTF8.self))
    }
}
