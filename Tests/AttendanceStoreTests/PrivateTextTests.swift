import AttendanceRules
import AttendanceStore
import Foundation
import Testing

/// `withoutPrivateText` is the one redaction every output uses (D-75).
@Suite struct PrivateTextTests {
    static let privateWords = ["sounded very unwell", "will send fit note", "phased return over two weeks", "much better",
                               "standing desk", "none needed", "order a standing desk", "review in four weeks",
                               "reasonable adjustment agreed", "back pain, workstation review"]

    @Test func redactionLeavesNoPrivateTextInTheEncodedDocument() throws {
        let full = StoreFixtures.fullEmployee()
        let original = String(decoding: try JSONEncoder().encode(full), as: UTF8.self)
        for word in Self.privateWords { #expect(original.contains(word), "fixture lacks \(word)") }
        let redacted = String(decoding: try JSONEncoder().encode(full.withoutPrivateText), as: UTF8.self)
        for word in Self.privateWords { #expect(!redacted.contains(word), "\(word) survives redaction") }
    }

    @Test func redactionKeepsWhatIsHeldAndEverythingElse() {
        let full = StoreFixtures.fullEmployee()
        let redacted = full.withoutPrivateText
        // Every private text is still there as the placeholder, under the same record.
        #expect(redacted.privateTextEntries.map(\.record) == full.privateTextEntries.map(\.record))
        #expect(redacted.privateTextEntries.allSatisfy { $0.text == PrivateText.placeholder })
        // A record without a note gains none; ids, dates and kinds are untouched.
        #expect(redacted.contacts[1].note == nil)
        #expect(redacted.ohReferrals[1].note == nil)
        #expect(redacted.absences.map(\.id) == full.absences.map(\.id))
        #expect(redacted.absences[0].hrDecision?.counts == false)
        #expect(redacted.sicknessCalls[0].caller == "partner")
        #expect(redacted.meetings == full.meetings && redacted.stages == full.stages)
        // Redacting twice changes nothing more.
        #expect(redacted.withoutPrivateText == redacted)
    }
}
