/// The lower part of the Reports screen, changed with Tab: the weekday heat map, triggers and
/// cases, duties kept by team, or reasons (small groups suppressed). At 150 columns and more
/// the weekday map stays on the left and Tab changes the right-hand panel.
public enum ReportsSection: String, CaseIterable, Hashable, Sendable {
    case weekdays
    case cases
    case duties
    case reasons

    public var title: String {
        switch self {
        case .weekdays: "Weekdays"
        case .cases: "Triggers and cases"
        case .duties: "Duties kept"
        case .reasons: "Reasons"
        }
    }

    /// The next section Tab shows (`step` -1 for Shift-Tab); `sideBySide` leaves out the
    /// weekdays, which are always shown then.
    func moved(by step: Int, sideBySide: Bool) -> ReportsSection {
        let order = sideBySide ? Self.allCases.filter { $0 != .weekdays } : Self.allCases
        let here = order.firstIndex(of: self) ?? 0
        return order[((here + step) % order.count + order.count) % order.count]
    }
}
