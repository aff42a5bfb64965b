import AttendanceRules

/// The kinds of absence the calendars tell apart: sickness, annual leave and every other
/// kind of leave (each by glyph and by colour, so the monochrome fallback loses nothing).
public enum DayKind: Int, Hashable, Sendable, CaseIterable, Comparable {
    case annualLeave
    case otherLeave
    case sickness

    /// The kind an absence type is drawn as.
    public init(_ type: AbsenceType) {
        switch type {
        case .sickness: self = .sickness
        case .annualLeave: self = .annualLeave
        default: self = .otherLeave
        }
    }

    /// Which absence wins when two records cover the same day: sickness, then other leave,
    /// then annual leave (sickness during leave is what the rules look at).
    public static func < (lhs: DayKind, rhs: DayKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The glyph of a whole day (upper case) or a part day (lower case).
    public func glyph(partDay: Bool) -> String {
        switch self {
        case .sickness: partDay ? "s" : "S"
        case .annualLeave: partDay ? "a" : "A"
        case .otherLeave: partDay ? "l" : "L"
        }
    }

    /// The colour of the kind: sickness red, annual leave green, other leave cyan.
    public var color: TerminalColor {
        switch self {
        case .sickness: .red
        case .annualLeave: .green
        case .otherLeave: .cyan
        }
    }
}
