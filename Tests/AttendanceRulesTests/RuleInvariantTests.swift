import AttendanceRules
import PropertyBased
import Testing

/// Invariants of the rules over generated cases (issue 10): the earliest valid meeting time
/// passes every check that depends on the time; a part day that does not count changes no
/// figure; where a record's end falls in the weekend before the return changes no duty's date.
@Suite struct RuleInvariantTests {
    typealias F = Fixtures
    static let policies = ["newcastle-2016", "newcastle-2008", "notts-police-2019", "cafcass-2017", "police-asm"]
    /// Checks whose verdict does not depend on the meeting's time.
    static let timeFree: Set<String> = ["stage1-arranged-5wd", "stage2-appeal-10wd", "stage3-appeal-10wd", "appeal-7wd", "appeal-lodged-10wd",
                                        "stage1-place", "stage2-place", "stage3-place", "appeal-place"]

    @Test func theEarliestValidTimePassesEveryTimeDependentCheck() async throws {
        let base = F.day("2026-01-05")
        await propertyCheck(count: 300, input: Gen.int(in: 0...4), Gen.int(in: 0...7), Gen.int(in: 0...700), Gen.int(in: 0...(24 * 60 - 1)),
                            Gen.int(in: 0...2), Gen.int(in: -15...30)) { p, k, dayOffset, minute, nationIndex, offset in
            let policy = F.policy(Self.policies[p])
            let meeting = policy.meetings[k % policy.meetings.count]
            let nation = Nation.allCases[nationIndex]
            let notice = LocalDateTime(day: base.adding(days: dayOffset), minuteOfDay: minute)
            let anchor = notice.day.adding(days: offset)
            let delivery = [NoticeDelivery.hand, .email, .post][abs(offset) % 3]
            let input = MeetingCheckInput(
                noticeGiven: notice, meeting: LocalDateTime(day: notice.day.adding(days: 30), minuteOfDay: 600), delivery: delivery,
                returned: anchor, outcomeIssued: notice.day, outcomeReceived: notice.day, appealLodged: notice.day.next,
                papersSent: anchor, outcomeSent: anchor.adding(days: 20), originalMeeting: anchor.adding(days: 10),
                absenceStart: anchor.adding(days: -60), place: "Room 2")
            let scheduler = MeetingScheduler(policy: policy, calendar: .organisation(nation: nation, holidays: F.holidays))
            guard let report = try? scheduler.check(kind: meeting.kind, input), let earliest = report.earliestValid else { return }
            var atEarliest = input
            atEarliest.meeting = earliest
            guard earliest > notice, let again = try? scheduler.check(kind: meeting.kind, atEarliest) else {
                Issue.record("\(policy.id) \(meeting.kind): earliest \(earliest.iso) is not after the notice \(notice.iso)")
                return
            }
            let failing = again.checks.filter { !$0.ok && !Self.timeFree.contains($0.id) }
            #expect(failing.isEmpty, "\(policy.id) \(meeting.kind) \(nation) notice \(notice.iso): earliest \(earliest.iso) fails \(failing.map(\.id))")
        }
    }

    @Test func aPartDayThatDoesNotCountChangesNoFigure() async {
        let base = F.day("2026-01-05")
        await propertyCheck(count: 300, input: Gen.int(in: 0...4), Gen.int(in: 0...300).array(of: 1...6), Gen.int(in: 0...340),
                            Gen.double(in: 0.5...0.95), Gen.bool) { p, starts, partOffset, worked, onFirstDay in
            // Sickness records of 1-3 days that do not overlap, and a part day on a day none holds.
            var records: [AbsenceRecord] = []
            var taken = Set<Int>()
            for (i, offset) in starts.sorted().enumerated() {
                let start = base.adding(days: offset)
                let end = start.adding(days: i % 3)
                let days = Set(start.dayNumber...end.dayNumber)
                guard taken.isDisjoint(with: days.union([start.dayNumber - 1, end.dayNumber + 1])) else { continue }
                taken.formUnion(days)
                records.append(AbsenceRecord(id: "r\(i)", type: .sickness, start: start, end: end))
            }
            let partDay = base.adding(days: partOffset)
            guard !taken.contains(partDay.dayNumber) else { return }
            // On a day they do not work, a part day worked is work between two absences and
            // ends the spell (D-98; `aPartDayWorkedOnADayOffEndsTheSpell`).
            let calendar = WorkingCalendar(pattern: .mondayToFriday, nation: .englandAndWales, holidays: F.holidays)
            guard calendar.isWorkingDay(partDay) else { return }
            let part = AbsenceRecord(id: "part", type: .sickness, start: partDay, end: partDay,
                                     firstDayWorkedFraction: onFirstDay ? worked : nil, lastDayWorkedFraction: onFirstDay ? nil : worked)
            let asOf = "2026-12-31"
            let before = F.evaluate(Self.policies[p], F.employee(records), asOf: asOf).figures
            let after = F.evaluate(Self.policies[p], F.employee(records + [part]), asOf: asOf).figures
            #expect(before.occasions == after.occasions, "\(Self.policies[p]) part day \(partDay.iso)")
            #expect(before.calendarDays == after.calendarDays, "\(Self.policies[p]) part day \(partDay.iso)")
            #expect(before.workingDays == after.workingDays, "\(Self.policies[p]) part day \(partDay.iso)")
            #expect(before.bradford == after.bradford, "\(Self.policies[p]) part day \(partDay.iso)")
        }
    }

    /// Sick on Friday 14 and from Sunday 16 to Monday 17 August 2026: one spell across the
    /// Saturday off (NUL16 counts spells across non-working days). A record that they worked
    /// half of that Saturday puts a day of work between the two, so they are two spells.
    @Test func aPartDayWorkedOnADayOffEndsTheSpell() {
        let records = [AbsenceRecord(id: "a", type: .sickness, start: F.day("2026-08-14"), end: F.day("2026-08-14")),
                       AbsenceRecord(id: "b", type: .sickness, start: F.day("2026-08-16"), end: F.day("2026-08-17"))]
        let saturday = AbsenceRecord(id: "p", type: .sickness, start: F.day("2026-08-15"), end: F.day("2026-08-15"), lastDayWorkedFraction: 0.5)
        let one = F.evaluate("newcastle-2016", F.employee(records), asOf: "2026-12-31").figures
        let two = F.evaluate("newcastle-2016", F.employee(records + [saturday]), asOf: "2026-12-31").figures
        #expect(one.occasions == 1 && one.calendarDays == 4)
        #expect(two.occasions == 2 && two.calendarDays == 3, "the worked Saturday is not a sick day either")
    }

    @Test func whereTheEndFallsInTheWeekendBeforeTheReturnChangesNoDutyDate() async {
        // A Monday-to-Friday worker off from a weekday to a Friday, recorded as ending Friday,
        // Saturday or Sunday: every duty is due on the same day.
        let firstMonday = F.day("2026-01-05")
        await propertyCheck(count: 200, input: Gen.int(in: 0...4), Gen.int(in: 0...45), Gen.int(in: 0...4),
                            Gen.int(in: 0...3), Gen.int(in: 0...2)) { p, week, startWeekday, weeks, nationIndex in
            let start = firstMonday.adding(days: week * 7 + startWeekday)
            let friday = firstMonday.adding(days: (week + weeks) * 7 + 4)
            let nation = Nation.allCases[nationIndex]
            func dates(endingOn end: CalendarDay) -> [String: CalendarDay?] {
                let records = [AbsenceRecord(id: "a", type: .sickness, start: start, end: end)]
                let employee = F.employee(records, nation: nation)
                let figures = F.evaluate(Self.policies[p], employee, asOf: end.adding(days: 3).iso).figures
                let planner = DutyPlanner(policy: F.policy(Self.policies[p]),
                                          employeeCalendar: WorkingCalendar(pattern: .mondayToFriday, nation: nation, holidays: F.holidays),
                                          organisationCalendar: .organisation(nation: nation, holidays: F.holidays))
                let duties = planner.duties(for: employee, figures: figures, facts: { _ in AbsenceFacts() }, asOf: friday.adding(days: 3))
                var out: [String: CalendarDay?] = [:]
                for duty in duties.flatMap(\.duties) where ["self-certificate", "rtw-interview"].contains(duty.id) { out[duty.id] = duty.due }
                return out
            }
            let onFriday = dates(endingOn: friday)
            // Certificates depend on the length in calendar days, so compare the dates of the
            // duties both lengths have.
            for end in [friday.next, friday.next.next] {
                let other = dates(endingOn: end)
                for (id, due) in onFriday where other[id] != nil {
                    #expect(other[id] == due, "\(Self.policies[p]) \(nation) \(start.iso)–\(end.iso): \(id)")
                }
            }
        }
    }
}
