import AttendanceLetters
import AttendanceRules
import AttendanceStore
import Foundation
import Testing
import TestSupport

/// Every letter kind renders for every shipped policy, speaks to the employee, carries no
/// rule citation and no private note, and uses only fields its schema names.
@Suite struct LetterRenderingTests {
    /// Each (policy, kind, record) a letter can be written for with the fixture person.
    static var cases: [(policy: String, kind: LetterKind, meeting: String?, outcome: String?, interview: String?)] {
        var out: [(String, LetterKind, String?, String?, String?)] = []
        for policy in ShippedFixtures.policies {
            let appealKinds = Set(policy.stages.compactMap(\.appeal?.meetingKind))
            for meeting in policy.meetings {
                if appealKinds.contains(meeting.kind) {
                    let appealed = policy.stages.first { $0.appeal?.meetingKind == meeting.kind }.map { "o-\($0.id)" }
                    out.append((policy.id, .appealInvitation, "mt-\(meeting.kind)", appealed, nil))
                } else {
                    out.append((policy.id, .invitation, "mt-\(meeting.kind)", nil, nil))
                }
            }
            for stage in policy.stages {
                out.append((policy.id, .outcome, nil, "o-\(stage.id)", nil))
                if stage.appeal != nil {
                    out.append((policy.id, .appealAcknowledgement, nil, "o-\(stage.id)", nil))
                    out.append((policy.id, .appealOutcome, nil, "o-\(stage.id)", nil))
                }
            }
            out.append((policy.id, .interviewRecord, nil, nil, "i1"))
        }
        return out
    }

    func write(_ c: (policy: String, kind: LetterKind, meeting: String?, outcome: String?, interview: String?), includePrivate: Bool = false) throws -> WrittenLetter {
        let policy = ShippedFixtures.policy(c.policy)
        let request = LetterFixtures.request(c.kind, policy: policy, meeting: c.meeting, outcome: c.outcome, interview: c.interview, includePrivate: includePrivate)
        return try LetterWriter(templates: LetterFixtures.templates(for: c.policy)).write(request)
    }

    @Test func everyLetterKindRendersForEveryPolicyAsALetterToTheEmployee() throws {
        let all = Self.cases
        #expect(Set(all.map(\.kind)) == Set(LetterKind.allCases), "the fixtures reach every letter kind")
        for c in all {
            let letter = try write(c)
            let text = letter.document.plainText
            let label = "\(c.policy) \(c.kind.rawValue) \(c.meeting ?? c.outcome ?? c.interview ?? "")"
            #expect(text.contains("Mohammed Iqbal"), "\(label) names the employee")
            #expect(text.contains(LetterDates.long(LetterFixtures.day(LetterFixtures.defaultDate(c.kind)))), "\(label) is dated")
            if c.kind != .interviewRecord {
                #expect(text.contains("Dear Mohammed Iqbal,"), "\(label) is addressed to the employee")
                #expect(text.contains("Yours sincerely,\n\nSiân Llewelyn\nTeam Leader\nTyneside Borough Council"), "\(label) is signed by the manager with their role")
            }
            #expect(!text.contains("{{") && !text.contains("}}"), "\(label) has no template tags left")
            #expect(text.range(of: #"\[\d{3}:\d+"#, options: .regularExpression) == nil, "\(label) carries no rule citation")
            #expect(text.range(of: #"\bAMB-\d"#, options: .regularExpression) == nil, "\(label) carries no ambiguity id")
            #expect(!text.contains("The employee may") && !text.contains("The individual may"), "\(label) speaks to the employee, not of them")
            #expect(!text.contains("SECRET"), "\(label) holds no private note")
            #expect(!letter.content.checklist.isEmpty, "\(label) comes with a checklist for the manager")
        }
    }

    @Test func anInvitationGivesTheDateTimePlaceRightToBeAccompaniedAndOutcomes() throws {
        let letter = try write(("newcastle-2016", .invitation, "mt-stage2", nil, nil))
        let text = letter.document.plainText
        #expect(text.contains("Tuesday 8 December 2026 at 10:00"))
        #expect(text.contains("Room 2, Civic Centre"))
        #expect(text.contains("finishing by 11:00"))
        #expect(text.contains("You have the right to be accompanied by a trade union representative or a work colleague"))
        #expect(text.contains("The possible outcomes of the meeting are:"))
        #expect(text.contains("please contact me at sian.llewelyn@example.org"))
        let headings = letter.document.blocks.compactMap { if case .heading(let h) = $0 { h } else { nil } }
        #expect(headings.contains("Being accompanied"))
    }

    @Test func papersSentBeforeAHearingAreDatedInWorkingDays() throws {
        // Cafcass: papers 5 working days before the Stage 3 hearing (CAF s2.3.4); a hearing
        // on Tue 8 Dec 2026 → Tue 1 Dec 2026.
        let text = try write(("cafcass-2017", .invitation, "mt-stage3", nil, nil)).document.plainText
        #expect(text.contains("by Tuesday 1 December 2026"), "\(text)")
    }

    @Test func theInterviewRecordLeavesOutAnswersUnlessAskedAndThenIncludesThem() throws {
        let plain = try write(("newcastle-2016", .interviewRecord, nil, nil, "i1"))
        #expect(!plain.document.plainText.contains("SECRET"))
        #expect(plain.document.plainText.contains("Welcome the employee back"))
        #expect(plain.document.plainText.contains("private health information"))
        #expect(!plain.content.includesPrivate)
        let full = try write(("newcastle-2016", .interviewRecord, nil, nil, "i1"), includePrivate: true)
        #expect(full.document.plainText.contains("SECRET-ANSWER"))
        #expect(full.document.plainText.contains("- SECRET-ACTION"))
        #expect(full.content.includesPrivate)
        #expect(full.document.plainText.contains("Signed off by Siân Llewelyn on 9 November 2026."))
        #expect(full.document.plainText.contains("The employee acknowledged this record."))
    }

    @Test func everyFieldTheBuilderFillsIsInItsKindsSchema() throws {
        func paths(_ value: Any, _ prefix: String, into out: inout Set<String>) {
            if let object = value as? [String: Any] {
                for (key, child) in object { let path = prefix.isEmpty ? key : "\(prefix).\(key)"; out.insert(path); paths(child, path, into: &out) }
            } else if let list = value as? [[String: Any]] {
                for item in list { paths(item, prefix, into: &out) }
            }
        }
        func schemaPaths(_ fields: [String: LetterField], _ prefix: String, into out: inout Set<String>) {
            for (key, field) in fields {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                out.insert(path)
                switch field {
                case .object(_, let children), .list(_, let children): schemaPaths(children, path, into: &out)
                default: break
                }
            }
        }
        for c in Self.cases {
            let letter = try write(c, includePrivate: true)
            var built = Set<String>(), allowed = Set<String>()
            paths(letter.content.fields, "", into: &built)
            schemaPaths(LetterFields.schema(for: c.kind), "", into: &allowed)
            #expect(built.subtracting(allowed).isEmpty, "\(c.policy) \(c.kind): fields not in the schema: \(built.subtracting(allowed).sorted())")
        }
    }

    @Test func aLetterCannotBeWrittenForARecordThatIsNotThere() throws {
        let policy = ShippedFixtures.policy("newcastle-2016")
        let writer = LetterWriter(templates: LetterFixtures.templates(for: policy.id))
        #expect(throws: LetterRequestProblem.self) { try writer.write(LetterFixtures.request(.invitation, policy: policy, meeting: "nope")) }
        #expect(throws: LetterRequestProblem.self) { try writer.write(LetterFixtures.request(.invitation, policy: policy)) }
        #expect(throws: LetterRequestProblem.self) { try writer.write(LetterFixtures.request(.invitation, policy: policy, meeting: "mt-appeal")) }
        #expect(throws: LetterRequestProblem.self) { try writer.write(LetterFixtures.request(.appealAcknowledgement, policy: policy, outcome: "o-stage1")) }
    }
}
