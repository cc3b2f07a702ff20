/// Words the command line and the interface share, so a contact logged reads the same in both.
public enum ToolWording {
    /// After logging contact: the history stays; the counter's own line says where it stands.
    public static let contactLogged = "Contact logged. Earlier stretches stay in the history."
}
