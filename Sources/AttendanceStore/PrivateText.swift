/// The one rule for private free text in output: call, contact and referral notes, fit-note
/// adjustments, interview answers and agreed actions, and HR decision notes are health data
/// (special-category personal data), so every output shows that one is held, never what it
/// says, unless the user asks for it explicitly (D-75).
public enum PrivateText {
    /// What an output shows in place of a private text that is held.
    public static let placeholder = "(private note held)"

    /// The placeholder for a held text, nil for none.
    public static func held(_ text: String?) -> String? { text == nil ? nil : placeholder }
}
