import AttendanceRules

/// A letter written to the employee (schema 7): what it was about, when and by whom, how it
/// was to be delivered, and its text as written (headings marked `# `, bullets `- `), so it
/// can be written out again at any time exactly as it was sent, whatever changed since.
/// The manager's checklist that went with it is kept beside it.
public struct LetterRecord: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    /// The letter kind (`invitation`, `outcome`, `appeal-acknowledgement`, …).
    public let kind: String
    public let title: String
    public let writtenOn: CalendarDay
    public let writtenBy: String
    public let meetingId: String?
    public let outcomeId: String?
    public let interviewId: String?
    public let delivery: NoticeDelivery
    /// The day the person is taken to receive it (the policy's deemed-receipt rule, AMB-13).
    public let receivedOn: CalendarDay
    public let text: String
    public let checklist: [String]
    /// True when the text holds private notes the manager chose to include (D-75).
    public let includesPrivate: Bool

    public init(id: String, kind: String, title: String, writtenOn: CalendarDay, writtenBy: String, meetingId: String? = nil,
                outcomeId: String? = nil, interviewId: String? = nil, delivery: NoticeDelivery, receivedOn: CalendarDay,
                text: String, checklist: [String], includesPrivate: Bool) {
        self.id = id
        self.kind = kind
        self.title = title
        self.writtenOn = writtenOn
        self.writtenBy = writtenBy
        self.meetingId = meetingId
        self.outcomeId = outcomeId
        self.interviewId = interviewId
        self.delivery = delivery
        self.receivedOn = receivedOn
        self.text = text
        self.checklist = checklist
        self.includesPrivate = includesPrivate
    }

    /// The id of the record it was written from.
    public var about: String? { meetingId ?? outcomeId ?? interviewId }

    /// This letter with its text withheld when it holds private notes.
    public var withoutPrivateText: LetterRecord {
        guard includesPrivate else { return self }
        return LetterRecord(id: id, kind: kind, title: title, writtenOn: writtenOn, writtenBy: writtenBy, meetingId: meetingId,
                            outcomeId: outcomeId, interviewId: interviewId, delivery: delivery, receivedOn: receivedOn,
                            text: PrivateText.placeholder, checklist: checklist, includesPrivate: true)
    }

    /// The files it is written out to, relative to the store: `letters/<employee>/<id>.docx` and `.txt`.
    public static func folder(employeeId: String) -> String { "letters/\(employeeId)" }
    public func path(employeeId: String, format: String) -> String { "\(Self.folder(employeeId: employeeId))/\(id).\(format)" }
}
