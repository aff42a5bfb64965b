import AttendanceData
import AttendanceRules
import Foundation
import Testing

/// The shipped policy profiles: they load, their ids and numbers match the rules catalogue,
/// every rule is sourced, and malformed or inconsistent profiles are refused with messages
/// that name the file, the field and what is allowed.
@Suite struct PolicyProfileTests {
    static let expectedIds = ["cafcass-2017", "newcastle-2008", "newcastle-2016", "notts-police-2019", "police-asm"]

    private static func files() throws -> [(name: String, data: Data)] { try ShippedData.policyFiles() }

    private static func profiles() throws -> [PolicyProfile] { try PolicyLoader.loadAll(files()) }

    private static func profile(_ id: String) throws -> PolicyProfile {
        try #require(try profiles().first { $0.id == id }, "no shipped policy \(id)")
    }

    // MARK: - Loading

    @Test func everyShippedProfileLoads() throws {
        let ids = try Self.profiles().map(\.id).sorted()
        #expect(ids == Self.expectedIds)
    }

    @Test func eachFileIsNamedAfterItsId() throws {
        for file in try Self.files() {
            let profile = try PolicyLoader.load(file.data, file: file.name)
            #expect(file.name == "data/policies/\(profile.id).json")
            #expect(profile.formatVersion == PolicyProfile.supportedFormatVersion)
        }
    }

    @Test(arguments: [
        ("newcastle-2016", "NUL16"), ("newcastle-2008", "NUL08"), ("notts-police-2019", "NOTTS"),
        ("police-asm", "PFED"), ("cafcass-2017", "CAF"),
    ])
    func citationKeyMatchesTheCatalogue(id: String, key: String) throws {
        #expect(try Self.profile(id).citationKey == key)
    }

    // MARK: - Trigger ids and stage ladders

    @Test(arguments: [
        ("newcastle-2016", ["bradford-150", "bradford-500", "bradford-875", "long-term"]),
        ("newcastle-2008", ["periods-4", "working-days-8", "long-term"]),
        ("notts-police-2019", ["asm-occasions-2", "asm-period-10", "stage1-occasions-3"]),
        ("police-asm", ["working-days-8", "occasions-3", "long-term"]),
        ("cafcass-2017", []),
    ])
    func triggerIdsAreExactly(id: String, triggers: [String]) throws {
        #expect(try Self.profile(id).triggers.map(\.id) == triggers)
    }

    @Test(arguments: [
        ("newcastle-2016", ["stage1", "stage2", "stage3"]),
        ("newcastle-2008", ["stage1", "stage2", "capability"]),
        ("notts-police-2019", ["asm", "stage1", "stage2", "stage3"]),
        ("police-asm", ["asm", "stage1", "stage2", "stage3"]),
        ("cafcass-2017", ["stage1", "stage2", "stage3"]),
    ])
    func stageLadderIsExactly(id: String, stages: [String]) throws {
        #expect(try Self.profile(id).stages.map(\.id) == stages)
    }

    /// Which triggers recommend which stage; stages reached without a number have none.
    @Test(arguments: [
        ("newcastle-2008", "stage1", ["periods-4", "working-days-8"]),
        ("newcastle-2008", "stage2", []),
        ("newcastle-2008", "capability", []),
        ("notts-police-2019", "asm", ["asm-occasions-2", "asm-period-10"]),
        ("notts-police-2019", "stage1", ["stage1-occasions-3"]),
        ("notts-police-2019", "stage2", []),
        ("notts-police-2019", "stage3", []),
        ("police-asm", "asm", ["working-days-8", "occasions-3"]),
        ("police-asm", "stage1", []),
        ("cafcass-2017", "stage1", []),
        ("cafcass-2017", "stage3", []),
    ])
    func stageIsTriggeredBy(id: String, stage: String, triggers: [String]) throws {
        let rule = try #require(try Self.profile(id).stage(stage))
        #expect(rule.triggeredBy == triggers)
        if triggers.isEmpty {
            #expect(!(rule.enteredWhen ?? "").isEmpty, "\(id) \(stage) has no trigger, so it needs enteredWhen")
        }
    }

    @Test(arguments: [
        ("newcastle-2016", ["rtw", "stage1", "stage1-review", "stage2", "stage2-appeal", "stage3", "appeal", "long-term-review"]),
        ("newcastle-2008", ["rtw", "stage1", "stage2", "long-term-review"]),
        ("notts-police-2019", ["rtw", "asm", "stage1", "stage2", "stage3", "appeal"]),
        ("police-asm", ["asm"]),
        ("cafcass-2017", ["rtw", "stage1", "stage2", "stage3", "appeal", "long-term-review"]),
    ])
    func meetingKindsAreExactly(id: String, kinds: [String]) throws {
        #expect(try Self.profile(id).meetings.map(\.kind) == kinds)
    }

    // MARK: - Every rule is sourced

    @Test func everyRuleHasASeedCitation() throws {
        for p in try Self.profiles() {
            func check(_ source: String?, _ what: String) {
                let text = source ?? ""
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(p.id): \(what) has no source")
                #expect(text.contains("[00"), "\(p.id): \(what) source '\(text)' cites no seed line")
            }
            check(p.window.source, "window")
            check(p.counting.partDay.source, "counting.partDay")
            for t in p.triggers { check(t.source, "trigger \(t.id)") }
            for s in p.stages {
                check(s.source, "stage \(s.id)")
                if let w = s.warning { check(w.source, "stage \(s.id) warning") }
                if let r = s.reviewPeriod { check(r.source, "stage \(s.id) review period") }
                if let e = s.entry { check(e.source, "stage \(s.id) entry") }
                if let h = s.hrAdviceFirst { check(h.source, "stage \(s.id) hrAdviceFirst") }
                for (i, pre) in (s.preconditions ?? []).enumerated() { check(pre.source, "stage \(s.id) precondition \(i)") }
            }
            for m in p.meetings {
                check(m.source, "meeting \(m.kind)")
                if let a = m.accompaniment { check(a.source, "meeting \(m.kind) accompaniment") }
                for c in m.checks { check(c.source, "meeting \(m.kind) check \(c.id)") }
            }
            for e in p.counting.exclusions { check(e.source, "exclusion \(e.category.rawValue)") }
            if let sc = p.certification.selfCertificate { check(sc.source, "self-certificate") }
            if let fn = p.certification.fitNote { check(fn.source, "fit note") }
            if p.contact.employeeContactOnCalendarDay != nil { check(p.contact.employeeContactSource, "day-n contact") }
            if p.contact.atLeastEveryCalendarDays != nil { check(p.contact.regularContactSource, "regular contact") }
            check(p.returnToWork.source, "returnToWork")
            if let n = p.notification { check(n.source, "notification") }
            if let oh = p.occupationalHealth, oh.afterSpell != nil { check(oh.afterSpellSource, "occupationalHealth.afterSpell") }
            if let lt = p.longTerm {
                check(lt.source, "longTerm")
                for m in lt.milestones { check(m.source, "milestone \(m.id)") }
            }
            for r in p.repeatRules { check(r.source, "repeat rule \(r.stage)") }
            for n in p.notSpecified ?? [] { check(n.source, "notSpecified '\(n.text)'") }
        }
    }

    @Test func everyAmbiguityIsACatalogueIdWithAChoice() throws {
        for p in try Self.profiles() {
            #expect(!p.ambiguities.isEmpty, "\(p.id) records no ambiguity choices")
            var seen = Set<String>()
            for a in p.ambiguities {
                #expect(a.id.wholeMatch(of: /AMB-(0[1-9]|[1-3][0-9]|4[0-6])/) != nil, "\(p.id): '\(a.id)' is not AMB-01 … AMB-46")
                #expect(seen.insert(a.id).inserted, "\(p.id): \(a.id) is recorded twice")
                #expect(!a.choice.isEmpty, "\(p.id): \(a.id) has no choice")
            }
        }
    }

    /// The return-to-work prompts keep newcastle-2016's ids where the prompt is the same.
    @Test func rtwPromptIdsAreStable() throws {
        let known: Set<String> = [
            "welcome", "record-accurate", "certification", "reason", "classify", "bradford-score", "trigger-review",
            "pattern", "adjustments", "support", "occupational-health", "phased-return", "work-update", "welfare",
            "privacy", "sign-off", "fit-date", "format", "early-return", "bereavement-needs",
        ]
        for p in try Self.profiles() {
            let ids = p.returnToWork.prompts.map(\.id)
            #expect(Set(ids).isSubset(of: known), "\(p.id) has unexpected prompt ids \(Set(ids).subtracting(known).sorted())")
            #expect(ids.contains("bradford-score") == (p.bradford != nil), "\(p.id): bradford-score belongs to Bradford policies only")
            for prompt in p.returnToWork.prompts {
                #expect(prompt.source.contains("[00"), "\(p.id): prompt \(prompt.id) cites no seed line")
            }
        }
        #expect(try Self.profile("notts-police-2019").returnToWork.prompts.contains { $0.id == "fit-date" })
        #expect(try Self.profile("cafcass-2017").returnToWork.prompts.contains { $0.id == "format" })
    }

    // MARK: - Numbers against the catalogue

    /// Every trigger of every shipped profile, written out from the rules catalogue
    /// (NUL16 1.6, NUL08 2.6/2.7, NOTTS 3, PFED 4; CAF has none).
    struct TriggerRow: Sendable {
        let policy: String
        let id: String
        let metric: TriggerMetric
        let comparator: ThresholdComparator
        let value: Double
        let longTerm: Bool

        init(_ policy: String, _ id: String, _ metric: TriggerMetric, _ comparator: ThresholdComparator, _ value: Double, _ longTerm: Bool) {
            self.policy = policy
            self.id = id
            self.metric = metric
            self.comparator = comparator
            self.value = value
            self.longTerm = longTerm
        }
    }

    static let triggerTable: [TriggerRow] = [
        TriggerRow("newcastle-2016", "bradford-150", .bradford, .atLeast, 150, false),
        TriggerRow("newcastle-2016", "bradford-500", .bradford, .atLeast, 500, false),
        TriggerRow("newcastle-2016", "bradford-875", .bradford, .atLeast, 875, false),
        TriggerRow("newcastle-2016", "long-term", .spellWorkingDays, .moreThan, 20, true),
        TriggerRow("newcastle-2008", "periods-4", .occasions, .atLeast, 4, false),
        TriggerRow("newcastle-2008", "working-days-8", .workingDays, .atLeast, 8, false),
        TriggerRow("newcastle-2008", "long-term", .spellCalendarDays, .moreThan, 28, true),
        TriggerRow("notts-police-2019", "asm-occasions-2", .occasions, .atLeast, 2, false),
        TriggerRow("notts-police-2019", "asm-period-10", .spellCalendarDays, .atLeast, 10, false),
        TriggerRow("notts-police-2019", "stage1-occasions-3", .occasions, .atLeast, 3, false),
        TriggerRow("police-asm", "working-days-8", .workingDays, .atLeast, 8, false),
        TriggerRow("police-asm", "occasions-3", .occasions, .atLeast, 3, false),
        TriggerRow("police-asm", "long-term", .spellCalendarDays, .moreThan, 28, true),
    ]

    @Test func triggerValuesMatchTheCatalogue() throws {
        var shipped: [String] = []
        for p in try Self.profiles() {
            for t in p.triggers { shipped.append("\(p.id)/\(t.id)") }
        }
        #expect(shipped.sorted() == Self.triggerTable.map { "\($0.policy)/\($0.id)" }.sorted(), "a shipped trigger is missing from the table, or the reverse")
        for row in Self.triggerTable {
            let name = "\(row.policy)/\(row.id)"
            let trigger = try #require(try Self.profile(row.policy).trigger(row.id), "no trigger \(name)")
            #expect(trigger.metric == row.metric, "\(name) metric")
            #expect(trigger.comparator == row.comparator, "\(name) comparator")
            #expect(trigger.value == row.value, "\(name) value")
            #expect((trigger.longTerm == true) == row.longTerm, "\(name) longTerm")
        }
        // NUL08 long-term is "continuous certified" absence [002:1539].
        #expect(try Self.profile("newcastle-2008").trigger("long-term")?.requiresFitNote == true)
    }

    /// Every scheduling check of every shipped profile, written out from the rules catalogue
    /// (sections 7.8 and 9). `nil` amount: a first-day-back target.
    struct CheckRow: Sendable {
        let policy: String
        let kind: String
        let type: MeetingCheckType
        let amount: Int?
        let strength: String

        init(_ policy: String, _ kind: String, _ type: MeetingCheckType, _ amount: Int?, _ strength: String) {
            self.policy = policy
            self.kind = kind
            self.type = type
            self.amount = amount
            self.strength = strength
        }
    }

    static let meetingCheckTable: [CheckRow] = [
        CheckRow("newcastle-2016", "rtw", .meetingOnReturnDay, nil, "should"),
        CheckRow("newcastle-2016", "stage1", .noticeHours, 48, "must"),
        CheckRow("newcastle-2016", "stage1", .noticeWithinWorkingDaysOfReturn, 5, "should"),
        CheckRow("newcastle-2016", "stage1-review", .noticeClearWorkingDays, 5, "must"),
        CheckRow("newcastle-2016", "stage2", .noticeClearWorkingDays, 5, "must"),
        CheckRow("newcastle-2016", "stage2-appeal", .appealWithinWorkingDaysOfOutcomeIssued, 10, "should"),
        CheckRow("newcastle-2016", "stage3", .noticeClearWorkingDays, 5, "must"),
        CheckRow("newcastle-2016", "stage3", .meetingAfterWorkingDaysFromNotice, 5, "should"),
        CheckRow("newcastle-2016", "appeal", .appealWithinWorkingDaysOfOutcomeIssued, 10, "must"),
        CheckRow("newcastle-2016", "long-term-review", .meetingWithinMonthsOfAbsenceStart, 6, "should"),
        CheckRow("newcastle-2008", "rtw", .meetingOnReturnDay, nil, "should"),
        CheckRow("newcastle-2008", "rtw", .meetingWithinWorkingDaysOfReturn, 5, "must"),
        CheckRow("notts-police-2019", "rtw", .meetingOnReturnDay, nil, "should"),
        CheckRow("notts-police-2019", "appeal", .appealWithinWorkingDaysOfOutcomeReceived, 7, "must"),
        CheckRow("cafcass-2017", "rtw", .meetingOnReturnDay, nil, "should"),
        CheckRow("cafcass-2017", "stage1", .noticeClearWorkingDays, 7, "must"),
        CheckRow("cafcass-2017", "stage1", .rescheduledWithinWorkingDays, 5, "should"),
        CheckRow("cafcass-2017", "stage2", .noticeClearWorkingDays, 7, "must"),
        CheckRow("cafcass-2017", "stage2", .rescheduledWithinWorkingDays, 5, "should"),
        CheckRow("cafcass-2017", "stage3", .noticeClearWorkingDays, 10, "must"),
        CheckRow("cafcass-2017", "stage3", .papersWorkingDaysBefore, 5, "must"),
        CheckRow("cafcass-2017", "stage3", .outcomeWithinWorkingDaysOfMeeting, 5, "should"),
        CheckRow("cafcass-2017", "stage3", .rescheduledWithinWorkingDays, 5, "should"),
        CheckRow("cafcass-2017", "appeal", .appealWithinWorkingDaysOfOutcomeReceived, 10, "must"),
        CheckRow("cafcass-2017", "appeal", .noticeClearWorkingDays, 10, "must"),
        CheckRow("cafcass-2017", "appeal", .papersWorkingDaysBefore, 3, "must"),
        CheckRow("cafcass-2017", "appeal", .outcomeWithinWorkingDaysOfMeeting, 5, "should"),
        CheckRow("cafcass-2017", "appeal", .rescheduledWithinWorkingDays, 5, "should"),
        // "A specific time and place" (D-62).
        CheckRow("newcastle-2016", "stage1", .placeGiven, nil, "must"),
        CheckRow("newcastle-2016", "stage2", .placeGiven, nil, "must"),
        CheckRow("newcastle-2016", "stage3", .placeGiven, nil, "must"),
        CheckRow("cafcass-2017", "stage3", .placeGiven, nil, "must"),
        CheckRow("cafcass-2017", "appeal", .placeGiven, nil, "must"),
    ]

    @Test func meetingCheckAmountsMatchTheCatalogue() throws {
        func key(_ policy: String, _ kind: String, _ type: MeetingCheckType, _ amount: Int?, _ strength: String) -> String {
            "\(policy)/\(kind)/\(type.rawValue)=\(amount.map(String.init) ?? "-") \(strength)"
        }
        var shipped: [String] = []
        for p in try Self.profiles() {
            for m in p.meetings {
                for c in m.checks { shipped.append(key(p.id, m.kind, c.type, c.amount, c.strength)) }
            }
        }
        let table = Self.meetingCheckTable.map { key($0.policy, $0.kind, $0.type, $0.amount, $0.strength) }
        #expect(shipped.sorted() == table.sorted())
        // Kinds the seeds give no notice rule for carry no checks at all (their source says so).
        for (policy, kind) in [("newcastle-2008", "stage1"), ("newcastle-2008", "stage2"), ("notts-police-2019", "asm"),
                               ("notts-police-2019", "stage1"), ("notts-police-2019", "stage2"), ("notts-police-2019", "stage3"),
                               ("police-asm", "asm"), ("cafcass-2017", "long-term-review")] {
            let meeting = try #require(try Self.profile(policy).meeting(kind))
            #expect(meeting.checks.isEmpty, "\(policy) \(kind)")
            #expect(meeting.source.contains("no notice period"), "\(policy) \(kind) should say no notice period is stated")
        }
    }

    @Test(arguments: [
        ("cafcass-2017", "stage3", MeetingCheckType.noticeClearWorkingDays, 10),
        ("cafcass-2017", "stage3", .papersWorkingDaysBefore, 5),
        ("cafcass-2017", "appeal", .papersWorkingDaysBefore, 3),
        ("cafcass-2017", "stage1", .noticeClearWorkingDays, 7),
        ("notts-police-2019", "appeal", .appealWithinWorkingDaysOfOutcomeReceived, 7),
        ("newcastle-2008", "rtw", .meetingWithinWorkingDaysOfReturn, 5),
        ("newcastle-2016", "stage1", .noticeHours, 48),
    ])
    func keyMeetingCheck(policy: String, kind: String, type: MeetingCheckType, amount: Int) throws {
        let meeting = try #require(try Self.profile(policy).meeting(kind))
        #expect(meeting.checks.filter { $0.type == type }.map(\.amount) == [amount])
    }

    @Test func windowsCertificationAndContactMatchTheCatalogue() throws {
        let nul16 = try Self.profile("newcastle-2016"), nul08 = try Self.profile("newcastle-2008")
        let notts = try Self.profile("notts-police-2019"), pfed = try Self.profile("police-asm"), caf = try Self.profile("cafcass-2017")

        for p in [nul16, nul08, notts, pfed] { #expect(p.window.length == Period(12, .months), "\(p.id) window") }
        #expect(caf.window.length == Period(6, .months))

        // Self-certificates (AMB-18): NUL from 4 CD, CAF from 1 CD, both through day 7; none for NOTTS and PFED.
        #expect(nul16.certification.selfCertificate.map { [$0.fromCalendarDays, $0.throughCalendarDay] } == [4, 7])
        #expect(nul08.certification.selfCertificate.map { [$0.fromCalendarDays, $0.throughCalendarDay] } == [4, 7])
        #expect(nul08.certification.selfCertificate?.due == "asap")
        #expect(caf.certification.selfCertificate.map { [$0.fromCalendarDays, $0.throughCalendarDay] } == [1, 7])
        #expect(caf.certification.selfCertificate?.due == "onReturn")
        #expect(notts.certification.selfCertificate == nil)
        #expect(pfed.certification.selfCertificate == nil && pfed.certification.fitNote == nil)

        // Fit notes after 7 CD; due by day 8 (NUL), day 10 (NOTTS), no deadline (CAF) (AMB-45).
        #expect(nul08.certification.fitNote?.requiredAfterCalendarDays == 7)
        #expect(nul08.certification.fitNote?.dueByCalendarDay == 8)
        #expect(nul08.certification.fitNote?.mustBeContinuous == true)
        #expect(notts.certification.fitNote?.requiredAfterCalendarDays == 7)
        #expect(notts.certification.fitNote?.dueByCalendarDay == 10)
        #expect(notts.certification.fitNote?.mustBeContinuous == true)
        #expect(caf.certification.fitNote?.requiredAfterCalendarDays == 7)
        #expect(caf.certification.fitNote?.dueByCalendarDay == nil)

        // Contact: day 8 (NUL), at least weekly (NOTTS).
        #expect(nul08.contact.employeeContactOnCalendarDay == 8)
        #expect(notts.contact.atLeastEveryCalendarDays == 7)
        #expect(caf.contact.atLeastEveryCalendarDays == nil && caf.contact.employeeContactOnCalendarDay == nil)

        // Return-to-work: only NUL08 has a hard limit (AMB-35).
        #expect(nul08.returnToWork.hardMaxWorkingDays == 5 && nul08.returnToWork.strength == "must")
        for p in [nul16, notts, pfed, caf] { #expect(p.returnToWork.hardMaxWorkingDays == nil, "\(p.id) RTW limit") }
        for p in [nul16, nul08, notts, pfed, caf] { #expect(p.returnToWork.requiredAfter == [.sickness], "\(p.id) RTW after") }

        // Notification (AMB-20, AMB-21).
        #expect(nul08.notification?.deadline == .afterStart && nul08.notification?.minutes == 60)
        #expect(nul08.notification?.contactCentreFallback == true)
        #expect(notts.notification?.deadline == .beforeStart && notts.notification?.channels == ["phone"])
        #expect(caf.notification?.deadline == .clockTime && caf.notification?.time == "09:30")
        #expect(caf.notification?.proxy == "exceptional")
        #expect(pfed.notification == nil)

        // Occupational health: NUL08 more than 4 weeks.
        #expect(nul08.occupationalHealth?.afterSpell == Period(4, .weeks))
        #expect(nul08.occupationalHealth?.afterSpellComparator == .moreThan)
        #expect(nul08.protectiveMarking == "PROTECT- MEDICAL")
    }

    @Test func stagesWarningsAndReviewPeriodsMatchTheCatalogue() throws {
        let nul08 = try Self.profile("newcastle-2008"), notts = try Self.profile("notts-police-2019")
        let pfed = try Self.profile("police-asm"), caf = try Self.profile("cafcass-2017")

        #expect(nul08.stage("stage1")?.reviewPeriod?.minimum == Period(1, .months))
        #expect(nul08.stage("stage1")?.reviewPeriod?.maximum == Period(3, .months))
        #expect(nul08.stage("capability")?.hrAdviceFirst != nil)

        #expect(notts.stage("asm")?.formal == false)
        for id in ["stage1", "stage2", "stage3"] {
            #expect(notts.stage(id)?.warning?.validity == Period(12, .months), "NOTTS \(id) Written Improvement Notice")
        }
        #expect(notts.stage("stage1")?.onAbsenceWhileWarningLive == .nextStage)
        #expect(notts.stage("stage3")?.preconditions?.contains { $0.text.contains("tape recorded") } == true)
        #expect(notts.counting.partDay.threshold == 0.5)
        #expect(notts.counting.partDay.atOrAboveCountsDay == false && notts.counting.partDay.atOrAboveCountsOccasion == false)
        #expect(notts.effectiveDate == CalendarDay(year: 2019, month: 5, day: 1))

        #expect(pfed.stage("asm")?.formal == false)
        #expect(pfed.stage("asm")?.reviewPeriod?.minimum == Period(3, .months))
        #expect(pfed.stage("asm")?.reviewPeriod?.maximum == Period(6, .months))

        // CAF: warnings exist but their validity must be entered (AMB-26).
        let warning = try #require(caf.stage("stage3")?.warning)
        #expect(warning.validity == nil)
        #expect(caf.stage("stage2")?.enteredWhen?.contains("2 months") == true)
    }

    @Test(arguments: [
        ("newcastle-2008", RelatedCategory.pregnancy, ExclusionTreatment.exclude),
        ("newcastle-2008", .disability, .exclude),
        ("notts-police-2019", .disability, .hrReview),
        ("notts-police-2019", .pregnancy, .hrReview),
        ("notts-police-2019", .industrialInjury, .hrReview),
        ("cafcass-2017", .industrialInjury, .count),
        ("cafcass-2017", .disability, .hrReview),
        ("cafcass-2017", .pregnancy, .hrReview),
    ])
    func exclusionMatrix(id: String, category: RelatedCategory, treatment: ExclusionTreatment) throws {
        #expect(try Self.profile(id).counting.treatment(of: category)?.treatment == treatment)
    }

    // MARK: - Malformed and inconsistent profiles

    /// One edit to the newcastle-2016 template and the error it must give.
    struct Malformed: Sendable, CustomTestStringConvertible {
        enum Edit: Sendable {
            case string(String)
            case number(Int)
            case remove
        }

        let name: String
        /// A JSON path in the error's notation, e.g. `triggers[0].comparator`.
        let path: String
        let edit: Edit
        /// The field the error must name (often `path`).
        let field: String
        /// The exact problem text, which states what is allowed.
        let problem: String
        var testDescription: String { name }
    }

    static let malformed: [Malformed] = [
        Malformed(name: "comparator ≥ instead of >=", path: "triggers[0].comparator", edit: .string("≥"),
                  field: "triggers[0].comparator", problem: "'≥' is not allowed; expected one of >=, >"),
        Malformed(name: "unknown metric", path: "triggers[1].metric", edit: .string("sickDays"),
                  field: "triggers[1].metric",
                  problem: "'sickDays' is not allowed; expected one of bradford, occasions, workingDays, calendarDays, spellCalendarDays, spellWorkingDays"),
        Malformed(name: "stage triggered by an unknown trigger", path: "stages[0].triggeredBy[0]", edit: .string("bradford-999"),
                  field: "stages[0].triggeredBy[0]",
                  problem: "'bradford-999' is not a trigger of this policy; expected one of bradford-150, bradford-500, bradford-875, long-term"),
        Malformed(name: "missing window", path: "window", edit: .remove,
                  field: "window", problem: "is missing; this field is required"),
        Malformed(name: "impossible date", path: "effectiveDate", edit: .string("2016-02-30"),
                  field: "effectiveDate", problem: "'2016-02-30' is not a date: expected YYYY-MM-DD (a real calendar date)"),
        Malformed(name: "duplicate trigger id", path: "triggers[3].id", edit: .string("bradford-150"),
                  field: "triggers[3].id", problem: "'bradford-150' is used twice; trigger ids must be unique"),
        Malformed(name: "fit note due before it is needed", path: "certification.fitNote.dueByCalendarDay", edit: .number(7),
                  field: "certification.fitNote.dueByCalendarDay",
                  problem: "7 is not after requiredAfterCalendarDays (7); a fit note cannot be due before it is needed"),
        Malformed(name: "format version 99", path: "formatVersion", edit: .number(99),
                  field: "formatVersion", problem: "99 is newer than this attend reads (1); upgrade attend"),
        Malformed(name: "unknown exclusion category", path: "counting.exclusions[0].category", edit: .string("hiv"),
                  field: "counting.exclusions[0].category",
                  problem: "'hiv' is not allowed; expected one of pregnancy, ivf, disability, infectious-disease, industrial-injury, medical-appointment"),
        Malformed(name: "unknown meeting check type", path: "meetings[1].checks[0].type", edit: .string("noticeDays"),
                  field: "meetings[1].checks[0].type",
                  problem: "'noticeDays' is not allowed; expected one of \(MeetingCheckType.allowedValues)"),
        Malformed(name: "meeting check strength", path: "meetings[1].checks[0].strength", edit: .string("shall"),
                  field: "meetings[1].checks[0].strength", problem: "'shall' is not allowed; expected must or should"),
        Malformed(name: "notification by fax", path: "notification.channels[0]", edit: .string("fax"),
                  field: "notification.channels[0]", problem: "'fax' is not allowed; expected one of phone, proxy, text, email"),
        Malformed(name: "window in working days", path: "window.length.unit", edit: .string("workingDays"),
                  field: "window.length", problem: "expected a positive number of months, weeks, years or calendar days"),
        Malformed(name: "trigger value as text", path: "triggers[0].value", edit: .string("150"),
                  field: "triggers[0].value", problem: "has the wrong type; expected a number"),
        Malformed(name: "repeat rule escalates to an unknown stage", path: "repeatRules[0].escalateTo", edit: .string("stage9"),
                  field: "repeatRules[0].escalateTo", problem: "'stage9' is not a stage; expected one of stage1, stage2, stage3"),
        Malformed(name: "self-certificate due 'later'", path: "certification.selfCertificate.due", edit: .string("later"),
                  field: "certification.selfCertificate.due", problem: "'later' is not allowed; expected onReturn or asap"),
    ]

    static let fileName = "data/policies/mutated.json"

    private static func template() throws -> Data {
        try #require(try files().first { $0.name == "data/policies/newcastle-2016.json" }).data
    }

    @Test func templateRoundTripLoads() throws {
        let data = try Self.apply(nil, to: Self.template())
        let profile = try PolicyLoader.load(data, file: Self.fileName)
        #expect(profile.id == "newcastle-2016")
    }

    @Test(arguments: malformed)
    func malformedProfileIsRefused(_ example: Malformed) throws {
        let data = try Self.apply(example, to: Self.template())
        let errors = try #require(throws: PolicyFileErrors.self) { try PolicyLoader.load(data, file: Self.fileName) }
        let expected = PolicyFileError(file: Self.fileName, field: example.field, problem: example.problem)
        #expect(errors.errors.contains(expected), "got: \(errors.description)")
        // The message a user sees names the file, the field path and what is allowed.
        #expect(errors.description.contains("\(Self.fileName): field '\(example.field)': \(example.problem)"))
    }

    @Test func everyProblemIsReportedNotJustTheFirst() throws {
        var object = try Self.object(Self.template())
        object = Self.setting(.number(99), at: Self.steps("formatVersion"), in: object)
        object = Self.setting(.string("shall"), at: Self.steps("returnToWork.strength"), in: object)
        object = Self.setting(.string("stage9"), at: Self.steps("repeatRules[0].stage"), in: object)
        let data = try JSONSerialization.data(withJSONObject: object)
        let errors = try #require(throws: PolicyFileErrors.self) { try PolicyLoader.load(data, file: Self.fileName) }
        #expect(Set(errors.errors.map(\.field)) == ["formatVersion", "returnToWork.strength", "repeatRules[0].stage"])
        #expect(errors.errors.allSatisfy { $0.file == Self.fileName })
    }

    @Test func duplicateIdsAcrossFilesAreRefused() throws {
        let template = try Self.template()
        let errors = try #require(throws: PolicyFileErrors.self) {
            try PolicyLoader.loadAll([(name: "a.json", data: template), (name: "b.json", data: template)])
        }
        #expect(errors.description == "b.json: field 'id': id 'newcastle-2016' is already used by another policy file; ids must be unique")
    }

    @Test func invalidJSONNamesTheFile() throws {
        let errors = try #require(throws: PolicyFileErrors.self) {
            try PolicyLoader.load(Data("{\"formatVersion\": 1,".utf8), file: Self.fileName)
        }
        #expect(errors.description.hasPrefix("\(Self.fileName): is not valid JSON"))
    }

    // MARK: - JSON editing helpers

    private enum Step {
        case key(String)
        case index(Int)
    }

    /// `triggers[0].comparator` → key triggers, index 0, key comparator.
    private static func steps(_ path: String) -> [Step] {
        var out: [Step] = []
        for part in path.split(separator: ".") {
            var name = Substring(part)
            var indices: [Int] = []
            while let open = name.lastIndex(of: "["), name.hasSuffix("]"),
                  let i = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                indices.insert(i, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { out.append(.key(String(name))) }
            out.append(contentsOf: indices.map(Step.index))
        }
        return out
    }

    private static func object(_ data: Data) throws -> Any {
        try JSONSerialization.jsonObject(with: data)
    }

    private static func setting(_ edit: Malformed.Edit, at path: [Step], in node: Any) -> Any {
        guard let step = path.first else {
            switch edit {
            case .string(let s): return s
            case .number(let n): return n
            case .remove: return NSNull()
            }
        }
        let rest = Array(path.dropFirst())
        switch step {
        case .key(let key):
            var dict = node as? [String: Any] ?? [:]
            if rest.isEmpty, case .remove = edit {
                dict.removeValue(forKey: key)
            } else {
                dict[key] = setting(edit, at: rest, in: dict[key] ?? NSNull())
            }
            return dict
        case .index(let i):
            var array = node as? [Any] ?? []
            if array.indices.contains(i) { array[i] = setting(edit, at: rest, in: array[i]) }
            return array
        }
    }

    private static func apply(_ example: Malformed?, to data: Data) throws -> Data {
        var object = try Self.object(data)
        if let example { object = setting(example.edit, at: steps(example.path), in: object) }
        return try JSONSerialization.data(withJSONObject: object)
    }
}
