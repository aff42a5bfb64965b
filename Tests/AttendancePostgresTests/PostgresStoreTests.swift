import AttendanceDemo
import AttendancePostgres
import AttendanceRules
import AttendanceStore
import Foundation
import TestSupport
import Testing

/// The PostgreSQL store against a real server started by the tests (`PostgresCluster`): the
/// same behaviour as the folder store (create, load, save with a revision check, history,
/// conflicts), and a newer schema refused.
@Suite(.serialized) struct PostgresStoreTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 20) ?? CalendarDay(dayNumber: 0)

    static func demo() -> (OrganisationDocument, [EmployeeDocument]) {
        DemoOrganisation.generate(today: today, policy: ShippedFixtures.policy("newcastle-2016"), holidays: ShippedFixtures.holidays)
    }

    static func withCluster(_ body: (PostgresCluster) throws -> Void) throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        try body(cluster)
    }

    @Test func aStoreIsCreatedLoadedAndSavedWithItsHistory() throws {
        try Self.withCluster { cluster in
            let store = try PostgresStore(url: cluster.url())
            #expect(try store.storeExists() == false)
            let (organisation, employees) = Self.demo()
            try store.create(organisation, employees: employees, actor: "hr-admin")
            #expect(try store.storeExists())
            let snapshot = try store.load()
            #expect(snapshot.employees.count == employees.count && snapshot.problems.isEmpty)
            #expect(snapshot.organisation.name == organisation.name)
            var person = try #require(snapshot.employees.first)
            let revision = person.revision
            person.name = "Siân Llewelyn-Jones"
            let saved = try store.save(person, actor: "alex", action: "employee.edit", summary: "renamed")
            #expect(saved.revision == revision + 1)
            let reread = try store.loadEmployee(person.id)
            #expect(reread.name == "Siân Llewelyn-Jones" && reread.revision == revision + 1)
            let entry = try #require(reread.history.last)
            #expect(entry.actor == "alex" && entry.action == "employee.edit" && entry.revision == revision + 1)
            #expect(entry.changes?.contains { $0.field == "name" } == true, "the history says what changed")
            // The audit row names the database role.
            #expect(try cluster.psql("SELECT db_role || ' ' || actor || ' ' || action FROM attend.audit WHERE employee_id = '\(person.id)'") == "postgres alex employee.edit")
            #expect(store.auditLog().contains { $0.action == "employee.edit" && $0.target == "employee \(person.id)" })
        }
    }

    @Test func anOpenStoreHearsEachCommittedSaveByListenNotify() throws {
        try Self.withCluster { cluster in
            let store = try PostgresStore(url: cluster.url())
            let (organisation, employees) = Self.demo()
            try store.create(organisation, employees: employees, actor: "hr-admin")
            let counter = { () throws -> StoreStamp in StoreStamp(parts: [Int(try cluster.psql("SELECT counter FROM attend.changes")) ?? -1]) }
            #expect(store.changeStamp() == (try counter()), "read before the listener is up")
            // A notification alone, with the counter unchanged, can only be heard, never read.
            var heard = false
            for _ in 0..<100 where !heard {
                try cluster.psql("SELECT pg_notify('attend_changes', '999')")
                usleep(20_000)
                heard = store.changeStamp() == StoreStamp(parts: [999])
            }
            #expect(heard, "the store listens on attend_changes")
            // Another writer's save is heard as the counter it committed, within about 2 s.
            let other = try PostgresStore(url: cluster.url())
            var person = try other.loadEmployee(employees[2].id)
            person.name = "Renamed elsewhere"
            try other.save(person, actor: "b", action: "employee.edit", summary: "rename", reason: nil, now: Date())
            let committed = try counter()
            var seen = store.changeStamp()
            for _ in 0..<40 where seen != committed {
                usleep(50_000)
                seen = store.changeStamp()
            }
            #expect(seen == committed)
        }
    }

    @Test func aSaveFromAnOldRevisionIsRefusedAndChangesNothing() throws {
        try Self.withCluster { cluster in
            let store = try PostgresStore(url: cluster.url())
            let (organisation, employees) = Self.demo()
            try store.create(organisation, employees: employees, actor: "hr")
            var first = try store.loadEmployee(employees[0].id)
            let second = first
            first.name = "First writer"
            try store.save(first, actor: "a", action: "employee.edit", summary: "first")
            var late = second
            late.name = "Second writer"
            #expect(throws: StoreError.self) { try store.save(late, actor: "b", action: "employee.edit", summary: "second") }
            let now = try store.loadEmployee(employees[0].id)
            #expect(now.name == "First writer" && now.revision == second.revision + 1)
            #expect(try cluster.psql("SELECT count(*) FROM attend.audit WHERE summary = 'second'") == "0", "no audit row for a refused save")
        }
    }

    @Test func aNewerSchemaIsRefusedAndAnOlderOneAsksForMigrate() throws {
        try Self.withCluster { cluster in
            let store = try PostgresStore(url: cluster.url())
            let (organisation, employees) = Self.demo()
            try store.create(organisation, employees: Array(employees.prefix(2)), actor: "hr")
            // A process that has the store open, as a newer attend migrates it.
            var open = try store.loadEmployee(employees[0].id)
            try cluster.psql("UPDATE attend.meta SET value = '99' WHERE key = 'schema'")
            do {
                _ = try PostgresStore(url: cluster.url()).load()
                Issue.record("a newer schema loaded")
            } catch {
                #expect("\(error)".contains("newer attend (schema version 99)"))
            }
            // The open process's next save asks again, inside its transaction, and writes nothing.
            open.name = "Written in the old layout"
            #expect(throws: StoreError.self) { try store.save(open, actor: "a", action: "employee.edit", summary: "late") }
            #expect(try cluster.psql("SELECT count(*) FROM attend.audit WHERE summary = 'late'") == "0")
            #expect(try cluster.psql("SELECT revision FROM attend.employees WHERE id = '\(open.id)'") == String(open.revision))
        }
    }

    @Test func privateTextIsKeptOutOfTheReportsRow() throws {
        try Self.withCluster { cluster in
            let store = try PostgresStore(url: cluster.url())
            let (organisation, employees) = Self.demo()
            try store.create(organisation, employees: employees, actor: "hr")
            let withNotes = try #require(employees.first { !$0.privateTextEntries.isEmpty }, "the demo has private notes")
            let secret = try #require(withNotes.privateTextEntries.first?.text)
            let publicRow = try cluster.psql("SELECT document::text FROM attend.employees WHERE id = '\(withNotes.id)'")
            #expect(!publicRow.contains(secret))
            let privateRow = try cluster.psql("SELECT document::text FROM attend.employee_private WHERE id = '\(withNotes.id)'")
            #expect(privateRow.contains(secret.prefix(20)))
            #expect(try store.loadEmployee(withNotes.id).privateTextEntries.map(\.text).contains(secret), "the full document for its manager and HR")
        }
    }
}
