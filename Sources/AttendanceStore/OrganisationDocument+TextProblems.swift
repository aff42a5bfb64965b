extension OrganisationDocument {
    /// Stored names and ids that break the input rules (`TextRules`), by field, for `validate`.
    public var textProblems: [String] {
        var out: [String] = []
        func check(_ text: String, _ field: String, _ limit: Int) {
            if let problem = TextRules.problem(text, limit: limit) { out.append("\(field) \(problem)") }
        }
        check(name, "name", TextRules.nameLimit)
        for m in managers {
            check(m.id, "manager id \(TextRules.quoted(m.id))", TextRules.idLimit)
            check(m.name, "manager \(TextRules.quoted(m.id)) name", TextRules.nameLimit)
            if let role = m.role { check(role, "manager \(TextRules.quoted(m.id)) role", TextRules.nameLimit) }
        }
        for t in teams {
            check(t.id, "team id \(TextRules.quoted(t.id))", TextRules.idLimit)
            check(t.name, "team \(TextRules.quoted(t.id)) name", TextRules.nameLimit)
        }
        return out
    }
}
