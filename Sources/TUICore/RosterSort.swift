/// The roster's sort order, cycled with `s`.
public enum RosterSort: String, Hashable, Sendable, CaseIterable {
    case name
    case figure
    case status

    /// The next order in the cycle.
    public var next: RosterSort {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
