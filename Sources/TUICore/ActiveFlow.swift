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
    case drafts(DraftsFlow)
    case interviewRecord(InterviewRecordFlow)
    case letters(LettersFlow)

    /// The flow itself, for everything flows share (`Flow`): the one switch over the cases.
    var current: any Flow {
        switch self {
        case .sicknessCall(let f): f
        case .recordReturn(let f): f
        case .contact(let f): f
        case .fitNote(let f): f
        case .interview(let f): f
        case .scheduleMeeting(let f): f
        case .stageOutcome(let f): f
        case .correction(let f): f
        case .history(let f): f
        case .drafts(let f): f
        case .interviewRecord(let f): f
        case .letters(let f): f
        }
    }

    /// The flow's title, for the box and the help.
    public var title: String { current.title }

    /// Whose records the flow changes.
    public var employeeId: String { current.employeeId }

    /// The unsaved form, when this flow is being filled in.
    public var draft: FlowDraft? { current.draft }

    /// What this flow's kept drafts are filed as, so opening it again resumes one.
    var draftSlot: String? { current.draftKind }
}
