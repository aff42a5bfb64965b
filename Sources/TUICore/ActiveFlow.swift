/// A guided flow in progress (a form over the current screen). While one is active it owns
/// the keyboard; Esc leaves it (its typed values are kept until another flow starts).
public enum ActiveFlow: Hashable, Sendable {
    case sicknessCall(SicknessCallFlow)
    case recordReturn(ReturnFlow)
    case contact(ContactFlow)
    case fitNote(FitNoteFlow)
    case interview(InterviewFlow)
    case scheduleMeeting(MeetingFlow)
    case stageOutcome(StageOutcomeFlow)
    case correction(CorrectionFlow)
    case history(HistoryFlow)

    /// The flow's title, for the box and the help.
    public var title: String {
        switch self {
        case .sicknessCall: "Log a sickness call"
        case .recordReturn: "Record the return to work"
        case .contact: "Record a contact"
        case .fitNote: "Record a fit note"
        case .interview: "Return-to-work interview"
        case .scheduleMeeting(let f): f.rescheduling == nil ? "Schedule a meeting" : "Move a meeting"
        case .stageOutcome(let f): f.editing == nil ? "Record a stage outcome" : "Correct a stage outcome"
        case .correction(let f):
            switch f.mode {
            case .void: "Void a record"
            case .editAbsence: "Correct an absence"
            }
        case .history(let f): f.record.map { "History of \($0.historyName)" } ?? "History"
        }
    }
}
