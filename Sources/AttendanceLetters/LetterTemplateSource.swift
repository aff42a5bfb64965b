/// One template file's text and where it came from (shown in every problem).
public struct LetterTemplateSource: Hashable, Sendable {
    /// The template's name: a letter kind (`invitation`) or a partial (`letterhead`).
    public let name: String
    /// The file, as a user would find it: `data/letters/default/invitation.mustache`.
    public let file: String
    public let text: String

    public init(name: String, file: String, text: String) {
        self.name = name
        self.file = file
        self.text = text
    }
}
