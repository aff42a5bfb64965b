import AttendanceData
import AttendanceDemo
import AttendanceRules
import TestSupport
import AttendanceStore
import Foundation

/// The shipped policies and bank holidays, demo stores for a few days, and the checks every
/// demo store must pass.
enum DemoFixtures {
    static var holidays: BankHolidayCalendar { ShippedFixtures.holidays }
    static var policies: [PolicyProfile] { ShippedFixtures.policies }
    static func policy(_ id: String) -> PolicyProfile { ShippedFixtures.policy(id) }
    static func day(_ text: String) -> CalendarDay { ShippedFixtures.day(text) }

    /// A Wednesday in November, a Monday, the Monday after Easter (a bank holiday in England
    /// and Wales and Northern Ireland, not in Scotland), and the Boxing Day substitute.
    static let todays = ["2026-11-18", "2026-06-01", "2026-04-06", "2026-12-28"].map(day)

    static let today = day("2026-11-18")

    /// Every other Friday, Saturday, Sunday, Monday ... of 2027, to show the demo holds on any day.
    static let throughTheYear = (0..<27).map { day("2027-01-01").adding(days: $0 * 15) }

    static func demo(today: CalendarDay = today, policy: String = "newcastle-2016", seed: UInt64 = DemoOrganisation.defaultSeed)
        -> (organisation: OrganisationDocument, employees: [EmployeeDocument]) {
        DemoOrganisation.generate(today: today, policy: self.policy(policy), holidays: holidays, seed: seed)
    }

    static func nation(of employee: EmployeeDocument, in organisation: OrganisationDocument) -> Nation {
        employee.nation ?? organisation.nation
    }

    /// Everything wrong with one employee's document as of `today`: overlapping absences,
    /// impossible or future dates, broken cross-references, duplicate ids.
    static func problems(_ e: EmployeeDocument, today: CalendarDay) -> [String] {
        var out: [String] = []
        func fail(_ text: String) { out.append("\(e.id): \(text)") }
        let absences = e.absences.sorted { $0.start < $1.start }
        for a in absences {
            out += a.problems.map { "\(e.id): \($0)" }
            if let end = a.end, end < a.start { fail("\(a.id) ends before it starts") }
            if a.start > today { fail("\(a.id) starts in the future (\(a.start.iso))") }
            if let end = a.end, end >= today { fail("\(a.id) is closed but ends on or after today (\(end.iso))") }
            if let start = e.startDate, a.start < start { fail("\(a.id) starts before the start date") }
        }
        for (earlier, later) in zip(absences, absences.dropFirst()) {
            let earlierEnd = earlier.end ?? today
            if later.start <= earlierEnd { fail("\(earlier.id) and \(later.id) overlap") }
        }
        let absenceIds = Set(e.absences.map(\.id))
        let meetingIds = Set(e.meetings.map(\.id))
        for c in e.sicknessCalls {
            if !absenceIds.contains(c.absenceId) { fail("\(c.id) names no absence") }
            if c.receivedAt.day > today { fail("\(c.id) is received in the future") }
        }
        for c in e.contacts {
            if let id = c.absenceId, !absenceIds.contains(id) { fail("\(c.id) names no absence") }
            if c.on > today { fail("\(c.id) is in the future") }
        }
        for f in e.fitNotes {
            if !absenceIds.contains(f.absenceId) { fail("\(f.id) names no absence") }
            if f.to < f.from { fail("\(f.id) ends before it starts") }
            if f.received > today || f.from > today { fail("\(f.id) is received in the future") }
        }
        for i in e.interviews {
            if !absenceIds.contains(i.absenceId) { fail("\(i.id) names no absence") }
            if i.heldOn > today { fail("\(i.id) is held in the future") }
            if let end = e.absences.first(where: { $0.id == i.absenceId })?.end, i.heldOn <= end { fail("\(i.id) is held before the return") }
        }
        for m in e.meetings where m.noticeGiven.day > today || m.noticeGiven >= m.at {
            fail("\(m.id): notice given \(m.noticeGiven.iso) is in the future or not before the meeting")
        }
        for s in e.stages {
            if let id = s.meetingId, !meetingIds.contains(id) { fail("\(s.id) names no meeting") }
            if s.decidedOn > today { fail("\(s.id) is decided in the future") }
            if let appeal = s.appeal, appeal.lodged > today || (appeal.heard.map { $0 > today || $0 < appeal.lodged } ?? false) {
                fail("\(s.id): appeal dates are in the future or out of order")
            }
        }
        for (name, ids) in [("absence", e.absences.map(\.id)), ("call", e.sicknessCalls.map(\.id)), ("contact", e.contacts.map(\.id)),
                            ("fit note", e.fitNotes.map(\.id)), ("interview", e.interviews.map(\.id)),
                            ("meeting", e.meetings.map(\.id)), ("stage", e.stages.map(\.id))]
        where Set(ids).count != ids.count {
            fail("duplicate \(name) ids")
        }
        return out
    }

    /// The facts a meeting's checks need, read back from the employee's record: the return
    /// before the notice, the appeal heard at the meeting, the open absence.
    static func checkInput(_ meeting: MeetingRecord, of e: EmployeeDocument) -> MeetingCheckInput {
        var input = MeetingCheckInput(noticeGiven: meeting.noticeGiven, meeting: meeting.at, delivery: meeting.delivery)
        input.returned = e.absences.compactMap { a in
            a.type == .sickness ? a.end.flatMap { $0 < meeting.noticeGiven.day ? $0.next : nil } : nil
        }.max()
        if let stage = e.stages.first(where: { $0.appeal?.heard == meeting.at.day }), let appeal = stage.appeal {
            input.outcomeIssued = stage.decidedOn
            input.outcomeReceived = stage.decidedOn
            input.appealLodged = appeal.lodged
        }
        input.absenceStart = e.openSickness?.start
        return input
    }

    /// Every meeting whose checks fail, with the reason.
    static func failingMeetings(_ organisation: OrganisationDocument, _ employees: [EmployeeDocument], policy: PolicyProfile) -> [String] {
        var out: [String] = []
        for e in employees {
            let scheduler = MeetingScheduler(policy: policy, calendar: .organisation(nation: nation(of: e, in: organisation), holidays: holidays))
            for m in e.meetings {
                do {
                    let report = try scheduler.check(kind: m.kind, checkInput(m, of: e))
                    for c in report.checks where !c.ok { out.append("\(e.id) \(m.id) \(m.kind): \(c.id) requires \(c.required); \(c.actual)") }
                } catch {
                    out.append("\(e.id) \(m.id) \(m.kind): \(error.message)")
                }
            }
        }
        return out
    }

    static func evaluate(_ organisation: OrganisationDocument, _ employees: [EmployeeDocument], policy: String = "newcastle-2016",
                         asOf: CalendarDay) -> [String: EmployeeEvaluation] {
        let evaluator = AttendanceEvaluator(policy: self.policy(policy), holidays: holidays)
        var out: [String: EmployeeEvaluation] = [:]
        for e in employees { out[e.id] = evaluator.evaluate(e.rulesRecord(organisation: organisation), asOf: asOf) }
        return out
    }
}
