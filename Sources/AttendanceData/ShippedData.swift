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

extension ShippedData {
    /// The shipped letter templates in `data/letters/<set>/<name>.mustache`, as (set, name,
    /// display path, text): the `default` set, and any set named after a policy id.
    public static func letterTemplateFiles() throws -> [(set: String, name: String, file: String, text: String)] {
        guard let dir = Bundle.module.url(forResource: "letters", withExtension: nil) else {
            throw ShippedDataError.missing("data/letters")
        }
        var out: [(set: String, name: String, file: String, text: String)] = []
        for set in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
            let folder = dir.appendingPathComponent(set)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for file in names.sorted() where file.hasSuffix(".mustache") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                out.append((set: set, name: String(file.dropLast(".mustache".count)), file: "data/letters/\(set)/\(file)", text: text))
            }
        }
        return out
    }
}
