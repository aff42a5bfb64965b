import Foundation
import Testing

/// Issue 12: meetings are moved (checks run again, same UID, SEQUENCE + 1), cancelled
/// (METHOD:CANCEL) and marked held, each with its reason in the history; ORGANIZER and ATTENDEE
/// appear only when the store has both addresses (RFC 5546).
@Suite struct MeetingChangeTests {
    static func store(emails: Bool) throws -> String {
        let store = try StoreCommandTests.newStore()
        let add = ["employee", "add", "--id", "e1", "--name", "Siân Llŷr", "--team", "t1", "--manager", "m1"]
            + (emails ? ["--email", "sian@example.org", "--manager-email", "mo@example.org"] : [])
        #expect(try StoreCommandTests.attend(store, add).status == 0)
        let booked = try StoreCommandTests.attend(store, ["meeting", "schedule", "--employee", "e1", "--kind", "stage1-review", "--at", "2026-12-07T10:00",
                                                          "--notice-given", "2026-11-20T09:00", "--place", "Room 2"])
        #expect(booked.status == 0, "\(booked.err)")
        return store
    }

    @Test func aRescheduleRunsTheChecksAgainAndKeepsTheUIDWithTheNextSequence() throws {
        let store = try Self.store(emails: true)
        defer { try? FileManager.default.removeItem(atPath: store) }
        let short = try StoreCommandTests.attend(store, ["meeting", "reschedule", "--employee", "e1", "--id", "m-1", "--at", "2026-11-23T14:00",
                                                         "--notice-given", "2026-11-20T10:00", "--reason", "sooner"])
        #expect(short.status == 1)
        #expect(short.out.contains("FAIL") && short.out.contains("Earliest valid: 30/11/2026 09:00") && short.out.contains("Nothing was changed"))
        let moved = try StoreCommandTests.attend(store, ["meeting", "reschedule", "--employee", "e1", "--id", "m-1", "--at", "2026-12-08T14:00",
                                                         "--notice-given", "2026-11-20T10:00", "--reason", "room double-booked", "--ics", "-"])
        #expect(moved.status == 0, "\(moved.err)")
        let ics = moved.out
        #expect(ics.contains("METHOD:REQUEST") && ics.contains("UID:m-1-e1@attend") && ics.contains("SEQUENCE:1"))
        #expect(ics.contains("DTSTART;TZID=Europe/London:20261208T140000"))
        #expect(ics.contains("ORGANIZER;CN=\"m1\":mailto:mo@example.org"))
        #expect(ics.replacingOccurrences(of: "\r\n ", with: "").contains("ATTENDEE;CN=\"Siân Llŷr\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sian@example.org"))
        let cancel = try StoreCommandTests.attend(store, ["meeting", "cancel", "--employee", "e1", "--id", "m-1", "--reason", "no longer needed", "--ics", "-"])
        #expect(cancel.status == 0, "\(cancel.err)")
        #expect(cancel.out.contains("METHOD:CANCEL") && cancel.out.contains("SEQUENCE:2") && cancel.out.contains("STATUS:CANCELLED") && cancel.out.contains("UID:m-1-e1@attend"))
        let again = try StoreCommandTests.attend(store, ["meeting", "reschedule", "--employee", "e1", "--id", "m-1", "--at", "2026-12-09T14:00",
                                                         "--notice-given", "2026-11-20T10:00", "--reason", "x"])
        #expect(again.status == 2 && again.err.contains("is cancelled"))
        let history = try StoreCommandTests.attend(store, ["history", "--employee", "e1"])
        #expect(history.out.contains("Reason: room double-booked") && history.out.contains("meeting m-1 at: 2026-12-07T10:00 → 2026-12-08T14:00"))
        #expect(history.out.contains("meeting m-1 cancelled: no → yes"))
    }

    @Test func withoutAddressesNoOrganizerOrAttendeeIsInvented() throws {
        let store = try Self.store(emails: false)
        defer { try? FileManager.default.removeItem(atPath: store) }
        let cancel = try StoreCommandTests.attend(store, ["meeting", "cancel", "--employee", "e1", "--id", "m-1", "--reason", "off", "--ics", "-"])
        #expect(cancel.status == 0)
        #expect(cancel.out.contains("METHOD:CANCEL") && !cancel.out.contains("ORGANIZER") && !cancel.out.contains("ATTENDEE"))
        let bad = try StoreCommandTests.attend(store, ["employee", "add", "--id", "e2", "--name", "Bo", "--email", "not an address"])
        #expect(bad.status == 2 && bad.err.contains("not an e-mail address"))
    }

    @Test func aMeetingIsMarkedHeldOnlyOnceItIsDueAndAPostponementAtTheEmployeesRequestChecksTheRearrangementRule() throws {
        let store = try StoreCommandTests.newStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        // Cafcass: a rearranged meeting within 5 working days of the original date (CAF-MTG-2 [004:61]).
        #expect(try StoreCommandTests.attend(store, ["employee", "add", "--id", "e1", "--name", "Ann", "--policy", "cafcass-2017"]).status == 0)
        let booked = try StoreCommandTests.attend(store, ["meeting", "schedule", "--employee", "e1", "--kind", "stage1", "--at", "2026-11-19T10:00",
                                                          "--notice-given", "2026-11-09T09:00", "--place", "Room 2", "--override-reason", "booked in the past for the test"])
        #expect(booked.status == 0, "\(booked.err)")
        let early = try AttendCLITests.attend(["meeting", "held", "--employee", "e1", "--id", "m-1", "--outcome", "postponed", "--reason", "employee unwell",
                                               "--store", store, "--today", "2026-11-18"])
        #expect(early.status == 2 && early.err.contains("after today"))
        let postponed = try StoreCommandTests.attend(store, ["meeting", "held", "--employee", "e1", "--id", "m-1", "--outcome", "postponed", "--reason", "employee unwell"])
        #expect(postponed.status == 0, "\(postponed.err)")
        let tooLate = try StoreCommandTests.attend(store, ["meeting", "reschedule", "--employee", "e1", "--id", "m-1", "--employee-request", "--at", "2026-12-10T10:00",
                                                           "--notice-given", "2026-11-20T09:00", "--reason", "at her request"])
        #expect(tooLate.status == 1)
        #expect(tooLate.out.contains("FAIL") && tooLate.out.contains("within 5 working days"), "\(tooLate.out)")
        // Once recorded as held, it is not moved (a wrong record of it is voided).
        #expect(try StoreCommandTests.attend(store, ["meeting", "held", "--employee", "e1", "--id", "m-1", "--reason", "it took place after all"]).status == 0)
        let moveHeld = try StoreCommandTests.attend(store, ["meeting", "reschedule", "--employee", "e1", "--id", "m-1", "--at", "2026-12-10T10:00",
                                                            "--notice-given", "2026-11-20T09:00", "--reason", "x"])
        #expect(moveHeld.status == 2 && moveHeld.err.contains("a held meeting is not moved") && moveHeld.err.contains("nothing was changed"))
    }
}
