import AttendanceDemo
import AttendanceRules
import AttendanceStore
import Foundation
import Testing

/// The demo store of `attend init --demo`: deterministic, valid, loadable, and true to its policy.
@Suite struct DemoOrganisationTests {
    @Test func theSameSeedAndTodayGiveTheSameStore() {
        let first = DemoFixtures.demo()
        let second = DemoFixtures.demo()
        #expect(first.organisation == second.organisation)
        #expect(first.employees == second.employees)
        let otherSeed = DemoFixtures.demo(seed: 7)
        #expect(otherSeed.employees != first.employees)
        #expect(otherSeed.employees.map(\.id) == first.employees.map(\.id))
    }

    @Test func theSameInputsEncodeToTheSameBytes() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let first = try DemoFixtures.demo().employees.map { try encoder.encode($0) }
        let second = try DemoFixtures.demo().employees.map { try encoder.encode($0) }
        #expect(first == second)
    }

    @Test(arguments: DemoFixtures.todays)
    func absencesNeverOverlapAndNothingButMeetingsIsInTheFuture(today: CalendarDay) {
        let demo = DemoFixtures.demo(today: today)
        let problems = demo.employees.flatMap { DemoFixtures.problems($0, today: today) }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(demo.employees.contains { $0.meetings.contains { $0.at.day > today } }, "some meetings are booked ahead")
    }

    @Test func historyCoversTwoYearsEndingToday() {
        let today = DemoFixtures.today
        let starts = DemoFixtures.demo().employees.flatMap(\.absences).map(\.start)
        #expect(starts.min().map { $0 < today.adding(days: -600) && $0 >= today.adding(days: -730) } == true)
        #expect(starts.max().map { $0 > today.adding(days: -7) } == true)
    }

    @Test func everyEmployeeRoundTripsThroughTheFileStore() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("attend-demo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let demo = DemoFixtures.demo()
        let store = FileStore(root: root)
        try store.create(demo.organisation, employees: demo.employees, actor: "test")
        let snapshot = try store.load()
        #expect(snapshot.problems.isEmpty, "\(snapshot.problems)")
        var organisation = demo.organisation
        organisation.revision = 1
        organisation.history = snapshot.organisation.history
        #expect(snapshot.organisation.history.map(\.action) == ["init"])
        #expect(snapshot.organisation == organisation)
        #expect(snapshot.employees.count == demo.employees.count)
        for original in demo.employees {
            var expected = original
            expected.revision = 1
            expected.history = snapshot.employee(original.id)?.history ?? []
            #expect(expected.history.map(\.revision) == [1])
            #expect(snapshot.employee(original.id) == expected, "employee \(original.id) changed in the round trip")
        }
    }

    @Test(arguments: DemoFixtures.todays)
    func theDefaultPolicyShowsNoTriggerBothBradfordPointsAndLongTerm(today: CalendarDay) {
        let demo = DemoFixtures.demo(today: today)
        let evaluations = DemoFixtures.evaluate(demo.organisation, demo.employees, asOf: today)
        let hits = evaluations.values.map { Set($0.triggersHit) }
        #expect(hits.contains { $0.isEmpty })
        #expect(hits.contains { $0.contains("bradford-150") && !$0.contains("bradford-500") })
        #expect(hits.contains { $0.contains("bradford-500") })
        #expect(hits.contains { $0.contains("long-term") })
        #expect(hits.filter(\.isEmpty).count >= 20, "most people have reached no trigger")
    }

    @Test(arguments: DemoFixtures.throughTheYear)
    func anyDayGivesAValidDemoWithTheWholeTriggerMix(today: CalendarDay) {
        let seed = UInt64(today.dayNumber)
        let demo = DemoFixtures.demo(today: today, seed: seed)
        let problems = demo.employees.flatMap { DemoFixtures.problems($0, today: today) }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        let failures = DemoFixtures.failingMeetings(demo.organisation, demo.employees, policy: DemoFixtures.policy("newcastle-2016"))
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        let hits = DemoFixtures.evaluate(demo.organisation, demo.employees, asOf: today).values.map { Set($0.triggersHit) }
        #expect(hits.contains { $0.isEmpty })
        #expect(hits.contains { $0.contains("bradford-150") && !$0.contains("bradford-500") })
        #expect(hits.contains { $0.contains("bradford-500") })
        #expect(hits.contains { $0.contains("long-term") })
    }

    @Test func theOrganisationHasThreeManagersAndTeamsOfEightToFifteen() {
        let demo = DemoFixtures.demo()
        #expect(demo.organisation.managers.count == 3)
        #expect(demo.organisation.policy == "newcastle-2016")
        #expect((30...40).contains(demo.employees.count))
        for team in demo.organisation.teams {
            let members = demo.employees.filter { $0.teamId == team.id }
            #expect((8...15).contains(members.count), "team \(team.id) has \(members.count)")
            #expect(members.allSatisfy { $0.managerId == team.managerId })
        }
    }

    @Test func namesIncludeWelshScottishGaelicIrishAndChinese() {
        let names = DemoFixtures.demo().employees.map(\.name)
        for expected in ["Siân Llŷr", "Dafydd ap Gwilym", "Eilidh NicLeòid", "Aoife Ní Bhriain", "Pádraig Ó Súilleabháin"] {
            #expect(names.contains(expected), "\(expected)")
        }
        #expect(names.contains { $0.contains("王小明") && $0.contains("Wang Xiaoming") })
    }

    @Test func partTimersHaveTheirOwnPatternsAndFTE() {
        let employees = DemoFixtures.demo().employees
        let partTime = employees.filter { $0.fte < 1 }
        #expect(partTime.count >= 5)
        #expect(partTime.allSatisfy { $0.pattern.isPartTime(relativeTo: .mondayToFriday) })
        #expect(employees.contains { $0.pattern.sortedDays == [.monday, .tuesday, .wednesday] })
        #expect(employees.contains { $0.pattern.sortedDays == [.tuesday, .thursday] })
        #expect(employees.contains { $0.pattern.days.count == 4 && $0.pattern.hours(on: .friday) < $0.pattern.hoursPerDay })
        // Their sickness starts and ends on days they work.
        for e in partTime {
            let calendar = WorkingCalendar(pattern: e.pattern, nation: e.nation ?? .englandAndWales, holidays: DemoFixtures.holidays)
            for a in e.absences where a.type == .sickness {
                #expect(calendar.isWorkingDay(a.start), "\(e.id) \(a.id)")
                if let end = a.end { #expect(calendar.isWorkingDay(end), "\(e.id) \(a.id)") }
            }
        }
    }

    @Test func peopleWorkInAllThreeNations() {
        let demo = DemoFixtures.demo()
        let nations = Set(demo.employees.map { DemoFixtures.nation(of: $0, in: demo.organisation) })
        #expect(nations == Set(Nation.allCases))
        // A nation is written only where it differs from the organisation's.
        #expect(demo.employees.allSatisfy { $0.nation != demo.organisation.nation })
        let scottish = DemoFixtures.demo().employees.filter { $0.nation == .scotland }
        #expect(!scottish.isEmpty)
    }

    @Test func anotherOrganisationNationMovesTheOverridesButKeepsEveryone() {
        let demo = DemoOrganisation.generate(today: DemoFixtures.today, policy: DemoFixtures.policy("newcastle-2016"),
                                             holidays: DemoFixtures.holidays, nation: .scotland, name: "Test")
        #expect(demo.0.name == "Test")
        #expect(demo.1.allSatisfy { $0.nation != .scotland })
        #expect(Set(demo.1.map { $0.nation ?? .scotland }) == Set(Nation.allCases))
    }

    @Test(arguments: DemoFixtures.todays)
    func demoMeetingsPassTheirOwnNoticeChecks(today: CalendarDay) {
        let demo = DemoFixtures.demo(today: today)
        let failures = DemoFixtures.failingMeetings(demo.organisation, demo.employees, policy: DemoFixtures.policy("newcastle-2016"))
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        let kinds = Set(demo.employees.flatMap(\.meetings).map(\.kind))
        #expect(kinds.isSuperset(of: ["stage1", "stage1-review", "stage2", "stage2-appeal", "long-term-review"]), "\(kinds.sorted())")
    }

    @Test func warningsCarryTheScoreOnTheDayTheyWereIssued() {
        let demo = DemoFixtures.demo()
        let policy = DemoFixtures.policy("newcastle-2016")
        let evaluator = AttendanceEvaluator(policy: policy, holidays: DemoFixtures.holidays)
        let today = DemoFixtures.today
        var live = 0, lapsed = 0, appealed = 0
        for e in demo.employees {
            let record = e.rulesRecord(organisation: demo.organisation)
            for stage in e.stages {
                guard let warning = stage.warning else { continue }
                let score = evaluator.evaluate(record, asOf: warning.issued).figures.bradford
                #expect(warning.scoreAtIssue == score, "\(e.id) \(stage.id)")
                // Entry rules held: a live warning from the stage below and the score rise.
                if let entry = policy.stage(stage.stage)?.entry {
                    let below = e.warnings.filter { $0.stage == entry.requiresLiveWarningFrom && $0.isLive(on: warning.issued, under: policy) }
                    #expect(!below.isEmpty, "\(e.id) \(stage.id) has no live \(entry.requiresLiveWarningFrom) warning")
                    if let gap = entry.minimumScoreRiseSinceWarning, let at = below.first?.scoreAtIssue, let now = warning.scoreAtIssue {
                        #expect(now - at >= gap, "\(e.id) \(stage.id): rise \(now - at) < \(gap)")
                    }
                }
                if warning.stage == "stage1" { if warning.isLive(on: today, under: policy) { live += 1 } else { lapsed += 1 } }
                if let appeal = stage.appeal, appeal.heard != nil, appeal.result != nil { appealed += 1 }
            }
        }
        #expect(live >= 1)
        #expect(lapsed >= 1)
        #expect(appealed >= 1)
        #expect(demo.employees.contains { $0.stages.contains { $0.stage == "stage2" && $0.warning?.isLive(on: today, under: policy) == true } })
        #expect(demo.employees.contains { $0.stages.contains { $0.reviewPeriodEnd.map { $0 > today } == true } }, "a review period is running")
    }

    @Test(arguments: DemoFixtures.todays)
    func todaysCasesAreThere(today: CalendarDay) {
        let demo = DemoFixtures.demo(today: today)
        let employees = demo.employees
        // Long-term: off about ten weeks, with fit notes, contacts and the review booked.
        let longTerm = employees.first { $0.openSickness.map { $0.start.days(to: today) >= 63 } == true }
        #expect(longTerm != nil)
        if let longTerm, let open = longTerm.openSickness {
            #expect((63...77).contains(open.start.days(to: today)))
            #expect(longTerm.fitNotes.contains { $0.absenceId == open.id && $0.from <= today && $0.to >= today })
            #expect(longTerm.contacts.filter { $0.absenceId == open.id }.count >= 3)
            #expect(longTerm.meetings.contains { $0.kind == "long-term-review" && $0.at.day > today })
        }
        // Off sick today since about two days ago, no return yet.
        #expect(employees.contains { $0.openSickness.map { (2...5).contains($0.start.days(to: today)) } == true })
        // Back on the last working day with the interview still to do; another with a draft.
        let recentlyBack = employees.filter { e in
            e.absences.contains { a in a.type == .sickness && a.end.map { $0.days(to: today) <= 5 } == true && !e.interviews.contains { $0.absenceId == a.id } }
        }
        #expect(!recentlyBack.isEmpty)
        #expect(employees.contains { $0.interviews.contains { $0.status == .draft && !$0.answers.isEmpty } })
    }

    @Test func theHistoryHasEveryKindOfAbsence() {
        let employees = DemoFixtures.demo().employees
        let absences = employees.flatMap(\.absences)
        let types = Set(absences.map(\.type))
        #expect(types.isSuperset(of: [.sickness, .annualLeave, .bereavement, .compassionate, .dependants, .juryService,
                                      .medicalAppointment, .specialLeave, .maternity]))
        let related = Set(absences.compactMap(\.related))
        #expect(related.isSuperset(of: [.pregnancy, .disability, .infectiousDisease, .industrialInjury]))
        #expect(absences.contains { $0.related == .infectiousDisease && $0.certificate == .fitNote })
        #expect(absences.contains { $0.type == .sickness && $0.firstDayWorkedFraction == 0.25 })
        #expect(absences.contains { $0.type == .sickness && $0.firstDayWorkedFraction == 0.6 })
        #expect(absences.contains { $0.hrDecision != nil })
        let sickness = absences.filter { $0.type == .sickness && $0.end != nil }
        let lengths = sickness.compactMap { a in a.end.map { a.start.days(to: $0) + 1 } }
        #expect(lengths.filter { $0 <= 5 }.count >= 30, "many short spells")
        #expect(lengths.contains { $0 > 7 }, "some longer ones")
        #expect(sickness.contains { $0.start.weekday == .friday && $0.end.map { $0.weekday == .monday } == true }, "a spell over a weekend")
        #expect(sickness.filter { $0.start.weekday == .monday }.count >= 5)
    }

    @Test func callsContactsFitNotesAndInterviewsGoWithTheSicknessAbsences() {
        let demo = DemoFixtures.demo()
        let policy = DemoFixtures.policy("newcastle-2016")
        let promptIds = Set(policy.returnToWork.prompts.map(\.id))
        var closed = 0, interviewed = 0
        for e in demo.employees {
            for a in e.absences where a.type == .sickness {
                if a.firstDayWorkedFraction == nil {
                    #expect(e.sicknessCalls.contains { $0.absenceId == a.id && $0.receivedAt.day == a.start }, "\(e.id) \(a.id) has a call")
                }
                let length = a.start.days(to: a.end ?? DemoFixtures.today) + 1
                if length > 7 {
                    #expect(a.certificate == .fitNote && e.fitNotes.contains { $0.absenceId == a.id }, "\(e.id) \(a.id) has a fit note")
                    #expect(e.contacts.contains { $0.absenceId == a.id }, "\(e.id) \(a.id) has a contact")
                }
                if a.end != nil, a.firstDayWorkedFraction == nil {
                    closed += 1
                    if e.interviews.contains(where: { $0.absenceId == a.id && $0.status == .signedOff }) { interviewed += 1 }
                }
            }
            for interview in e.interviews {
                #expect(Set(interview.answers.keys).isSubset(of: promptIds), "\(e.id) \(interview.id)")
                if interview.status == .signedOff {
                    #expect(interview.signedOffBy != nil && interview.signedOffOn == interview.heldOn)
                    #expect(interview.answers["welcome"] != nil && interview.answers["sign-off"] != nil)
                }
            }
        }
        #expect(Double(interviewed) >= 0.8 * Double(closed), "most past spells have a signed-off interview (\(interviewed) of \(closed))")
        let calls = demo.employees.flatMap(\.sicknessCalls)
        #expect(calls.contains { $0.flags.contains { $0.hasPrefix("Late call") && $0.contains("NUL16") } })
        #expect(calls.contains { $0.via == .text && $0.flags.contains { $0.contains("Reported by text") } })
        #expect(calls.contains { $0.via == .proxy && $0.caller != nil })
        #expect(calls.filter { $0.note != nil }.count >= 3)
    }

    @Test(arguments: DemoFixtures.policies.map(\.id))
    func everyShippedPolicyGetsAValidDemo(policyId: String) {
        let today = DemoFixtures.today
        let demo = DemoFixtures.demo(today: today, policy: policyId)
        #expect(demo.organisation.policy == policyId)
        let problems = demo.employees.flatMap { DemoFixtures.problems($0, today: today) }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        let failures = DemoFixtures.failingMeetings(demo.organisation, demo.employees, policy: DemoFixtures.policy(policyId))
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        let policy = DemoFixtures.policy(policyId)
        let stageIds = Set(policy.stages.map(\.id))
        let kinds = Set(policy.meetings.map(\.kind))
        #expect(demo.employees.flatMap(\.stages).allSatisfy { stageIds.contains($0.stage) })
        #expect(demo.employees.flatMap(\.meetings).allSatisfy { kinds.contains($0.kind) })
        // A warning whose stage sets no validity carries its own (AMB-26), so it can lapse.
        #expect(demo.employees.flatMap(\.warnings).allSatisfy { $0.lapseDate(under: policy) != nil })
    }
}
