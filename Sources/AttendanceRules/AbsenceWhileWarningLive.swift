/// What a counted absence that starts while a stage's warning is live leads to.
public enum AbsenceWhileWarningLive: String, PolicyEnum {
    /// A formal review meeting at the same stage (NUL16 s21.2.1, AMB-29).
    case reviewMeeting
    /// The next stage may be invoked (NOTTS WIN [001:40-41]).
    case nextStage
}
