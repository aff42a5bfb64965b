/// One block of a letter, as a template writes it: a heading (`# Heading`), a bullet
/// (`- item`), or a paragraph of one or more lines (an address keeps its line breaks).
public enum LetterBlock: Hashable, Sendable {
    case heading(String)
    case bullet(String)
    case paragraph([String])
}
