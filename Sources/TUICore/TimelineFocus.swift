/// Which part of the stage timeline the arrow keys act on (Tab switches).
public enum TimelineFocus: Hashable, Sendable {
    /// The time axis: arrows move between items.
    case axis
    /// The detail pane: ↑/↓ scroll it.
    case detail
}
