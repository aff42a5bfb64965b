import AttendanceStore
import PostgresNIO

extension PostgresStore {
    /// Gives an existing PostgreSQL role its access (replacing any it had), in one transaction:
    /// the row in `attend.access` that the row-level security policies read, and the table
    /// privileges that kind needs. attend creates no roles and keeps no passwords: the
    /// database's administrator makes the roles (`CREATE ROLE alex LOGIN`).
    public func grant(_ access: PostgresAccess) throws(StoreError) {
        if let problem = PostgresAccess.roleProblem(access.role) { throw .invalid("\(problem); nothing was changed") }
        guard let kind = access.kind else { throw .invalid("no kind of access given for \(access.role); nothing was changed") }
        try checkSchema()
        let role = access.role
        let quoted = PostgresAccess.quoted(role)
        var statements = [
            "REVOKE ALL ON ALL TABLES IN SCHEMA attend FROM \(quoted)",
            "GRANT USAGE ON SCHEMA attend TO \(quoted)",
            "GRANT SELECT ON attend.meta, attend.organisation, attend.teams, attend.changes TO \(quoted)",
            "GRANT UPDATE ON attend.changes TO \(quoted)",
            "GRANT SELECT, INSERT ON attend.audit TO \(quoted)",
            "GRANT USAGE ON SEQUENCE attend.audit_seq_seq TO \(quoted)",
            "GRANT EXECUTE ON FUNCTION attend.access_kind(name), attend.access_manager(name), attend.may_see(name, text, text), attend.may_read_private(name, text, text), attend.sees_everyone(name), attend.reads_all_private(name), attend.managed_teams(name) TO \(quoted)",
            // Reports may select the private table too: its policy shows them none of its rows.
            "GRANT SELECT ON attend.employees, attend.employee_private TO \(quoted)",
        ]
        switch kind {
        case .reports:
            break
        case .manager:
            statements.append("GRANT INSERT, UPDATE ON attend.employees, attend.employee_private TO \(quoted)")
        case .hr:
            statements += [
                "GRANT INSERT, UPDATE, DELETE ON attend.employees, attend.employee_private TO \(quoted)",
                "GRANT UPDATE ON attend.organisation TO \(quoted)",
                "GRANT INSERT, UPDATE, DELETE ON attend.teams TO \(quoted)",
            ]
        }
        let all = statements
        let server = settings.server
        try session.transaction("granting access to \(role)") { connection, logger in
            let exists = try await connection.values("SELECT count(*)::int FROM pg_roles WHERE rolname = \(role)", Int.self, logger: logger).first ?? 0
            guard exists == 1 else {
                throw StoreError.invalid("there is no PostgreSQL role '\(role)' at \(server); its administrator creates it first (CREATE ROLE \(role) LOGIN), as attend keeps no roles or passwords of its own; nothing was changed")
            }
            for statement in all { try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger) }
            try await connection.query("""
                INSERT INTO attend.access (role, kind, manager_id) VALUES (\(role), \(kind.rawValue), \(access.managerId))
                ON CONFLICT (role) DO UPDATE SET kind = EXCLUDED.kind, manager_id = EXCLUDED.manager_id
                """, logger: logger)
            try await connection.query("""
                INSERT INTO attend.audit (actor, action, employee_id, summary, revision)
                VALUES (current_user, 'store.grant', NULL, \("granted \(kind.rawValue) access to \(role)\(access.managerId.map { " as manager \($0)" } ?? "")"), 0)
                """, logger: logger)
        }
    }

    /// Takes a role's access away: its row and its privileges.
    public func revoke(role: String) throws(StoreError) {
        if let problem = PostgresAccess.roleProblem(role) { throw .invalid("\(problem); nothing was changed") }
        try checkSchema()
        let quoted = PostgresAccess.quoted(role)
        try session.transaction("revoking access from \(role)") { connection, logger in
            try await connection.query(PostgresQuery(unsafeSQL: "REVOKE ALL ON ALL TABLES IN SCHEMA attend FROM \(quoted)"), logger: logger)
            try await connection.query("DELETE FROM attend.access WHERE role = \(role)", logger: logger)
            try await connection.query("""
                INSERT INTO attend.audit (actor, action, employee_id, summary, revision)
                VALUES (current_user, 'store.revoke', NULL, \("revoked the access of \(role)"), 0)
                """, logger: logger)
        }
    }

    /// The connected role's access, as the database sees it.
    public func connectedAccess() throws(StoreError) -> PostgresAccess {
        try checkSchema()
        let row = try session.run("reading the role's access") { connection, logger -> (String, String?, String?, Bool) in
            let me = try await connection.values("SELECT current_user::text", String.self, logger: logger).first ?? ""
            let owns = try await connection.values("""
                SELECT r.rolsuper OR r.rolbypassrls OR n.nspowner = r.oid FROM pg_roles r, pg_namespace n
                WHERE r.rolname = current_user AND n.nspname = 'attend'
                """, Bool.self, logger: logger).first ?? false
            // A role with no grants may not run the access functions: it has no access.
            let allowed = try await connection.values("SELECT has_function_privilege('attend.access_kind(name)', 'EXECUTE')", Bool.self, logger: logger).first ?? false
            guard allowed || owns else { return (me, nil, nil, owns) }
            let found = try await connection.pairs("SELECT attend.access_kind(current_user), attend.access_manager(current_user)", String?.self, String?.self, logger: logger).first
            return (me, found?.0 ?? nil, found?.1 ?? nil, owns)
        }
        return PostgresAccess(role: row.0, kind: row.1.flatMap(PostgresAccess.Kind.init(rawValue:)), managerId: row.2, ownsStore: row.3)
    }

    /// Every role's access (the schema's owner and superusers only: others may not read it).
    public func accessMap() throws(StoreError) -> [PostgresAccess] {
        try session.run("reading who has access") { connection, logger in
            let query: PostgresQuery = "SELECT role::text, kind, manager_id FROM attend.access ORDER BY kind, role"
            var out: [PostgresAccess] = []
            for try await (role, kind, manager) in try await connection.query(query, logger: logger).decode((String, String, String?).self) {
                out.append(PostgresAccess(role: role, kind: PostgresAccess.Kind(rawValue: kind), managerId: manager))
            }
            return out
        }
    }
}
