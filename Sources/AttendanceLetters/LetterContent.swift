import Foundation
import AttendanceRules
import AttendanceStore

/// The facts of one letter, ready for its template: the fields (`LetterFields`), the
/// manager's checklist, a title, and the ids of the records it was written from. Built only
/// from the store and the policy; no private text unless the request asks for it.
public struct LetterContent: @unchecked Sendable {
    public let kind: LetterKind
    public let title: String
    /// The template's fields: nested `[String: Any]`, lists and `Bool`s, as Mustache reads them.
    public let fields: [String: Any]
    public let checklist: [LetterChecklistItem]
    public let meetingId: String?
    public let outcomeId: String?
    public let interviewId: String?
    /// True when private text (interview answers, actions) is in the letter.
    public let includesPrivate: Bool
    /// The day the person is taken to receive the letter (the policy's deemed receipt, AMB-13).
    public let receivedOn: CalendarDay

    /// The content for `request`, or why the record cannot give it.
    public init(_ request: LetterRequest) throws(LetterRequestProblem) {
        var builder = LetterContentBuilder(request)
        try builder.build()
        kind = request.kind
        title = builder.title
        fields = Self.oneLine(builder.fields) as? [String: Any] ?? [:]
        checklist = builder.checklist
        meetingId = builder.meetingId
        outcomeId = builder.outcomeId
        interviewId = builder.interviewId
        includesPrivate = builder.includesPrivate
        receivedOn = builder.receivedOn
    }

    /// Every text on one line: a template places values inside its own lines, so a line break
    /// in a stored text (a pasted answer) must not start a heading, a bullet or a new paragraph.
    static func oneLine(_ value: Any) -> Any {
        switch value {
        case let text as String:
            return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        case let list as [String]: return list.map { oneLine($0) }
        case let list as [[String: Any]]: return list.map { oneLine($0) }
        case let object as [String: Any]: return object.mapValues { oneLine($0) }
        default: return value
        }
    }
}
