import AttendancePostgres
import AttendanceStore
import Foundation
import TestSupport
import Testing

/// Who may see what, enforced by PostgreSQL itself: checked with plain SQL (`psql` as the
/// manager's own role), not only through attend.
@Suite(.serialized) struct PostgresAccessTests {
    /// A store with the demo, roles `mgr` (manager priya-raman), `hradv` (HR), `rep`
    /// (reports) and `nobody` (no grant); the ids of priya-raman's people and of others'.
    static func withGrantedStore(_ body: (PostgresCluster, PostgresStore, _ mine: [String], _ others: [String]) throws -> Void) throws {
        let cluster = try PostgresCluster.start()
        defer { cluster.stop() }
        let store = try PostgresStore(url: cluster.url())
        let (organisation, employees) = StoreBackend.demo()
        try store.create(organisation, employees: employees, actor: "hr", now: Date())
        try cluster.psql("CREATE ROLE mgr LOGIN; CREATE ROLE hradv LOGIN; CREATE ROLE rep LOGIN; CREATE ROLE nobody LOGIN")
        try store.grant(PostgresAccess(role: "mgr", kind: .manager, managerId: "priya-raman"))
        try store.grant(PostgresAccess(role: "hradv", kind: .hr, managerId: nil))
        try store.grant(PostgresAccess(role: "rep", kind: .reports, managerId: nil))
        let teams = Set(organisation.teams.filter { $0.managerId == "priya-raman" }.map(\.id))
        let mine = employees.filter { $0.teamId.map(teams.contains) ?? false }.map(\.id).sorted()
        let others = employees.map(\.id).filter { !mine.contains($0) }.sorted()
        #expect(!mine.isEmpty && !others.isEmpty)
        try body(cluster, store, mine, others)
    }

    /// psql's output for `sql` as `role`, or its error text.
    static func attempt(_ cluster: PostgresCluster, _ sql: String, as role: String) -> String {
        do { return try cluster.psql(sql, user: role) } catch { return "ERROR \(error)" }
    }

    @Test func aManagersRoleSelectsOnlyTheirTeamsRowsWithPlainSQL() throws {
        try Self.withGrantedStore { cluster, _, mine, others throws in
            #expect(try cluster.psql("SELECT string_agg(id, ',' ORDER BY id) FROM attend.employees", user: "mgr") == mine.joined(separator: ","))
            #expect(try cluster.psql("SELECT count(*) FROM attend.employees WHERE id = '\(others[0])'", user: "mgr") == "0")
            #expect(try cluster.psql("SELECT count(*) FROM attend.employee_private", user: "mgr") == String(mine.count))
            #expect(try cluster.psql("SELECT count(*) FROM attend.audit WHERE employee_id = '\(others[0])'", user: "mgr") == "0",
                    "another team's audit rows are hidden too")
            #expect(Self.attempt(cluster, "SELECT count(*) FROM attend.access", as: "mgr").contains("permission denied"), "the mapping is HR's")
        }
    }

    @Test func aManagersRoleCannotUpdateDeleteOrMoveAnotherTeamsRows() throws {
        try Self.withGrantedStore { cluster, _, mine, others throws in
            let other = others[0]
            let updated = Self.attempt(cluster, "WITH u AS (UPDATE attend.employees SET revision = revision + 1 WHERE id = '\(other)' RETURNING 1) SELECT count(*) FROM u", as: "mgr")
            #expect(updated == "0", "an update of another team's row touches nothing")
            let privateUpdate = Self.attempt(cluster, "WITH u AS (UPDATE attend.employee_private SET document = '{}' WHERE id = '\(other)' RETURNING 1) SELECT count(*) FROM u", as: "mgr")
            #expect(privateUpdate == "0")
            #expect(Self.attempt(cluster, "DELETE FROM attend.employees WHERE id = '\(other)'", as: "mgr").contains("permission denied"))
            #expect(Self.attempt(cluster, "DELETE FROM attend.employees WHERE id = '\(mine[0])'", as: "mgr").contains("permission denied"),
                    "erasing is HR's")
            // Moving one of their own people into another manager's team is refused by the check.
            let move = Self.attempt(cluster, "UPDATE attend.employees SET team_id = 'housing-support', manager_id = 'mairi-macleod' WHERE id = '\(mine[0])'", as: "mgr")
            #expect(move.contains("row-level security"), "\(move)")
            let insert = Self.attempt(cluster, "INSERT INTO attend.employees (id, team_id, manager_id, revision, document) VALUES ('planted', 'housing-support', 'mairi-macleod', 1, '{}')", as: "mgr")
            #expect(insert.contains("row-level security"), "\(insert)")
            #expect(Self.attempt(cluster, "DELETE FROM attend.audit", as: "mgr").contains("permission denied"), "the audit cannot be rewritten")
            #expect(Self.attempt(cluster, "UPDATE attend.organisation SET revision = 0", as: "mgr").contains("permission denied"))
            // Nothing changed, as the owner sees it.
            #expect(try cluster.psql("SELECT count(*) FROM attend.employees") == String(mine.count + others.count))
            #expect(try cluster.psql("SELECT team_id FROM attend.employees WHERE id = '\(mine[0])'") != "housing-support")
        }
    }

    @Test func aRoleCannotAskTheAccessFunctionsWhatAnotherRoleWasGranted() throws {
        try Self.withGrantedStore { cluster, _, _, _ throws in
            #expect(try cluster.psql("SELECT attend.access_kind(current_user) || ' ' || attend.access_manager(current_user)", user: "mgr") == "manager priya-raman")
            #expect(try cluster.psql("SELECT coalesce(attend.access_kind('hradv'), 'none')", user: "mgr") == "none")
            #expect(try cluster.psql("SELECT attend.sees_everyone('hradv')::text || attend.reads_all_private('hradv')::text", user: "mgr") == "falsefalse")
            #expect(try cluster.psql("SELECT cardinality(attend.managed_teams('mgr'))", user: "hradv") == "0", "HR cannot ask for a manager's teams either")
            #expect(try cluster.psql("SELECT attend.may_see('hradv', NULL, NULL)::text", user: "mgr") == "false")
        }
    }

    @Test func hrSeesEveryoneReportsSeeNoPrivateTextAndAnUngrantedRoleSeesNothing() throws {
        try Self.withGrantedStore { cluster, _, mine, others throws in
            let everyone = String(mine.count + others.count)
            #expect(try cluster.psql("SELECT count(*) FROM attend.employees", user: "hradv") == everyone)
            #expect(try cluster.psql("SELECT count(*) FROM attend.employee_private", user: "hradv") == everyone)
            #expect(try cluster.psql("SELECT count(*) FROM attend.employees", user: "rep") == everyone)
            #expect(try cluster.psql("SELECT count(*) FROM attend.employee_private", user: "rep") == "0")
            #expect(Self.attempt(cluster, "UPDATE attend.employees SET revision = 0", as: "rep").contains("permission denied"))
            #expect(Self.attempt(cluster, "SELECT count(*) FROM attend.employees", as: "nobody").contains("permission denied"))
            #expect(Self.attempt(cluster, "SELECT count(*) FROM attend.employee_private", as: "nobody").contains("permission denied"))
        }
    }

    @Test func throughAttendAManagerLoadsAndSavesOnlyTheirPeopleAndTheRoleIsAudited() throws {
        try Self.withGrantedStore { cluster, _, mine, others throws in
            let manager = try PostgresStore(url: cluster.url(user: "mgr"))
            #expect(try manager.connectedAccess().kind == .manager)
            #expect(try manager.connectedAccess().managerId == "priya-raman")
            let snapshot = try manager.load()
            #expect(snapshot.employees.map(\.id).sorted() == mine && snapshot.problems.isEmpty)
            #expect(throws: StoreError.self) { try manager.loadEmployee(others[0]) }
            var person = try manager.loadEmployee(mine[0])
            person.email = "new@example.org"
            try manager.save(person, actor: "priya", action: "employee.edit", summary: "e-mail", reason: nil, now: Date())
            #expect(try cluster.psql("SELECT db_role || ' ' || actor FROM attend.audit WHERE summary = 'e-mail'") == "mgr priya")
            // A document moved to another manager's team is refused whole.
            var moved = try manager.loadEmployee(mine[1])
            moved.teamId = "housing-support"
            moved.managerId = "mairi-macleod"
            #expect(throws: StoreError.self) { try manager.save(moved, actor: "priya", action: "employee.edit", summary: "moved", reason: nil, now: Date()) }
            #expect(try cluster.psql("SELECT count(*) FROM attend.audit WHERE summary = 'moved'") == "0")
            #expect(throws: StoreError.self) { _ = try manager.erase(employee: mine[2], actor: "priya", detail: "", now: Date()) }
            let hr = try PostgresStore(url: cluster.url(user: "hradv"))
            #expect(try hr.load().employees.count == mine.count + others.count)
            let reports = try PostgresStore(url: cluster.url(user: "rep"))
            let seen = try reports.load().employees
            #expect(seen.count == mine.count + others.count)
            #expect(seen.contains { !$0.privateTextEntries.isEmpty }, "the demo has private notes")
            #expect(seen.allSatisfy { $0.privateTextEntries.allSatisfy { $0.text == PrivateText.placeholder } }, "reports read no private text, only that it is held")
        }
    }

    @Test func grantRefusesAMissingRoleAndANameThatCouldCarrySQL() throws {
        try Self.withGrantedStore { cluster, store, _, _ throws in
            #expect(throws: StoreError.self) { try store.grant(PostgresAccess(role: "ghost", kind: .hr, managerId: nil)) }
            #expect(throws: StoreError.self) { try store.grant(PostgresAccess(role: "x\"; DROP SCHEMA attend; --", kind: .hr, managerId: nil)) }
            #expect(try cluster.psql("SELECT count(*) FROM attend.access WHERE role = 'ghost'") == "0")
            let map = try store.accessMap()
            #expect(map.contains(PostgresAccess(role: "mgr", kind: .manager, managerId: "priya-raman")))
            try store.revoke(role: "mgr")
            #expect(Self.attempt(cluster, "SELECT count(*) FROM attend.employees", as: "mgr").contains("permission denied"))
        }
    }
}
