import AttendanceRules
import AttendanceStore
import Foundation

/// `write <storeDir> <count>`: opens the store (creating it, with one employee `e1`, when
/// missing), then `count` times makes one save of a kind that rotates through every kind attend
/// makes: an absence, a sickness call, a contact, a fit note, an interview, a meeting, a stage
/// outcome, an occupational health referral (each with the one-day absence it belongs to) and a
/// change to the organisation (a new team). Only after the save returned does it write
/// `ack <record id>` to standard output (unbuffered), so a killer knows what must be stored.
///
/// A run after a killed one carries on from what is stored: `n` starts after the highest number
/// already saved, so ids and days stay unique.
enum TortureWriter {
    static let actor = "torture"
    static let kinds = ["absence", "call", "contact", "fitnote", "interview", "meeting", "stage", "referral", "team"]

    /// The number at the end of an id such as `a12` or `team-12`.
    static func number(_ id: String) -> Int? { Int(id.reversed().prefix { $0.isNumber }.reversed().map(String.init).joined()) }

    /// The error `body` threw, or nil. (A `catch` of one typed case here crashes the 6.3 compiler.)
    static func attempt(_ body: () throws(StoreError) -> Void) -> StoreError? {
        do { try body(); return nil } catch { return error }
    }

    static func isAlreadyExists(_ error: StoreError) -> Bool {
        if case .alreadyExists = error { return true }
        return false
    }

    static func run(root: String, count: Int) throws {
        let store = FileStore(root: root)
        guard let firstDay = CalendarDay(year: 2020, month: 1, day: 1) else { fail("bad first day") }
        if !store.exists {
            let organisation = OrganisationDocument(name: "Torture Ltd", policy: "cafcass-2017", nation: .englandAndWales)
            // Another writer may have created it first.
            if let error = attempt({ () throws(StoreError) in try store.create(organisation, employees: [EmployeeDocument(id: "e1", name: "Test Employee")], actor: actor) }),
               !isAlreadyExists(error) {
                throw error
            }
        }
        var done = 0
        let stored = try store.load()
        let used = (stored.employee("e1")?.absences.map(\.id) ?? []) + stored.organisation.teams.map(\.id)
        var next = (used.compactMap(number).max() ?? 0) + 1
        while done < count {
            let kind = kinds[next % kinds.count]
            let id = "\(kind)-\(next)"
            let refused = attempt { () throws(StoreError) in
                if kind == "team" {
                    var organisation = try store.load().organisation
                    organisation.teams.append(Team(id: id, name: "Team \(next)", managerId: "m1"))
                    try store.save(organisation, actor: actor, action: "organisation.update", summary: "added \(id)")
                } else {
                    var employee = try store.loadEmployee("e1")
                    let day = firstDay.adding(days: next - 1)
                    let absence = "a\(next)"
                    let at = LocalDateTime(day: day, minuteOfDay: 600)
                    employee.absences.append(AbsenceRecord(id: absence, type: .sickness, start: day, end: day))
                    switch kind {
                    case "call": employee.sicknessCalls.append(SicknessCall(id: id, absenceId: absence, receivedAt: at, via: .phone))
                    case "contact": employee.contacts.append(ContactRecord(id: id, absenceId: absence, on: day, by: "manager", via: .phone))
                    case "fitnote": employee.fitNotes.append(FitNoteRecord(id: id, absenceId: absence, from: day, to: day, received: day))
                    case "interview": employee.interviews.append(RTWInterview(id: id, absenceId: absence, heldOn: day))
                    case "meeting":
                        employee.meetings.append(MeetingRecord(id: id, kind: "rtw", at: at, place: "Room 1", noticeGiven: at, delivery: .hand))
                    case "stage": employee.stages.append(StageRecord(id: id, stage: "stage1", decidedOn: day, outcome: .noWarning))
                    case "referral": employee.ohReferrals.append(OHReferral(id: id, absenceId: absence, referredOn: day, by: "m1"))
                    default: break
                    }
                    try store.save(employee, actor: actor, action: "\(kind).add", summary: "added \(kind == "absence" ? absence : id)")
                }
            }
            if let refused {
                guard case .conflict = refused else { throw refused }
                continue  // another writer saved first: load again and retry
            }
            // Unbuffered: the line is in the pipe as soon as this returns.
            FileHandle.standardOutput.write(Data("ack \(kind == "absence" ? "a\(next)" : id)\n".utf8))
            done += 1
            next += 1
        }
    }
}
