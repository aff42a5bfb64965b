import Foundation

/// Prints JSON with stable key order, for scripts and diffs.
enum JSONOutput {
    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        StandardStreams.shared.out(data)
        StandardStreams.shared.out("\n".utf8)
    }
}
