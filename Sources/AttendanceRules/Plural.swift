/// A count with its noun in the right number: "1 day", "2 days", "1 person", "3 people".
public enum Plural {
    public static func of(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
