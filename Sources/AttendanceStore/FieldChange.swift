/// One field of one record as a save changed it, kept in the history entry of that save
/// (issue 12): old and new value for an ordinary field; for private free text only that it
/// changed (`isPrivate`), never its words. A record added or removed as a whole has no field.
public struct FieldChange: Codable, Hashable, Sendable {
    /// The record, e.g. `absence a3`, `contact c-2`, `employee` (the person's own fields).
    public let record: String
    /// The field's path inside the record (`end`, `hrDecision.counts`); nil: the whole record.
    public let field: String?
    /// The value before (nil: none, or private, or the record was added).
    public let from: String?
    /// The value after (nil: none, or private, or the record was removed).
    public let to: String?
    /// The field holds private free text: the change is recorded, its content is not.
    public let isPrivate: Bool?

    enum CodingKeys: String, CodingKey {
        case record, field, from, to
        case isPrivate = "private"
    }

    public init(record: String, field: String?, from: String?, to: String?, isPrivate: Bool = false) {
        self.record = record
        self.field = field
        self.from = isPrivate ? nil : from
        self.to = isPrivate ? nil : to
        self.isPrivate = isPrivate ? true : nil
    }

    /// One line for a person: `absence a3 end: 2026-11-20 → 2026-11-25`.
    public var text: String {
        guard let field else {
            switch (from, to) {
            case (nil, _?): return "\(record) added"
            case (_?, nil): return "\(record) removed"
            default: return "\(record) changed"
            }
        }
        if isPrivate == true { return "\(record) \(field): changed (private text, not recorded)" }
        return "\(record) \(field): \(from ?? "none") → \(to ?? "none")"
    }
}
