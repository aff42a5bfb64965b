/// Any JSON value, for comparing two versions of a stored document field by field
/// (`DocumentDiff`) without knowing every record type.
indirect enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    /// The value as one short line: text as it is, whole numbers without a decimal point,
    /// a list of scalars joined with commas.
    var text: String? {
        switch self {
        case .null: return nil
        case .bool(let b): return b ? "yes" : "no"
        case .number(let n):
            if n.rounded() == n, abs(n) < 1e15 { return String(Int(n)) }
            return String(n)
        case .string(let s): return s
        case .array(let items): return items.map { $0.text ?? "none" }.joined(separator: ", ")
        case .object(let members): return members.keys.sorted().map { "\($0): \(members[$0]?.text ?? "none")" }.joined(separator: "; ")
        }
    }

    var members: [String: JSONValue]? { if case .object(let m) = self { return m } else { return nil } }
    var items: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
}
