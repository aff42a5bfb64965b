@testable import AttendancePostgres
import AttendanceStore
import Foundation
import TestSupport
import Testing

/// `attend store migrate` brings a store made by an older attend up to date in place: the
/// documents as they were, the roles granted before it keeping exactly their access.
@Suite(.serialized) struct PostgresMigrationTests {
    /// A store at schema 1 as that attend left it (jsonb documents, its grants), with the demo
    /// and a manager's role `mgr` for priya-raman granted then.
    static func schemaOneStore(_ cluster: PostgresCluster) throws -> (organisation: OrganisationDocument, employees: [EmployeeDocument]) {
        let store = try PostgresStore(url: cluster.url())
        #expect(try store.migrate(through: 1) == [1])
        let (organisation, demo) = StoreBackend.demo()
        // Stored documents start at revision 1, as `attend init` leaves them.
        let employees = demo.map { employee in
            var stored = employee
            stored.revision = max(1, employee.revision)
            return stored
        }
        var org = organisation
        org.revision = 1
        let orgJSON = String(decoding: try StoreDocuments.encode(org), as: UTF8.self)
        try cluster.psql("INSERT INTO attend.organisation (revision, document) VALUES (1, $doc$\(orgJSON)$doc$::jsonb)")
        for team in organisation.teams {
            try cluster.psql("INSERT INTO attend.teams VALUES ('\(team.id)', '\(team.managerId)')")
        }
        for employee in employees {
            let full = String(decoding: try StoreDocuments.encode(employee), as: UTF8.self)
            let open = String(decoding: try StoreDocuments.encode(employee.withoutPrivateText), as: UTF8.self)
            let team = employee.teamId.map { "'\($0)'" } ?? "NULL", manager = employee.managerId.map { "'\($0)'" } ?? "NULL"
            try cluster.psql("""
                INSERT INTO attend.employees VALUES ('\(employee.id)', \(team), \(manager), \(employee.revision), $doc$\(open)$doc$::jsonb);
                INSERT INTO attend.employee_private VALUES ('\(employee.id)', $doc$\(full)$doc$::jsonb)
                """)
        }
        // Schema 1's grant for a manager, as `attend store grant` made it then.
        try cluster.psql("""
            CREATE ROLE mgr LOGIN;
            GRANT USAGE ON SCHEMA attend TO mgr;
            GRANT SELECT ON attend.meta, attend.organisation, attend.teams, attend.changes, attend.employees, attend.employee_private TO mgr;
            GRANT UPDATE ON attend.changes TO mgr;
            GRANT SELECT, INSERT ON attend.audit TO mgr;
            GRANT USAGE ON SEQUENCE attend.audit_seq_seq TO mgr;
            GRANT INSERT, UPDATE ON attend.employees, attend.employee_private TO mgr;
            GRANT EXECUTE ON FUNCTION attend.access_kind(name), attend.access_manager(name), attend.may_see(name, text, text), attend.may_read_private(name, text, text) TO mgr;
            INSERT INTO attend.access VALUES ('mgr', 'manager', 'priya-raman')
            """)
        return (organisation, employees)
    }

    @Test func aSchemaOneStoreMigratesKeepingEveryDocumentAndEveryRolesAccess() throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        let (organisation, employees) = try Self.schemaOneStore(cluster)
        let local = FileManager.default.temporaryDirectory.appendingPathComponent("attend-migrate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: local) }
        let environment = ["XDG_DATA_HOME": local.path]
        // This attend refuses the old store until it is migrated, saying how.
        let refused = try AttendBinary.run(["employee", "list", "--store", cluster.url()], environment: environment)
        #expect(refused.status == 2 && refused.err.contains("attend store migrate"), "\(refused.err)")
        let run = try AttendBinary.run(["store", "migrate", "--store", cluster.url()], environment: environment)
        #expect(run.status == 0, "\(run.err)")
        #expect(try cluster.psql("SELECT value FROM attend.meta WHERE key = 'schema'") == String(PostgresSchema.current))
        #expect(try cluster.psql("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'attend.employee_private'::regclass AND attname = 'document'") == "json")
        // Every document reads back as it was written.
        let loaded = try PostgresStore(url: cluster.url()).load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.employees.count == employees.count)
        for employee in employees {
            let back = try #require(loaded.employees.first { $0.id == employee.id })
            #expect(try StoreDocuments.encode(back) == StoreDocuments.encode(employee), "\(employee.id) is unchanged")
        }
        // The manager granted under schema 1 still sees exactly their teams, with plain SQL.
        let teams = Set(organisation.teams.filter { $0.managerId == "priya-raman" }.map(\.id))
        let mine = employees.filter { $0.teamId.map(teams.contains) ?? false }.map(\.id).sorted()
        #expect(!mine.isEmpty)
        #expect(try cluster.psql("SELECT string_agg(id, ',' ORDER BY id) FROM attend.employees", user: "mgr") == mine.joined(separator: ","))
        #expect(try cluster.psql("SELECT count(*) FROM attend.employee_private", user: "mgr") == String(mine.count))
        // And through attend, saving one of them.
        let list = try AttendBinary.run(["employee", "list", "--store", cluster.url(user: "mgr")], environment: environment)
        #expect(list.status == 0 && mine.allSatisfy { list.out.contains($0) }, "\(list.out)\(list.err)")
        // Migrating again has nothing to do.
        let again = try AttendBinary.run(["store", "migrate", "--store", cluster.url()], environment: environment)
        #expect(again.status == 0, "\(again.err)")
    }
}
