import AttendanceDemo
import AttendanceRules
import AttendanceStore
import Foundation
import Testing

/// The synthetic organisation of `attend init --generate`: deterministic, valid, varied,
/// plausible under its policy, and loadable.
@Suite struct SyntheticOrganisationTests {
    static let today = DemoFixtures.day("2026-11-20")

    static func generate(_ employees: Int, years: Int = 10, seed: UInt64 = 1, policy: String = "newcastle-2016")
        -> (organisation: OrganisationDocument, employees: [EmployeeDocument]) {
        SyntheticOrganisation.generate(employees: employees, years: years, seed: seed, today: today,
                                       policy: DemoFixtures.policy(policy), holidays: DemoFixtures.holidays)
    }

    /// 500 employees with 10 years each, made once for the tests that only read it.
    static let fiveHundred = generate(500)

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedDiffers() throws {
        let first = Self.generate(120, years: 4)
        let second = Self.generate(120, years: 4)
        #expect(first.organisation == second.organisation)
        #expect(first.employees == second.employees)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        #expect(try first.employees.map { try encoder.encode($0) } == second.employees.map { try encoder.encode($0) })
        #expect(try encoder.encode(first.organisation) == encoder.encode(second.organisation))
        let other = Self.generate(120, years: 4, seed: 2)
        #expect(other.employees != first.employees)
        #expect(other.employees.map(\.id) == first.employees.map(\.id))
    }

    @Test func anEmployeeDoesNotDependOnHowManyOthersThereAre() {
        let small = Self.generate(150, years: 3)
        let large = Self.generate(400, years: 3)
        #expect(Array(small.employees.prefix(100)) == Array(large.employees.prefix(100)))
    }

    @Test func everyDocumentIsValid() {
        let (organisation, employees) = Self.fiveHundred
        #expect(employees.count == 500)
        let problems = employees.flatMap { DemoFixtures.problems($0, today: Self.today) }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        #expect(Set(employees.map(\.id)).count == employees.count)
        #expect(employees.first?.id == "e00001")
        let teams = Dictionary(uniqueKeysWithValues: organisation.teams.map { ($0.id, $0) })
        let managers = Set(organisation.managers.map(\.id))
        #expect(managers.count == organisation.managers.count)
        #expect(organisation.teams.allSatisfy { managers.contains($0.managerId) })
        for e in employees {
            let team = e.teamId.flatMap { teams[$0] }
            #expect(team != nil && team?.managerId == e.managerId, "\(e.id) names a team or manager that is not there")
            #expect(e.absences.filter { $0.end == nil }.count <= 1, "\(e.id) has more than one open absence")
            #expect(e.startDate.map { $0 <= Self.today } == true)
            for stage in e.stages {
                #expect(stage.warning?.scoreAtIssue != nil, "\(e.id) \(stage.id) has no score at issue")
            }
        }
        // Teams of 8 to 15.
        let sizes = Dictionary(grouping: employees) { $0.teamId ?? "" }.mapValues(\.count)
        #expect(sizes.values.allSatisfy { (8...15).contains($0) }, "\(sizes.values.sorted())")
        // Nothing in the future but meetings, and some of those are booked ahead.
        #expect(employees.flatMap(\.meetings).allSatisfy { $0.noticeGiven.day <= Self.today })
    }

    @Test func allThreeNationsPartTimersAndTheUsualRecordsArePresent() {
        let (organisation, employees) = Self.fiveHundred
        let nations = Dictionary(grouping: employees) { $0.nation ?? organisation.nation }.mapValues(\.count)
        #expect(Set(nations.keys) == Set(Nation.allCases))
        #expect((nations[.englandAndWales] ?? 0) > 350)
        let partTime = employees.filter { $0.fte < 1 && $0.pattern.isPartTime(relativeTo: organisation.workingWeek) }.count
        #expect((50...150).contains(partTime), "\(partTime) part-timers")
        let absences = employees.flatMap(\.absences)
        for type in [AbsenceType.sickness, .annualLeave] {
            #expect(absences.contains { $0.type == type })
        }
        #expect(absences.contains { $0.type == .sickness && $0.end == nil }, "someone is off sick today")
        #expect(absences.contains { $0.firstDayWorkedFraction != nil }, "part days")
        #expect(absences.contains { $0.related != nil }, "related categories")
        #expect(absences.contains { $0.type == .sickness && ($0.end ?? Self.today).dayNumber - $0.start.dayNumber >= 27 }, "long-term spells")
        #expect(employees.contains { !$0.sicknessCalls.isEmpty && !$0.fitNotes.isEmpty && !$0.contacts.isEmpty })
        #expect(employees.flatMap(\.interviews).contains { $0.status == .signedOff && !$0.answers.isEmpty })
        #expect(employees.flatMap(\.sicknessCalls).contains { !$0.flags.isEmpty }, "late or texted calls are flagged")
        #expect(employees.contains { !$0.stages.isEmpty && !$0.meetings.isEmpty })
        let starts = employees.compactMap(\.startDate)
        #expect(starts.contains { $0 > Self.today.adding(days: -365) } && starts.contains { $0 < Self.today.adding(days: -3650) })
        // About 25 days of annual leave a year for a full-timer who was there all year.
        let fullYear = employees.filter { $0.fte == 1 && ($0.startDate ?? Self.today) < Self.today.adding(days: -800) }
        let lastYear = Self.today.year - 1
        let leaveDays = fullYear.map { e in
            e.absences.filter { $0.type == .annualLeave && $0.start.year == lastYear }.reduce(0) { total, a in
                total + WorkingCalendar(pattern: e.pattern, nation: e.nation ?? organisation.nation, holidays: DemoFixtures.holidays)
                    .workingDays(from: a.start, through: a.end ?? a.start)
            }
        }
        let average = Double(leaveDays.reduce(0, +)) / Double(max(1, leaveDays.count))
        #expect((18...28).contains(average), "\(average) days of annual leave a year")
    }

    @Test func theShareWithATriggerHitIsPlausible() {
        let (organisation, employees) = Self.fiveHundred
        let evaluations = DemoFixtures.evaluate(organisation, employees, asOf: Self.today)
        let hit = evaluations.values.filter { !$0.triggersHit.isEmpty }.count
        #expect((25...200).contains(hit), "\(hit) of 500 have a trigger hit")
        let staged = employees.filter { !$0.stages.isEmpty }.count
        #expect(staged >= 10, "\(staged) of 500 have a stage")
        #expect(employees.flatMap(\.stages).contains { $0.stage == "stage1" })
    }

    @Test func aStoreOf200LoadsWithNoProblems() throws {
        let (organisation, employees) = Self.generate(200, years: 5, seed: 9)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("attend-synthetic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = FileStore(root: root)
        try store.create(organisation, employees: employees, actor: "test")
        let snapshot = try store.load()
        #expect(snapshot.problems.isEmpty, "\(snapshot.problems)")
        #expect(snapshot.employees.count == 200)
        let byId = Dictionary(uniqueKeysWithValues: employees.map { ($0.id, $0) })
        for loaded in snapshot.employees {
            var original = byId[loaded.id]
            original?.revision = loaded.revision
            #expect(loaded.history.map(\.action) == ["init"])
            original?.history = loaded.history
            #expect(original == loaded, "\(loaded.id) changed on the way through the store")
        }
    }
}
