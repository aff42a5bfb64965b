/// Why a day of a counted sickness spell is worth a second look (the facts behind the rules'
/// pattern observations, NUL16 s21.2 "regular Fridays or Mondays"): never a trigger on its own.
public enum PatternHint: Int, Hashable, Sendable, CaseIterable, Comparable {
    /// The spell starts on the first working day of the person's week (usually a Monday).
    case startsWeek
    /// The spell ends on the last working day of the person's week (usually a Friday).
    case endsWeek
    /// The spell starts the day after, or ends the day before, a bank holiday or annual leave.
    case nextToHolidayOrLeave

    /// In declaration order.
    public static func < (lhs: PatternHint, rhs: PatternHint) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A short phrase for the status line.
    public var text: String {
        switch self {
        case .startsWeek: "spell starts on the first working day of the week"
        case .endsWeek: "spell ends on the last working day of the week"
        case .nextToHolidayOrLeave: "spell next to a bank holiday or annual leave"
        }
    }

    /// A shorter phrase for an 80-column status line.
    public var shortText: String {
        switch self {
        case .startsWeek: "starts the week"
        case .endsWeek: "ends the week"
        case .nextToHolidayOrLeave: "next to holiday/leave"
        }
    }
}
