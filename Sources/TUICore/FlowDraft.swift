/// What was typed into a form flow that was not saved, kept across a quit, Ctrl-C, a closed
/// terminal or SIGTERM so it can be resumed (`D`) the next time attend opens.
public struct FlowDraft: Codable, Hashable, Sendable {
    /// `sickness-call`, `return`, `contact`, `fit-note`, `meeting` or `stage-outcome`.
    public let kind: String
    public let employeeId: String
    /// Field id → value.
    public let values: [String: String]

    public init(kind: String, employeeId: String, values: [String: String]) {
        self.kind = kind
        self.employeeId = employeeId
        self.values = values
    }
}
