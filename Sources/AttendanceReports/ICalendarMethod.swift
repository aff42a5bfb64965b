/// The iTIP method of a calendar (RFC 5546 §1.4): an invitation or update, or a cancellation.
public enum ICalendarMethod: String, Sendable {
    case request = "REQUEST"
    case cancel = "CANCEL"
}
