import AttendanceRules
@testable import AttendanceStore
import Foundation
import Testing

/// `EmployeeFastDecoder` reads documents without `JSONDecoder`; it must give exactly what
/// `JSONDecoder` gives for everything it accepts, and step aside (nil) when unsure.
@Suite struct FastDecoderTests {
    private func bothWays(_ document: EmployeeDocument, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let data = try FileStore.encode(document)
        let slow = try JSONDecoder().decode(EmployeeDocument.self, from: data)
        let fast = try #require(EmployeeFastDecoder.decode(data), "the fast reader refused a document this attend wrote",
                                sourceLocation: sourceLocation)
        #expect(fast == slow, sourceLocation: sourceLocation)
        #expect(fast == document, sourceLocation: sourceLocation)
    }

    @Test func readsEveryFieldOfAFullDocumentAsJSONDecoderDoes() throws {
        var early = StoreFixtures.fullEmployee()
        early.startTime = "07:30"
        try bothWays(early)
        try bothWays(StoreFixtures.fullEmployee())
        try bothWays(StoreFixtures.plainEmployee("p1"))
    }

    @Test func readsEscapedAndNonASCIITextAsJSONDecoderDoes() throws {
        var employee = StoreFixtures.fullEmployee()
        employee.name = "Zoë O'Brien-Łukasz 山田 😀"
        employee.contacts[0].note = "said \"fine\"\\ok\n\tnext line / slash \u{1} \u{7F} \u{FEFF} é"
        employee.interviews[0].answers["prompt \"quoted\""] = "line one\r\nline two"
        employee.ohReferrals[0].note = "OH said \"phased\"\\ return\n\u{2} 山田 😀"
        employee.ohReferrals[1].by = "Zoë Łukasz"
        try bothWays(employee)
    }

    @Test func readsNumbersAsJSONDecoderDoes() throws {
        for fte in [1, 0.6, 0.1, 1.0 / 3, 0.123456789012345678, 1e-7, 7.5e10] {
            var employee = StoreFixtures.plainEmployee("n1")
            employee.fte = fte
            employee.revision = Int.max
            employee.absences = [AbsenceRecord(id: "a", type: .sickness, start: StoreFixtures.day("2024-02-29"), end: nil,
                                               firstDayWorkedFraction: fte / 2, lastDayWorkedFraction: 0)]
            try bothWays(employee)
        }
    }

    @Test func agreesWithJSONDecoderOnRandomDocuments() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcXYZ019 -_'\"\\/\n\té€😀\u{0}\u{1F}")
        func text() -> String { String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }) }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &generator) ? value() : nil }
        func day() -> CalendarDay { CalendarDay(dayNumber: Int.random(in: -700_000...2_900_000, using: &generator)) }
        func time() -> LocalDateTime { LocalDateTime(day: day(), minuteOfDay: Int.random(in: 0..<1440, using: &generator)) }
        for round in 0..<200 {
            let days = Set(Weekday.allCases.filter { _ in Bool.random(using: &generator) })
            let pattern = (try? WorkingPattern(days: days.isEmpty ? [.monday] : days, hoursPerDay: Double.random(in: 0.5...24, using: &generator),
                                               worksBankHolidays: Bool.random(using: &generator))) ?? .mondayToFriday
            var e = EmployeeDocument(id: "r\(round)", name: text(), teamId: maybe(text()), managerId: maybe(text()), pattern: pattern,
                                     nation: maybe(Nation.allCases.randomElement(using: &generator)!), policy: maybe(text()),
                                     fte: Double.random(in: 0...1, using: &generator), startDate: maybe(day()))
            e.revision = Int.random(in: 0...1_000_000, using: &generator)
            e.startTime = maybe(text())
            e.absences = (0..<Int.random(in: 0...5, using: &generator)).map { n in
                AbsenceRecord(id: text() + "\(n)", type: AbsenceType.allCases.randomElement(using: &generator)!, start: day(), end: maybe(day()),
                              firstDayWorkedFraction: maybe(Double.random(in: 0..<1, using: &generator)),
                              lastDayWorkedFraction: maybe(Double.random(in: 0..<1, using: &generator)),
                              related: maybe(RelatedCategory.allCases.randomElement(using: &generator)!),
                              reason: maybe(ReasonCategory.allCases.randomElement(using: &generator)!),
                              certificate: CertificateKind.allCases.randomElement(using: &generator)!, fitNoteFrom: maybe(day()),
                              hrDecision: maybe(HRDecision(counts: Bool.random(using: &generator), decidedBy: text(), decidedOn: day(), note: maybe(text()))))
            }
            e.sicknessCalls = (0..<Int.random(in: 0...3, using: &generator)).map { n in
                SicknessCall(id: "c\(n)", absenceId: text(), receivedAt: time(), via: CallChannel.allCases.randomElement(using: &generator)!,
                             caller: maybe(text()), reason: maybe(ReasonCategory.allCases.randomElement(using: &generator)!), note: maybe(text()),
                             expectedReturn: maybe(day()), flags: (0..<Int.random(in: 0...2, using: &generator)).map { _ in text() })
            }
            e.contacts = (0..<Int.random(in: 0...2, using: &generator)).map { n in
                ContactRecord(id: "k\(n)", absenceId: maybe(text()), on: day(), by: text(), via: .email, note: maybe(text()))
            }
            e.fitNotes = (0..<Int.random(in: 0...2, using: &generator)).map { n in
                FitNoteRecord(id: "f\(n)", absenceId: text(), from: day(), to: day(), received: day(), mayBeFit: Bool.random(using: &generator),
                              adjustments: maybe(text()))
            }
            e.interviews = (0..<Int.random(in: 0...2, using: &generator)).map { n in
                RTWInterview(id: "i\(n)", absenceId: text(), heldOn: day(), status: InterviewStatus.allCases.randomElement(using: &generator)!,
                             answers: Dictionary((0..<Int.random(in: 0...3, using: &generator)).map { ("\(text())\($0)", text()) }, uniquingKeysWith: { a, _ in a }),
                             agreedActions: [text()], signedOffBy: maybe(text()), signedOffOn: maybe(day()))
            }
            e.meetings = (0..<Int.random(in: 0...2, using: &generator)).map { n in
                MeetingRecord(id: "m\(n)", kind: text(), at: time(), durationMinutes: Int.random(in: -5...600, using: &generator), place: text(),
                              noticeGiven: time(), delivery: NoticeDelivery.allCases.randomElement(using: &generator)!,
                              overrideReason: maybe(text()), sequence: Int.random(in: 0...9, using: &generator), cancelled: Bool.random(using: &generator))
            }
            e.stages = (0..<Int.random(in: 0...2, using: &generator)).map { n in
                StageRecord(id: "s\(n)", stage: text(), decidedOn: day(), outcome: StageOutcomeKind.allCases.randomElement(using: &generator)!,
                            meetingId: maybe(text()),
                            warning: maybe(WarningRecord(stage: text(), issued: day(), scoreAtIssue: maybe(Double.random(in: 0...2000, using: &generator)),
                                                         validity: maybe(Period(Int.random(in: 1...24, using: &generator), PeriodUnit.allCases.randomElement(using: &generator)!)))),
                            reviewPeriodEnd: maybe(day()),
                            appeal: maybe(AppealRecord(lodged: day(), heard: maybe(day()), result: maybe(text()))))
            }
            e.ohReferrals = (0..<Int.random(in: 0...3, using: &generator)).map { n in
                OHReferral(id: "o\(n)", absenceId: text(), referredOn: day(), by: text(), note: maybe(text()))
            }
            e.letters = (0..<Int.random(in: 0...2, using: &generator)).map { n in
                LetterRecord(id: "letter-\(n)", kind: text(), title: text(), writtenOn: day(), writtenBy: text(), meetingId: maybe(text()),
                             outcomeId: maybe(text()), interviewId: maybe(text()), delivery: NoticeDelivery.allCases.randomElement(using: &generator)!,
                             receivedOn: day(), text: text(), checklist: (0..<Int.random(in: 0...2, using: &generator)).map { _ in text() },
                             includesPrivate: Bool.random(using: &generator))
            }
            try bothWays(e)
        }
    }

    @Test func readsOccupationalHealthReferralsAsJSONDecoderDoes() throws {
        var employee = StoreFixtures.plainEmployee("oh1")
        try bothWays(employee)
        employee.absences = [AbsenceRecord(id: "a1", type: .sickness, start: StoreFixtures.day("2025-01-06"), end: nil)]
        employee.ohReferrals = [
            OHReferral(id: "oh-1", absenceId: "a1", referredOn: StoreFixtures.day("2025-02-03"), by: "m1"),
            OHReferral(id: "oh-2", absenceId: "a1", referredOn: StoreFixtures.day("2025-02-10"), by: "m2", note: "second opinion"),
        ]
        try bothWays(employee)
        // A referral with a key this reader does not know steps aside to JSONDecoder.
        let text = String(decoding: try FileStore.encode(employee), as: UTF8.self)
            .replacingOccurrences(of: "\"referredOn\" : \"2025-02-03\"", with: "\"referredOn\" : \"2025-02-03\", \"extra\" : 1")
        #expect(EmployeeFastDecoder.decode(Data(text.utf8)) == nil)
    }

    @Test func readsCompactHandWrittenJSON() throws {
        let text = #"{"schemaVersion":7,"letters":[{"id":"letter-1","kind":"invitation","title":"T","writtenOn":"2026-01-02","writtenBy":"a","meetingId":"m1","outcomeId":null,"delivery":"post","receivedOn":"2026-01-06","text":"Dear H","checklist":["[rule] x (y)"],"includesPrivate":false}],"history":[{"revision":3,"at":"2026-01-01T09:00:00.000000Z","actor":"a","action":"x","summary":"s","reason":"r","changes":[{"record":"absence a1","field":"end","from":"2025-01-03","to":null},{"record":"contact c-1","field":"note","private":true}]}],"revision":3,"id":"h1","name":"Hand Written","pattern":{"days":["Monday","tue"],"hoursPerDay":8,"hoursByDay":{"tue":4}},"fte":1,"absences":[{"id":"a1","type":"sickness","start":"2025-01-02","end":null,"certificate":"none"}],"sicknessCalls":[],"contacts":[],"fitNotes":[],"interviews":[],"meetings":[],"stages":[],"ohReferrals":[],"selfCertificates":[{"id":"sc-1","absenceId":"a1","received":"2025-01-09"}],"voided":[],"leftOn":"2026-03-31","email":"h@example.org","teamId":null}"#
        let data = Data(text.utf8)
        let fast = try #require(EmployeeFastDecoder.decode(data))
        #expect(fast == (try JSONDecoder().decode(EmployeeDocument.self, from: data)))
        #expect(fast.pattern.hours(on: .tuesday) == 4)
    }

    @Test(arguments: [
        // An unknown key (a field from a newer attend, or a typo), a repeated key, a surrogate
        // pair escape, an integer written with a fraction, trailing bytes, a duplicated weekday,
        // a prompt answered twice, a date-time with a space: JSONDecoder decides all of these.
        (#""comment" : "x","#, ""),
        (#""name" : "Again","#, ""),
        (#""policy" : "\ud83d\ude00","#, ""),
        (#""revision" : 1.0,"#, "revision"),
        ("", "trailing"),
    ])
    func stepsAsideWhenUnsure(insert: String, mode: String) throws {
        let document = StoreFixtures.plainEmployee("u1")
        var text = String(decoding: try FileStore.encode(document), as: UTF8.self)
        switch mode {
        case "revision": text = text.replacingOccurrences(of: "\"revision\" : 0,", with: insert)
        case "trailing": text += "  x"
        default: text = text.replacingOccurrences(of: "{\n", with: "{\n  \(insert)\n", options: [], range: text.range(of: "{\n"))
        }
        #expect(EmployeeFastDecoder.decode(Data(text.utf8)) == nil, "\(text)")
    }

    @Test func aDocumentTheFastReaderRefusesStillLoadsThroughJSONDecoder() async throws {
        try await withStore { store in
            var e2 = try store.jsonObject("employees/e2.json")
            e2["comment"] = "added by hand"
            e2["policy"] = "\u{1F600}"
            try store.overwrite("employees/e2.json", withJSON: e2)
            #expect(EmployeeFastDecoder.decode(try store.bytes("employees/e2.json")) == nil)
            let snapshot = try store.load()
            #expect(snapshot.problems.isEmpty)
            #expect(snapshot.employee("e2")?.policy == "\u{1F600}")
        }
    }

    @Test(arguments: [
        ("\"2025-02-29\"", "start"), ("\"2025-1-01\"", "start"), ("\"2025-01-01T09:00\"", "start"),
        ("\"sick\"", "type"), ("7", "type"),
    ])
    func refusesValuesItsTypesRefuse(value: String, field: String) throws {
        var employee = StoreFixtures.plainEmployee("v1")
        employee.absences = [AbsenceRecord(id: "a1", type: .sickness, start: StoreFixtures.day("2025-01-06"), end: nil)]
        let text = String(decoding: try FileStore.encode(employee), as: UTF8.self)
        let original = field == "start" ? "\"start\" : \"2025-01-06\"" : "\"type\" : \"sickness\""
        let edited = text.replacingOccurrences(of: original, with: "\"\(field)\" : \(value)")
        #expect(edited != text)
        #expect(EmployeeFastDecoder.decode(Data(edited.utf8)) == nil)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(EmployeeDocument.self, from: Data(edited.utf8)) }
    }
}
