import AttendanceRules

extension SicknessCall {
    /// What was recorded about the call, for the person screen and `employee show`: when, how,
    /// who rang, the reason category's name, the flags and the expected return. The private
    /// note is not part of it.
    public var recorded: String {
        var parts = ["call \(receivedAt.ukDisplay) by \(via.rawValue)"]
        if let caller { parts.append("from \(caller)") }
        if let reason { parts.append(reason.name.lowercased()) }
        if let expectedReturn { parts.append("expected back \(expectedReturn.ukDisplay)") }
        let flagged = flags.isEmpty ? "" : "; flagged: \(flags.joined(separator: "; "))"
        return parts.joined(separator: ", ") + flagged
    }
}
