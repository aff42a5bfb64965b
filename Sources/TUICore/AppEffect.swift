/// What the reducer asks the outside world to do (data only; the executable runs it).
public enum AppEffect: Hashable, Sendable {
    case quit
}
