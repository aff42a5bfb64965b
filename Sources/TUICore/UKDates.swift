import Foundation

/// Dates as a UK manager reads them, in text that was stored with ISO dates (history
/// summaries, field changes): `2026-11-16` becomes 16/11/2026 and `2026-11-23T10:00`
/// 23/11/2026 10:00. The stored text is left as it is; only what is shown changes.
enum UKDates {
    static func inText(_ text: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: #"\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?\b"#) else { return text }
        let source = text as NSString
        var out = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            func group(_ i: Int) -> String? {
                let r = match.range(at: i)
                return r.location == NSNotFound ? nil : source.substring(with: r)
            }
            out += source.substring(with: NSRange(location: last, length: match.range.location - last))
            out += "\(group(3) ?? "")/\(group(2) ?? "")/\(group(1) ?? "")" + (group(4).map { " \($0)" } ?? "")
            last = match.range.location + match.range.length
        }
        return out + source.substring(from: last)
    }
}
