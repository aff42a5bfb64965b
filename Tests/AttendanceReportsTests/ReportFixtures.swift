import AttendanceRules
import AttendanceStore
import Foundation

/// In-memory store documents for the export tests (no store files are read or written).
/// The policy is the shipped Newcastle 2016 profile, read from the repository's `data/`
/// folder because this test target does not depend on the bundle target.
enum ReportFixtures {
    static let policy = shippedPolicy("newcastle-2016")

    static func shippedPolicy(_ id: String) -> PolicyProfile {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("data/policies/\(id).json")
        do {
            return try PolicyLoader.load(try Data(contentsOf: file), file: file.path)
        } catch {
            preconditionFailure("shipped policy \(id) does not load: \(error)")
        }
    }

    /// Statutory bank holidays only, so the tests do not depend on the GOV.UK file.
    static let holidays = BankHolidayCalendar.computedOnly

    static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(iso: text) else { preconditionFailure("bad test date \(text)") }
        return day
    }

    static func time(_ text: String) -> LocalDateTime {
        guard let value = LocalDateTime(iso: text) else { preconditionFailure("bad test time \(text)") }
        return value
    }

    static let organisation = OrganisationDocument(
        name: "Test Borough", policy: "newcastle-2016", nation: .englandAndWales,
        managers: [Manager(id: "m1", name: "Alex Boss")],
        teams: [Team(id: "t1", name: "Payroll", managerId: "m1"), Team(id: "t2", name: "Parks", managerId: "m1")])

    /// Private text planted in every place the store keeps it; none of it may appear in an export.
    static let secrets = [
        "SECRET-CALL-NOTE", "SECRET-CONTACT-NOTE", "SECRET-HR-NOTE", "SECRET-ADJUSTMENTS",
        "SECRET-ANSWER", "SECRET-ACTION", "SECRET-OVERRIDE",
    ]

    /// Siân, with sickness (a reason, a note, a disability-related part day), leave, meetings
    /// and every kind of private note filled in.
    static func sian() -> EmployeeDocument {
        var doc = EmployeeDocument(id: "e1", name: "Siân Llŷr", teamId: "t1", managerId: "m1")
        doc.absences = [
            AbsenceRecord(id: "a1", type: .sickness, start: day("2026-02-02"), end: day("2026-02-04"),
                          reason: .backPain, certificate: .selfCertificate),
            AbsenceRecord(id: "a2", type: .sickness, start: day("2026-03-10"), end: day("2026-03-10"),
                          firstDayWorkedFraction: 0.5, related: .disability, reason: .musculoskeletal,
                          hrDecision: HRDecision(counts: false, decidedBy: "HR Team", decidedOn: day("2026-03-20"), note: "SECRET-HR-NOTE")),
            AbsenceRecord(id: "a3", type: .annualLeave, start: day("2026-04-06"), end: day("2026-04-10")),
            AbsenceRecord(id: "a4", type: .sickness, start: day("2026-05-11"), end: nil, reason: .stressAnxietyDepression),
            AbsenceRecord(id: "a0", type: .sickness, start: day("2024-01-08"), end: day("2024-01-09"), reason: .coldFlu),
        ]
        doc.sicknessCalls = [
            SicknessCall(id: "c1", absenceId: "a4", receivedAt: time("2026-05-11T08:00"), via: .phone,
                         reason: .stressAnxietyDepression, note: "SECRET-CALL-NOTE")
        ]
        doc.contacts = [ContactRecord(id: "k1", absenceId: "a4", on: day("2026-05-13"), by: "manager", via: .phone, note: "SECRET-CONTACT-NOTE")]
        doc.fitNotes = [FitNoteRecord(id: "f1", absenceId: "a4", from: day("2026-05-18"), to: day("2026-06-30"),
                                      received: day("2026-05-19"), mayBeFit: true, adjustments: "SECRET-ADJUSTMENTS")]
        doc.interviews = [RTWInterview(id: "i1", absenceId: "a1", heldOn: day("2026-02-05"),
                                       answers: ["wellbeing": "SECRET-ANSWER"], agreedActions: ["SECRET-ACTION"])]
        doc.meetings = [
            MeetingRecord(id: "mt1", kind: "stage1", at: time("2026-06-15T10:00"), durationMinutes: 60,
                          place: "Room 2, Civic Centre; floor 1", noticeGiven: time("2026-06-01T09:00"), delivery: .hand,
                          overrideReason: "SECRET-OVERRIDE", sequence: 2),
            MeetingRecord(id: "mt2", kind: "stage1-review", at: time("2026-01-12T14:30"), durationMinutes: 45,
                          place: "Teams", noticeGiven: time("2026-01-02T09:00"), delivery: .email, sequence: 1, cancelled: true),
        ]
        return doc
    }

    /// Wang, in another team, on a Monday/Wednesday/Friday pattern, with no absences.
    static func wang() -> EmployeeDocument {
        var doc = EmployeeDocument(id: "e2", name: "王小明", teamId: "t2", managerId: "m1",
                                   pattern: part, fte: 0.6)
        doc.meetings = [
            MeetingRecord(id: "mt9", kind: "asm-unknown-kind", at: time("2026-07-01T09:00"), place: "Café Zoë",
                          noticeGiven: time("2026-06-20T09:00"), delivery: .post)
        ]
        return doc
    }

    static let part: WorkingPattern = {
        do {
            return try WorkingPattern(days: [.monday, .wednesday, .friday], hoursPerDay: 7.5)
        } catch {
            preconditionFailure("test pattern invalid: \(error)")
        }
    }()
}
