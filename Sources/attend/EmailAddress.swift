import AttendanceReports
import AttendanceStore

/// The e-mail options' one check: an address calendar clients accept, or `none` to clear one.
enum EmailAddress {
    /// The address to store: nil for `none`; refuses anything that is not an address.
    static func parse(_ text: String, option: String) throws -> String? {
        if text == "none" { return nil }
        guard CalendarParticipant.isAddress(text) else {
            throw BadInput("\(option) \(TextRules.quoted(text)) is not an e-mail address; expected name@example.org (or none to clear it)")
        }
        return text
    }
}
