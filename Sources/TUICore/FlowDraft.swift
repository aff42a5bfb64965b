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

    /// The same form for the same person: a later draft replaces it.
    public func isSameForm(as other: FlowDraft) -> Bool { kind == other.kind && employeeId == other.employeeId }

    /// What the form is, for messages and the list `D` shows.
    public var title: String {
        switch kind {
        case "sickness-call": "The sickness call form"
        case "return": "The return-to-work form"
        case "contact": "The contact form"
        case "fit-note": "The fit note form"
        case "meeting": "The meeting booking form"
        case "stage-outcome": "The stage outcome form"
        case "interview": "The interview's unsaved answers"
        default: "A \(kind.replacingOccurrences(of: "-", with: " ")) form"
        }
    }
}
