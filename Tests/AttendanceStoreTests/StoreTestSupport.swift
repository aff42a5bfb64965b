#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttendanceRules
import AttendanceStore
import Foundation
import Testing

/// A fresh folder under the system temporary directory, removed when `body` returns.
func withTemporaryDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("attend-store-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try await body(path)
}

/// A new store (organisation plus `employees`) in its own temporary folder, removed afterwards.
/// The store lives in a `store` subfolder, so tests can check that the store makes it 0700.
func withStore<T>(employees: [EmployeeDocument] = [StoreFixtures.fullEmployee(), StoreFixtures.plainEmployee("e2")],
                  _ body: (FileStore) async throws -> T) async throws -> T {
    try await withTemporaryDirectory { folder in
        let store = FileStore(root: "\(folder)/store")
        try store.create(StoreFixtures.organisation(), employees: employees, actor: "tester")
        return try await body(store)
    }
}

enum StoreFixtures {
    static func day(_ iso: String) -> CalendarDay {
        guard let day = CalendarDay(iso: iso) else { preconditionFailure("bad test date \(iso)") }
        return day
    }

    static func time(_ iso: String) -> LocalDateTime {
        guard let time = LocalDateTime(iso: iso) else { preconditionFailure("bad test time \(iso)") }
        return time
    }

    static func organisation() -> OrganisationDocument {
        OrganisationDocument(name: "Acme Housing", policy: "cafcass-2017", nation: .englandAndWales,
                             managers: [Manager(id: "m1", name: "Ann Manager"), Manager(id: "m2", name: "Raj Manager")],
                             teams: [Team(id: "t1", name: "Lettings", managerId: "m1"), Team(id: "t2", name: "Repairs", managerId: "m2")])
    }

    /// An employee with something in every list the document holds.
    static func fullEmployee(id: String = "e1") -> EmployeeDocument {
        let pattern: WorkingPattern
        do {
            pattern = try WorkingPattern(days: [.monday, .wednesday, .friday], hoursPerDay: 7.5,
                                         hoursByWeekday: [.friday: 4], worksBankHolidays: true)
        } catch {
            preconditionFailure("fixture pattern: \(error)")
        }
        var employee = EmployeeDocument(id: id, name: "Bea Example", teamId: "t1", managerId: "m1", pattern: pattern,
                                        nation: .scotland, policy: "newcastle-2016", fte: 0.6, startDate: day("2019-04-01"))
        employee.absences = [
            AbsenceRecord(id: "a1", type: .sickness, start: day("2025-01-06"), end: day("2025-01-17"),
                          firstDayWorkedFraction: 0.5, related: .disability, reason: .musculoskeletal,
                          certificate: .fitNote, fitNoteFrom: day("2025-01-13"),
                          hrDecision: HRDecision(counts: false, decidedBy: "hr1", decidedOn: day("2025-01-20"),
                                                 note: "reasonable adjustment agreed")),
            AbsenceRecord(id: "a2", type: .annualLeave, start: day("2025-08-04"), end: day("2025-08-15")),
            AbsenceRecord(id: "a3", type: .sickness, start: day("2026-03-02"), end: nil, reason: .coldFlu,
                          certificate: .selfCertificate),
        ]
        employee.sicknessCalls = [
            SicknessCall(id: "c1", absenceId: "a3", receivedAt: time("2026-03-02T08:05"), via: .proxy, caller: "partner",
                         reason: .coldFlu, note: "sounded very unwell", expectedReturn: day("2026-03-05"),
                         flags: ["reported by a proxy"]),
        ]
        employee.contacts = [
            ContactRecord(id: "k1", absenceId: "a1", on: day("2025-01-10"), by: "manager", via: .phone, note: "will send fit note"),
            ContactRecord(id: "k2", absenceId: nil, on: day("2025-02-01"), by: "employee", via: .email),
        ]
        employee.fitNotes = [
            FitNoteRecord(id: "f1", absenceId: "a1", from: day("2025-01-13"), to: day("2025-01-17"), received: day("2025-01-14"),
                          mayBeFit: true, adjustments: "phased return over two weeks"),
        ]
        employee.interviews = [
            RTWInterview(id: "i1", absenceId: "a1", heldOn: day("2025-01-20"), status: .signedOff,
                         answers: ["feeling": "much better", "adjustments": "standing desk", "support": "none needed"],
                         agreedActions: ["order a standing desk", "review in four weeks"],
                         signedOffBy: "m1", signedOffOn: day("2025-01-20")),
            RTWInterview(id: "i2", absenceId: "a3", heldOn: day("2026-03-06")),
        ]
        employee.meetings = [
            MeetingRecord(id: "mt1", kind: "stage1", at: time("2025-03-10T14:30"), durationMinutes: 45, place: "Room 2",
                          noticeGiven: time("2025-03-03T09:00"), delivery: .email, overrideReason: nil, sequence: 1),
            MeetingRecord(id: "mt2", kind: "appeal", at: time("2025-04-01T10:00"), place: "Teams",
                          noticeGiven: time("2025-03-31T16:00"), delivery: .hand, overrideReason: "employee asked for an early date",
                          cancelled: true),
        ]
        employee.stages = [
            StageRecord(id: "s1", stage: "stage1", decidedOn: day("2025-03-10"), outcome: .warning, meetingId: "mt1",
                        warning: WarningRecord(stage: "stage1", issued: day("2025-03-10"), scoreAtIssue: 256,
                                               validity: Period(6, .months)),
                        reviewPeriodEnd: day("2025-06-10"),
                        appeal: AppealRecord(lodged: day("2025-03-17"), heard: day("2025-04-01"), result: "dismissed")),
            StageRecord(id: "s2", stage: "stage2", decidedOn: day("2025-09-01"), outcome: .noFurtherAction),
        ]
        employee.ohReferrals = [
            OHReferral(id: "oh-1", absenceId: "a1", referredOn: day("2025-01-15"), by: "m1", note: "back pain, workstation review"),
            OHReferral(id: "oh-2", absenceId: "a3", referredOn: day("2026-03-04"), by: "Ann Manager"),
        ]
        return employee
    }

    /// An employee with nothing recorded yet.
    static func plainEmployee(_ id: String, name: String = "Plain Person") -> EmployeeDocument {
        EmployeeDocument(id: id, name: name, teamId: "t2", managerId: "m2")
    }
}

extension FileStore {
    /// The path of a file in the store folder.
    func path(_ relative: String) -> String { "\(root)/\(relative)" }

    /// The raw bytes of a store file.
    func bytes(_ relative: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path(relative)))
    }

    /// The text of a store file.
    func text(_ relative: String) throws -> String {
        String(decoding: try bytes(relative), as: UTF8.self)
    }

    /// Replaces a store file's bytes directly (as a hand edit, a crash or another program would).
    func overwrite(_ relative: String, with text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(relative)))
    }

    /// A store file as a JSON object, for editing fields by hand.
    func jsonObject(_ relative: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: try bytes(relative))
        return try #require(object as? [String: Any], "\(relative) is not a JSON object")
    }

    /// Writes a JSON object as a store file.
    func overwrite(_ relative: String, withJSON object: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: path(relative)))
    }
}

/// The permission bits (e.g. 0o600) of a file or folder.
func permissions(_ path: String) throws -> mode_t {
    var info = stat()
    guard stat(path, &info) == 0 else {
        throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
    }
    return info.st_mode & 0o7777
}

/// A value shared between threads, guarded by a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withValue<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

/// Runs `body(index)` on `count` dedicated threads at once and waits for them all.
func runOnThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) async {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        let thread = Thread {
            body(index)
            group.leave()
        }
        thread.start()
    }
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
        group.notify(queue: .global()) { continuation.resume() }
    }
}
