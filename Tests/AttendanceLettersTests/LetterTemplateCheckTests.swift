import AttendanceLetters
import Testing

/// A template with an unknown field or a syntax error is refused, naming the file, the line
/// and what is allowed; nothing is rendered from it.
@Suite struct LetterTemplateCheckTests {
    static let fields = LetterFields.schema(for: .invitation)

    func problems(_ text: String, partials: Set<String> = ["letterhead", "signature"]) -> [LetterTemplateProblem] {
        LetterTemplateCheck.problems(in: text, file: "my-letters/invitation.mustache", fields: Self.fields, partials: partials)
    }

    @Test func theShippedTemplatesPassTheirChecks() {
        for policy in ["newcastle-2016", "notts-police-2019", "cafcass-2017", "newcastle-2008", "police-asm"] {
            let templates = LetterFixtures.templates(for: policy)
            for kind in LetterKind.allCases {
                #expect(templates.problems(for: kind).isEmpty, "\(policy) \(kind): \(templates.problems(for: kind))")
            }
        }
    }

    @Test func anUnknownFieldIsRefusedWithItsLineAndTheFieldsAllowed() throws {
        let found = problems("Dear {{employee.name}},\n\nWe meet at {{meeting.venue}}.\n")
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.line == 3)
        #expect(problem.description.hasPrefix("my-letters/invitation.mustache line 3: unknown field 'meeting.venue'"))
        #expect(problem.problem.contains("meeting.place"), "names what is allowed")
    }

    @Test func fieldsResolveInsideSectionsAndFromOutsideThem() {
        #expect(problems("{{#meeting}}{{place}} for {{employee.name}}{{/meeting}}").isEmpty)
        #expect(problems("{{#meeting.outcomes}}- {{.}}\n{{/meeting.outcomes}}").isEmpty)
        #expect(problems("{{#meeting.papers}}{{what}}{{/meeting.papers}}").count == 0)
        #expect(problems("{{#employee}}{{what}}{{/employee}}").count == 1, "papers' fields are not employee's")
        #expect(problems("{{.}}").count == 1, "{{.}} only inside a list of texts")
    }

    @Test(arguments: [
        ("{{#meeting}}{{place}}", 1, "is never closed"),
        ("{{#meeting}}\n{{/employee}}", 2, "does not match"),
        ("{{/meeting}}", 1, "never opened"),
        ("{{meeting.name", 1, "never closed"),
        ("{{=<% %>=}}", 1, "delimiters"),
        ("{{> footer}}", 1, "unknown partial 'footer'"),
        ("{{uppercased(employee.name)}}", 1, "transforms"),
        ("{{meeting}}", 1, "not a value"),
        ("{{meeting.hasOutcomes}}", 1, "yes/no"),
        ("line\n{{$block}}x{{/block}}", 2, "inheritance"),
    ])
    func aBrokenTemplateIsRefusedAtItsLine(_ text: String, _ line: Int, _ words: String) throws {
        let problem = try #require(problems(text).first, "\(text) is refused")
        #expect(problem.line == line, "\(text): \(problem)")
        #expect(problem.problem.contains(words), "\(text): \(problem)")
    }

    @Test func rendersRefusesAnyTemplateWithAProblemAndNamesIt() throws {
        let templates = LetterTemplates([
            LetterTemplateFile(set: "", name: "invitation", file: "hr/invitation.mustache", text: "{{> letterhead}}\nDear {{employee.name}},\n{{meeting.when}}\n"),
            LetterTemplateFile(set: "", name: "letterhead", file: "hr/letterhead.mustache", text: "{{organisation.nam}}\n"),
        ])
        do {
            _ = try templates.render(.invitation, context: [:])
            Issue.record("a broken template rendered")
        } catch {
            let text = error.description
            #expect(text.contains("no letter was written"))
            #expect(text.contains("hr/invitation.mustache line 3: unknown field 'meeting.when'"))
            #expect(text.contains("hr/letterhead.mustache line 1: unknown field 'organisation.nam'"))
        }
    }

    @Test func hrsOwnTemplatesWinNameByNameOverTheShippedOnes() {
        let shipped = [LetterTemplateFile(set: "default", name: "invitation", file: "data/letters/default/invitation.mustache", text: "shipped"),
                       LetterTemplateFile(set: "default", name: "letterhead", file: "data/letters/default/letterhead.mustache", text: "shipped head")]
        let own = [LetterTemplateFile(set: "", name: "letterhead", file: "hr/letterhead.mustache", text: "ours"),
                   LetterTemplateFile(set: "newcastle-2016", name: "invitation", file: "hr/newcastle-2016/invitation.mustache", text: "ours for nul16"),
                   LetterTemplateFile(set: "", name: "notes", file: "hr/notes.mustache", text: "not a template name")]
        let nul16 = LetterTemplates.forPolicy("newcastle-2016", shipped: shipped, own: own)
        #expect(nul16.sources["invitation"]?.file == "hr/newcastle-2016/invitation.mustache")
        #expect(nul16.sources["letterhead"]?.file == "hr/letterhead.mustache")
        #expect(nul16.sources["notes"] == nil)
        let caf = LetterTemplates.forPolicy("cafcass-2017", shipped: shipped, own: own)
        #expect(caf.sources["invitation"]?.file == "data/letters/default/invitation.mustache")
    }
}
