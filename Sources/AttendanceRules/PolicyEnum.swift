/// A string-valued enumeration read from a policy file: decoding an unknown value fails
/// with a message that lists what is allowed, so HR can fix their profile.
public protocol PolicyEnum: RawRepresentable, CaseIterable, Codable, Sendable where RawValue == String {}

extension PolicyEnum {
    /// The allowed values, comma separated, for error messages.
    public static var allowedValues: String { allCases.map(\.rawValue).joined(separator: ", ") }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not allowed; expected one of \(Self.allowedValues)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
