/// The connection closed while a call was waiting on it. postgres-nio sends a query on a
/// connection that has just closed without a promise, so that query is never answered; the
/// session ends such a wait with this instead (`PostgresSession.watch`).
struct ConnectionLost: Error {}
