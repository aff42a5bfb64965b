/// Where the interview flow is: answering a prompt (by index), adding agreed actions, or signing off.
public enum InterviewStep: Hashable, Sendable {
    case prompt(Int)
    case actions
    case signOff
}
