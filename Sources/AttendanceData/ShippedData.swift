import Foundation

/// The data files shipped with attend (`data/` in the repository), read from the bundle.
///
/// This module is the only place that knows where the shipped files live; the rules
/// module is handed their bytes.
public enum ShippedData {
    /// The official GOV.UK `bank-holidays.json` copy shipped in `data/`.
    public static func bankHolidaysJSON() throws -> Data {
        guard let url = Bundle.module.url(forResource: "bank-holidays", withExtension: "json") else {
            throw ShippedDataError.missing("data/bank-holidays.json")
        }
        return try Data(contentsOf: url)
    }

    /// Every policy profile shipped in `data/policies/`, as (file name, bytes), sorted by name.
    public static func policyFiles() throws -> [(name: String, data: Data)] {
        guard let dir = Bundle.module.url(forResource: "policies", withExtension: nil) else {
            throw ShippedDataError.missing("data/policies")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
        return try names.map { name in
            (name: "data/policies/\(name)", data: try Data(contentsOf: dir.appendingPathComponent(name)))
        }
    }
}

/// A shipped data file that is not where the build put it.
public enum ShippedDataError: Error, CustomStringConvertible {
    case missing(String)

    public var description: String {
        switch self {
        case .missing(let path): "the shipped data file \(path) is missing from the build; rebuild attend"
        }
    }
}
