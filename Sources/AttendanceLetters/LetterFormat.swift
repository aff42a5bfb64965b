/// The formats a letter is written out in: a Word document, or plain text for an e-mail.
public enum LetterFormat: String, CaseIterable, Sendable {
    case docx
    case text

    /// The file extension: `docx`, `txt`.
    public var fileExtension: String { self == .docx ? "docx" : "txt" }
}
