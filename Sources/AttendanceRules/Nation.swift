/// A UK bank-holiday division, named as in the GOV.UK `bank-holidays.json` feed.
public enum Nation: String, PolicyEnum {
    case englandAndWales = "england-and-wales"
    case scotland
    case northernIreland = "northern-ireland"

    /// The id used in files and on the command line.
    public var id: String { rawValue }

    /// A display name.
    public var name: String {
        switch self {
        case .englandAndWales: "England and Wales"
        case .scotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        }
    }

    /// The ids, for messages that say what is allowed.
    public static var allowedIds: String { allCases.map(\.id).joined(separator: ", ") }
}
