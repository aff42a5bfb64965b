import AttendanceData
import AttendanceLetters
import AttendanceRules
import AttendanceStore
import Foundation
import TestSupport

/// Store documents and shipped templates for the letter tests (nothing is read from a store).
enum LetterFixtures {
    static let templateFiles: [(set: String, name: String, file: String, text: String)] = {
        do { return try ShippedData.letterTemplateFiles() } catch { preconditionFailure("shipped letter templates missing: \(error)") }
    }()

    static func templates(for policy: String) -> LetterTemplates {
        LetterTemplates.forPolicy(policy, shipped: templateFiles.map { LetterTemplateFile(set: $0.set, name: $0.name, file: $0.file, text: $0.text) }, own: [])
    }

    static func day(_ text: String) -> CalendarDay { ShippedFixtures.day(text) }

    static func time(_ text: String) -> LocalDateTime {
        guard let value = LocalDateTime(iso: text) else { preconditionFailure("bad test time \(text)") }
        return value
    }

    static func organisation(policy: String, nation: Nation = .englandAndWales, role: String? = "Team Leader") -> OrganisationDocument {
        OrganisationDocument(name: "Tyneside Borough Council", policy: policy, nation: nation,
                             managers: [Manager(id: "m1", name: "Siân Llewelyn", email: "sian.llewelyn@example.org", role: role)],
                             teams: [Team(id: "t1", name: "Payroll", managerId: "m1")])
    }

    /// A person with a meeting of each kind the policy has (booked with the notice its checks
    /// need), a stage outcome for each stage (a warning where the stage issues one, appealed
    /// where the policy allows it) and a signed-off interview.
    static func employee(policy: PolicyProfile, secret: String = "SECRET-ANSWER") -> EmployeeDocument {
        var doc = EmployeeDocument(id: "e1", name: "Mohammed Iqbal", teamId: "t1", managerId: "m1")
        doc.absences = [AbsenceRecord(id: "a1", type: .sickness, start: day("2026-11-02"), end: day("2026-11-06"))]
        for rule in policy.meetings {
            // An appeal is heard after the outcome (8/12) and the appeal (10/12): in January.
            let appeal = LetterKind.invitation(forMeetingKind: rule.kind, policy: policy) == .appealInvitation
            doc.meetings.append(MeetingRecord(id: "mt-\(rule.kind)", kind: rule.kind, at: time(appeal ? "2027-01-12T10:00" : "2026-12-08T10:00"),
                                              durationMinutes: 60, place: "Room 2, Civic Centre",
                                              noticeGiven: time(appeal ? "2026-12-14T09:00" : "2026-11-23T09:00"), delivery: .hand))
        }
        for rule in policy.stages {
            let warning = rule.warning.map { _ in WarningRecord(stage: rule.id, issued: day("2026-12-08"), validity: rule.warning?.validity == nil ? Period(9, .months) : nil) }
            doc.stages.append(StageRecord(id: "o-\(rule.id)", stage: rule.id, decidedOn: day("2026-12-08"),
                                          outcome: warning == nil ? .noWarning : .warning, meetingId: "mt-\(rule.id)",
                                          warning: warning, reviewPeriodEnd: day("2027-02-08"),
                                          appeal: rule.appeal == nil ? nil : AppealRecord(lodged: day("2026-12-10"), heard: day("2027-01-12"), result: "dismissed")))
        }
        doc.interviews = [RTWInterview(id: "i1", absenceId: "a1", heldOn: day("2026-11-09"), status: .signedOff,
                                       answers: ["welcome": secret], agreedActions: ["SECRET-ACTION"], signedOffBy: "Siân Llewelyn",
                                       signedOffOn: day("2026-11-09"), employeeAcknowledged: true)]
        return doc
    }

    /// An invitation is dated the day its notice is given (23/11/2026, an appeal hearing's
    /// 14/12/2026); appeal letters after the appeal (10/12) and its hearing (12/01); others 09/12/2026.
    static func defaultDate(_ kind: LetterKind) -> String {
        switch kind {
        case .invitation: "2026-11-23"
        case .appealInvitation: "2026-12-14"
        case .appealAcknowledgement: "2026-12-11"
        case .appealOutcome: "2027-01-13"
        default: "2026-12-09"
        }
    }

    static func request(_ kind: LetterKind, policy: PolicyProfile, employee: EmployeeDocument? = nil, nation: Nation = .englandAndWales,
                        date: String? = nil, meeting: String? = nil, outcome: String? = nil, interview: String? = nil,
                        delivery: NoticeDelivery = .hand, includePrivate: Bool = false) -> LetterRequest {
        LetterRequest(kind: kind, employee: employee ?? self.employee(policy: policy), organisation: organisation(policy: policy.id, nation: nation),
                      policy: policy, calendar: .organisation(nation: nation, holidays: ShippedFixtures.holidays), date: day(date ?? defaultDate(kind)),
                      meetingId: meeting, outcomeId: outcome, interviewId: interview, delivery: delivery, includePrivate: includePrivate)
    }
}
