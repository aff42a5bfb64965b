/// How a figure is compared with a threshold, set to the literal wording of the policy (AMB-07):
/// "at least" / "or more" is `>=`, "more than" / "exceeding" is `>`.
public enum ThresholdComparator: String, PolicyEnum {
    case atLeast = ">="
    case moreThan = ">"

    /// Whether `value` meets `threshold` under this comparator.
    public func holds(_ value: Double, _ threshold: Double) -> Bool {
        switch self {
        case .atLeast: value >= threshold
        case .moreThan: value > threshold
        }
    }

    /// "at least" or "more than", for explanations.
    public var words: String {
        switch self {
        case .atLeast: "at least"
        case .moreThan: "more than"
        }
    }
}
