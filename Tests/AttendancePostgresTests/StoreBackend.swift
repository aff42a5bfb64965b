import AttendanceDemo
import AttendancePostgres
import AttendanceRules
import AttendanceStore
import Foundation
import TestSupport

/// The two store backends, for the behaviour suite that runs on each.
enum StoreBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case folder, postgresql

    var description: String { rawValue }

    static let today = CalendarDay(year: 2026, month: 11, day: 20) ?? CalendarDay(dayNumber: 0)

    static func demo() -> (OrganisationDocument, [EmployeeDocument]) {
        DemoOrganisation.generate(today: today, policy: ShippedFixtures.policy("newcastle-2016"), holidays: ShippedFixtures.holidays)
    }

    /// Creates the demo organisation in `store` (actor `hr`) and returns its employees.
    static func createDemo(in store: any RecordStore, now: Date) throws -> [EmployeeDocument] {
        let (organisation, employees) = demo()
        try store.create(organisation, employees: employees, actor: "hr", now: now)
        return employees
    }

    /// A new empty store of this kind for `body`, removed afterwards. `opener` opens a second,
    /// independent handle on the same store (another process's view); `damage` breaks one
    /// employee's stored document as a faulty disk or a hand edit would.
    func withStore(_ body: (_ store: any RecordStore, _ opener: () throws -> any RecordStore, _ damage: (String) throws -> Void) throws -> Void) throws {
        switch self {
        case .folder:
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("attend-backend-\(UUID().uuidString.prefix(8))").path
            defer { try? FileManager.default.removeItem(atPath: root) }
            let store = FileStore(root: root)
            try body(store, { FileStore(root: root) }, { id in
                try Data("{ \"id\": \"\(id)\", \"revision\": ".utf8).write(to: URL(fileURLWithPath: store.employeePath(id)))
            })
        case .postgresql:
            let cluster = try PostgresCluster.start()
            defer { cluster.stop() }
            let store = try PostgresStore(url: cluster.url())
            try body(store, { try PostgresStore(url: cluster.url()) }, { id in
                try cluster.psql("UPDATE attend.employees SET document = '{\"id\": \"\(id)\", \"revision\": \"x\"}' WHERE id = '\(id)'")
                try cluster.psql("UPDATE attend.employee_private SET document = '{\"id\": \"\(id)\", \"revision\": \"x\"}' WHERE id = '\(id)'")
            })
        }
    }
}
