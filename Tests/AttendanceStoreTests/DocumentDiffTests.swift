import AttendanceRules
import AttendanceStore
import Foundation
import Testing

/// The field-by-field history (issue 12): every change is there, and no private word is.
@Suite struct DocumentDiffTests {
    /// Saves `next` over `previous` and returns the history entry's changes.
    static func changes(from previous: EmployeeDocument, to next: (inout EmployeeDocument) -> Void) async throws -> [FieldChange] {
        try await withStore(employees: [previous]) { store in
            var document = try store.loadEmployee(previous.id)
            next(&document)
            let saved = try store.save(document, actor: "t", action: "test", summary: "test")
            return saved.history.last?.changes ?? []
        }
    }

    static func text(_ changes: [FieldChange]) -> String {
        String(decoding: (try? JSONEncoder().encode(changes)) ?? Data(), as: UTF8.self) + changes.map(\.text).joined()
    }

    @Test func privateTextChangedAnywhereIsRecordedAsChangedButNeverWritten() async throws {
        let full = StoreFixtures.fullEmployee()
        let changes = try await Self.changes(from: full) { d in
            d.sicknessCalls[0].note = "NEW-CALL-NOTE"
            d.contacts[1].note = "NEW-CONTACT-NOTE"
            d.fitNotes[0].adjustments = nil
            d.interviews[0].answers["feeling"] = "NEW-ANSWER"
            d.interviews[0].answers["extra"] = "ADDED-ANSWER"
            d.interviews[0].agreedActions.append("NEW-ACTION")
            d.absences[0] = AbsenceRecord(id: "a1", type: .sickness, start: d.absences[0].start, end: d.absences[0].end, related: .disability,
                                          hrDecision: HRDecision(counts: true, decidedBy: "hr2", decidedOn: d.absences[0].start, note: "NEW-HR-NOTE"))
            d.ohReferrals[1].note = "NEW-REFERRAL-NOTE"
        }
        let text = Self.text(changes)
        for word in ["NEW-CALL-NOTE", "NEW-CONTACT-NOTE", "NEW-ANSWER", "ADDED-ANSWER", "NEW-ACTION", "NEW-HR-NOTE", "NEW-REFERRAL-NOTE",
                     "sounded very unwell", "phased return", "much better", "reasonable adjustment"] {
            #expect(!text.contains(word), "\(word) is in the history")
        }
        let privateFields = Set(changes.filter { $0.isPrivate == true }.map { "\($0.record) \($0.field ?? "")" })
        #expect(privateFields.isSuperset(of: ["sickness call c1 note", "contact k2 note", "fit note f1 adjustments", "interview i1 answers.feeling",
                                              "interview i1 answers.extra", "interview i1 agreedActions", "absence a1 hrDecision.note",
                                              "referral oh-2 note"]), "\(privateFields)")
        // Ordinary fields keep their values.
        #expect(changes.contains { $0.record == "absence a1" && $0.field == "hrDecision.decidedBy" && $0.from == "hr1" && $0.to == "hr2" })
    }

    @Test func aRecordAddedWholeHoldsNoPrivateTextAndADecisionAddedIsFieldByField() async throws {
        var plain = StoreFixtures.plainEmployee("e9")
        plain.absences = [AbsenceRecord(id: "a1", type: .sickness, start: StoreFixtures.day("2026-03-02"), end: StoreFixtures.day("2026-03-03"))]
        let changes = try await Self.changes(from: plain) { d in
            d.contacts.append(ContactRecord(id: "c-1", absenceId: "a1", on: StoreFixtures.day("2026-03-03"), by: "manager", via: .phone, note: "ADDED-NOTE"))
            d.absences[0] = AbsenceRecord(id: "a1", type: .sickness, start: d.absences[0].start, end: d.absences[0].end,
                                          hrDecision: HRDecision(counts: false, decidedBy: "hr", decidedOn: d.absences[0].start, note: "DECISION-NOTE"))
        }
        let text = Self.text(changes)
        #expect(!text.contains("ADDED-NOTE") && !text.contains("DECISION-NOTE"))
        #expect(changes.contains { $0.record == "contact c-1" && $0.field == nil && $0.to == "c-1" })
        #expect(changes.contains { $0.record == "absence a1" && $0.field == "hrDecision.counts" && $0.from == nil && $0.to == "no" })
        #expect(changes.contains { $0.record == "absence a1" && $0.field == "hrDecision.note" && $0.isPrivate == true })
    }
}
