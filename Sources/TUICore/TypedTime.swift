/// A time of day as people type it: `08:10`, `8:10`, `8.10`, `0810`, `810`, `8`, `8am`,
/// `8.10pm`, `12pm` (noon). Minutes after midnight, or nil when it is not a time.
enum TypedTime {
    static func minute(_ text: String) -> Int? {
        var t = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "")
        var meridiem: String?
        for suffix in ["am", "pm", "a.m.", "p.m."] where t.hasSuffix(suffix) {
            meridiem = String(suffix.prefix(1))
            t.removeLast(suffix.count)
            break
        }
        let parts = t.split(separator: ":", omittingEmptySubsequences: false).count == 2
            ? t.split(separator: ":", omittingEmptySubsequences: false)
            : t.split(separator: ".", omittingEmptySubsequences: false)
        var hour: Int, minute: Int
        if parts.count == 2 {
            guard (1...2).contains(parts[0].count), parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            hour = h
            minute = m
        } else if parts.count == 1, t.allSatisfy(\.isASCII), t.allSatisfy(\.isNumber), (1...4).contains(t.count), let n = Int(t) {
            // 8 or 08: an hour; 810 or 0810: hour and minutes.
            (hour, minute) = t.count <= 2 ? (n, 0) : (n / 100, n % 100)
        } else {
            return nil
        }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == "p" ? 12 : 0)
        }
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return hour * 60 + minute
    }
}
