#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One way of damaging a store file, as a crash, a bad disk, a careless edit or an attacker
/// would. `apply` rewrites (or replaces) the file and says what it did, and whether the result
/// is certainly damage that `validate` must report.
enum StoreMutation: String, CaseIterable {
    case truncate, flipBytes, wrongType, hugeNumber, hugeString, deepNesting, invalidUTF8, duplicateKey
    case empty, danglingLink, linkOutside, directory, fifo

    struct Outcome {
        let description: String
        let mustDamage: Bool
    }

    func apply(to path: String, random: inout FuzzRandom) throws -> Outcome {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        switch self {
        case .truncate:
            let trimmed = bytes.lastIndex { !" \n\r\t".utf8.contains($0) }.map { $0 + 1 } ?? 0
            let cut = Int.random(in: 0..<max(trimmed, 1), using: &random)
            try write(Array(bytes[..<cut]), to: path)
            return Outcome(description: "truncated to \(cut) of \(bytes.count) bytes", mustDamage: true)
        case .flipBytes:
            var changed = bytes
            let count = Int.random(in: 1...8, using: &random)
            for _ in 0..<count where !changed.isEmpty {
                let i = Int.random(in: 0..<changed.count, using: &random)
                changed[i] ^= UInt8(1 << Int.random(in: 0...7, using: &random))
            }
            try write(changed, to: path)
            return Outcome(description: "\(count) bit flips", mustDamage: false)
        case .wrongType, .hugeNumber, .hugeString, .deepNesting:
            return try replaceLeaf(in: bytes, path: path, random: &random)
        case .invalidUTF8:
            // Inside the first string value after a random point: bytes that are never UTF-8.
            guard let quote = Self.stringStart(in: bytes, after: Int.random(in: 0..<max(bytes.count / 2, 1), using: &random)) else {
                return Outcome(description: "no string to break", mustDamage: false)
            }
            let bad: [UInt8] = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]][Int.random(in: 0...3, using: &random)]
            try write(Array(bytes[...quote]) + bad + Array(bytes[(quote + 1)...]), to: path)
            return Outcome(description: "invalid UTF-8 \(bad.map { String($0, radix: 16) }) at byte \(quote + 1)", mustDamage: true)
        case .duplicateKey:
            guard let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
                  let key = object.keys.sorted().randomElement(using: &random),
                  let open = bytes.firstIndex(of: UInt8(ascii: "{")) else {
                return Outcome(description: "no key to repeat", mustDamage: false)
            }
            let value = try JSONSerialization.data(withJSONObject: [key: object[key] ?? 0], options: [.fragmentsAllowed])
            let member = Array(value.dropFirst().dropLast()) + Array(",".utf8)
            try write(Array(bytes[...open]) + member + Array(bytes[(open + 1)...]), to: path)
            return Outcome(description: "key '\(key)' given twice", mustDamage: true)
        case .empty:
            try write([], to: path)
            return Outcome(description: "emptied", mustDamage: true)
        case .danglingLink:
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/nonexistent/attend-fuzz")
            return Outcome(description: "a dangling symbolic link", mustDamage: true)
        case .linkOutside:
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/etc/passwd")
            return Outcome(description: "a symbolic link to /etc/passwd", mustDamage: true)
        case .directory:
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            return Outcome(description: "a folder", mustDamage: true)
        case .fifo:
            try FileManager.default.removeItem(atPath: path)
            guard mkfifo(path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
            return Outcome(description: "a FIFO", mustDamage: true)
        }
    }

    /// Replaces one random leaf value of the document (parsed, so the rest stays well formed).
    private func replaceLeaf(in bytes: [UInt8], path: String, random: inout FuzzRandom) throws -> Outcome {
        let document = try JSONSerialization.jsonObject(with: Data(bytes))
        var leaves: [[Any]] = []
        Self.collectLeaves(document, at: [], into: &leaves)
        guard let leafPath = leaves.randomElement(using: &random) else { return Outcome(description: "no leaf", mustDamage: false) }
        let marker = "__attend_fuzz_marker__"
        let replaced = Self.replacing(document, at: leafPath[...], with: marker)
        let text = String(decoding: try JSONSerialization.data(withJSONObject: replaced, options: [.sortedKeys]), as: UTF8.self)
        let literal: String
        switch self {
        case .wrongType:
            literal = ["7", "\"seven\"", "true", "null", "[]", "{}", "[1,2]", "{\"a\":1}"].randomElement(using: &random) ?? "null"
        case .hugeNumber:
            literal = ["9223372036854775807", "9223372036854775808", "-9223372036854775808", "1e308", "-1e308", "1e400",
                       "123456789012345678901234567890", "-0", "0.000000000000000000000001", "4.9e-324"].randomElement(using: &random) ?? "1e308"
        case .hugeString:
            let size = [300, 5_000, 1_000_000].randomElement(using: &random) ?? 300
            let unit = ["A", "é", "\\u001b]0;PWNED\\u0007", "\\u0000", "👩‍⚕️"].randomElement(using: &random) ?? "A"
            literal = "\"" + String(repeating: unit, count: max(size / max(unit.utf8.count, 1), 1)) + "\""
        default:
            let depth = [100, 10_000, 200_000].randomElement(using: &random) ?? 10_000
            literal = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        }
        try write(Array(text.replacingOccurrences(of: "\"\(marker)\"", with: literal).utf8), to: path)
        let name = leafPath.map { "\($0)" }.joined(separator: ".")
        // A nested value where a scalar belongs is always wrong; other changes may be allowed.
        return Outcome(description: "\(self.rawValue) at \(name): \(literal.prefix(40))\(literal.count > 40 ? "…" : "")", mustDamage: self == .deepNesting)
    }

    static func collectLeaves(_ value: Any, at path: [Any], into leaves: inout [[Any]]) {
        if let object = value as? [String: Any] {
            for key in object.keys.sorted() { collectLeaves(object[key] ?? 0, at: path + [key], into: &leaves) }
        } else if let array = value as? [Any] {
            for (i, element) in array.enumerated() { collectLeaves(element, at: path + [i], into: &leaves) }
        } else {
            leaves.append(path)
        }
    }

    static func replacing(_ value: Any, at path: ArraySlice<Any>, with marker: String) -> Any {
        guard let step = path.first else { return marker }
        if var object = value as? [String: Any], let key = step as? String {
            object[key] = replacing(object[key] ?? 0, at: path.dropFirst(), with: marker)
            return object
        }
        if var array = value as? [Any], let index = step as? Int, array.indices.contains(index) {
            array[index] = replacing(array[index], at: path.dropFirst(), with: marker)
            return array
        }
        return value
    }

    /// The index of a `"` that opens a string at or after `start`.
    static func stringStart(in bytes: [UInt8], after start: Int) -> Int? {
        bytes.indices.dropFirst(start).first { bytes[$0] == UInt8(ascii: "\"") && $0 + 1 < bytes.count }
    }

    func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
