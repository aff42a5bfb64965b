import Mustache

/// The templates one policy's letters are written with: a template per letter kind and the
/// partials they share (`{{> letterhead}}`, `{{> signature}}`), rendered by swift-mustache.
/// Every template is checked (`LetterTemplateCheck`) before it is used.
public struct LetterTemplates: Sendable {
    /// The partials a letter template may include.
    public static let partialNames: Set<String> = ["letterhead", "signature"]

    /// Every template name a complete set has.
    public static var allNames: [String] { LetterKind.allCases.map(\.templateName) + partialNames.sorted() }

    public let sources: [String: LetterTemplateFile]

    public init(_ sources: [LetterTemplateFile]) {
        var byName: [String: LetterTemplateFile] = [:]
        for source in sources { byName[source.name] = source }
        self.sources = byName
    }

    /// The templates for `policyId`, name by name, the first found of: HR's own folder for the
    /// policy (`<letters-dir>/<policy-id>/`), the top of HR's folder (one letterhead for every
    /// policy), the shipped set for the policy (`data/letters/<policy-id>/`), the shipped default.
    public static func forPolicy(_ policyId: String, shipped: [LetterTemplateFile], own: [LetterTemplateFile]) -> LetterTemplates {
        let layers = [own.filter { $0.set == policyId }, own.filter { $0.set.isEmpty },
                      shipped.filter { $0.set == policyId }, shipped.filter { $0.set == "default" }]
        var chosen: [String: LetterTemplateFile] = [:]
        for layer in layers {
            for file in layer where chosen[file.name] == nil && allNames.contains(file.name) {
                chosen[file.name] = file
            }
        }
        return LetterTemplates(Array(chosen.values))
    }

    /// The problems of the templates `kind` needs: its own and the partials.
    public func problems(for kind: LetterKind) -> [LetterTemplateProblem] {
        let fields = LetterFields.schema(for: kind)
        guard let main = sources[kind.templateName] else {
            return [LetterTemplateProblem(file: "\(kind.templateName).mustache", line: 1, problem: "there is no template for \(kind.rawValue) letters")]
        }
        // attend's own check names the tag and its line; the engine's parser, which says less,
        // is asked only about a file the check passed.
        func checked(_ file: LetterTemplateFile, partials: Set<String>, allowPartials: Bool) -> [LetterTemplateProblem] {
            let own = LetterTemplateCheck.problems(in: file.text, file: file.file, fields: fields, partials: partials, allowPartials: allowPartials)
            return own.isEmpty ? Self.syntaxProblems(file) : own
        }
        var problems = checked(main, partials: Set(sources.keys).intersection(Self.partialNames), allowPartials: true)
        for name in Self.partialNames.sorted() {
            guard let partial = sources[name] else { continue }
            problems += checked(partial, partials: [], allowPartials: false)
        }
        return problems
    }

    /// The letter's text, rendered from `context` (built by `LetterContent` for `kind`).
    public func render(_ kind: LetterKind, context: [String: Any]) throws(LetterTemplateProblems) -> String {
        let problems = problems(for: kind)
        guard problems.isEmpty, let main = sources[kind.templateName] else { throw LetterTemplateProblems(problems) }
        var library = MustacheLibrary()
        for (name, source) in sources where name == kind.templateName || Self.partialNames.contains(name) {
            guard let template = try? MustacheTemplate(string: Self.asText(source.text)) else { continue }
            library.register(template, named: name)
        }
        guard let rendered = library.render(context, withTemplate: main.name) else {
            throw LetterTemplateProblems([LetterTemplateProblem(file: main.file, line: 1, problem: "the template could not be rendered")])
        }
        return rendered
    }

    /// The engine escapes for HTML unless told otherwise; a letter is text (the DOCX writer
    /// escapes for XML itself). The pragma goes on the first line, so line numbers hold.
    static func asText(_ text: String) -> String { "{{% CONTENT_TYPE: TEXT}}" + text }

    /// What the engine's own parser refuses, with its line.
    static func syntaxProblems(_ source: LetterTemplateFile) -> [LetterTemplateProblem] {
        do {
            _ = try MustacheTemplate(string: asText(source.text))
            return []
        } catch let error as MustacheTemplate.ParserError {
            return [LetterTemplateProblem(file: source.file, line: error.context.lineNumber, problem: "the template does not parse (\(describe(error.error))) near “\(error.context.line.trimmingCharacters(in: .whitespaces))”")]
        } catch {
            return [LetterTemplateProblem(file: source.file, line: 1, problem: "the template does not parse (\(error))")]
        }
    }

    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with another section's name"
        case .unfinishedName: return "a tag is not finished"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "a delimiter change is badly formed"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection: return "template inheritance is misused"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "a pragma is badly formed"
        }
    }
}
