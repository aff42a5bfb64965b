/// The server did not finish the connection within the connect timeout (`ConnectAttempt`).
struct NoAnswer: Error {
    let seconds: Int
}
