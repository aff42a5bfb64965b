import Logging
import PostgresNIO

extension PostgresConnection {
    /// Every row's single column.
    func values<T: PostgresDecodable & Sendable>(_ query: PostgresQuery, _ type: T.Type, logger: Logger) async throws -> [T] {
        let rows = try await self.query(query, logger: logger)
        var out: [T] = []
        for try await value in rows.decode(T.self) { out.append(value) }
        return out
    }

    /// Every row's two columns.
    func pairs<A: PostgresDecodable & Sendable, B: PostgresDecodable & Sendable>(_ query: PostgresQuery, _ a: A.Type, _ b: B.Type,
                                                                               logger: Logger) async throws -> [(A, B)] {
        let rows = try await self.query(query, logger: logger)
        var out: [(A, B)] = []
        for try await pair in rows.decode((A, B).self) { out.append(pair) }
        return out
    }
}
