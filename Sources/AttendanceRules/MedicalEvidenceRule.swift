/// Medical evidence used for a decision must be no older than `maxAge` (NUL16 [002:1350]).
public struct MedicalEvidenceRule: Codable, Hashable, Sendable {
    public let maxAge: Period
    public let source: String
}
