/// Writes letters: the request's facts (`LetterContent`) through the policy's template.
public struct LetterWriter: Sendable {
    public let templates: LetterTemplates

    public init(templates: LetterTemplates) { self.templates = templates }

    /// The letter for `request`; throws `LetterRequestProblem` when the record cannot give it
    /// and `LetterTemplateProblems` when a template cannot be used. Nothing is written either way.
    public func write(_ request: LetterRequest) throws -> WrittenLetter {
        let content = try LetterContent(request)
        let text = try templates.render(request.kind, context: content.fields)
        return WrittenLetter(content: content, document: LetterDocument(title: content.title, text: text))
    }
}
