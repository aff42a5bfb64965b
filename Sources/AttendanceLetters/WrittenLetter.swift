/// A letter as written: its content (fields and checklist) and the document its template made.
public struct WrittenLetter: @unchecked Sendable {
    public let content: LetterContent
    public let document: LetterDocument
}
