/// A series as one block character per value, ▁ for the lowest to █ for the series' highest;
/// a blank for a missing value. Used by the report's text and the Reports screen alike. The
/// ASCII fallback (a terminal or file without Unicode) rises `_ . - ~ = + * #`.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let ascii: [Character] = ["_", ".", "-", "~", "=", "+", "*", "#"]

    public static func of(_ values: [Double?], ascii: Bool = false) -> String {
        let levels = ascii ? Self.ascii : blocks
        let top = values.compactMap { $0 }.max() ?? 0
        return String(values.map { value in
            guard let value else { return " " }
            guard top > 0 else { return levels[0] }
            return levels[min(levels.count - 1, Int((value / top) * Double(levels.count - 1) + 0.5))]
        })
    }
}
