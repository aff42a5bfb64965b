import AttendanceStore
import PostgresNIO

extension PostgresStore {
    /// For `attend bench --server`: a role with no login of its own that the connected login
    /// may act as (`options=-c role=NAME` in the URL), with this access granted. Needs a login
    /// that may create roles (a local superuser, as on a benchmark server).
    public func makeBenchRole(_ access: PostgresAccess) throws(StoreError) {
        if let problem = PostgresAccess.roleProblem(access.role) { throw .invalid("\(problem); nothing was changed") }
        let quoted = PostgresAccess.quoted(access.role)
        try session.run("making the benchmark role \(access.role)") { connection, logger in
            let exists = try await connection.values("SELECT count(*)::int FROM pg_roles WHERE rolname = \(access.role)", Int.self, logger: logger).first ?? 0
            if exists == 0 { try await connection.query(PostgresQuery(unsafeSQL: "CREATE ROLE \(quoted) NOLOGIN"), logger: logger) }
            try await connection.query(PostgresQuery(unsafeSQL: "GRANT \(quoted) TO CURRENT_USER"), logger: logger)
        }
        try grant(access)
    }

    /// Removes what `attend bench --server` made, and only that: the store it created here (it
    /// refuses to start on a database that holds one) and its roles.
    public func removeBenchStore(roles: [String]) throws(StoreError) {
        for role in roles {
            if let problem = PostgresAccess.roleProblem(role) { throw .invalid("\(problem); nothing was changed") }
        }
        try session.transaction("removing the benchmark store") { connection, logger in
            try await connection.query("DROP SCHEMA attend CASCADE", logger: logger)
            for role in roles {
                try await connection.query(PostgresQuery(unsafeSQL: "DROP ROLE IF EXISTS \(PostgresAccess.quoted(role))"), logger: logger)
            }
        }
    }
}
