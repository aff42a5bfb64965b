/// The panes of the person detail screen (Tab moves between them).
public enum PersonDetailPane: Int, Hashable, Sendable, CaseIterable {
    /// The figures with what counted and why, the triggers and the warnings.
    case figures
    /// The duties of the latest spell and the next step.
    case duties

    /// The other pane.
    public var other: PersonDetailPane { self == .figures ? .duties : .figures }
}
