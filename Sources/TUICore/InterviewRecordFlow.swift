import AttendanceRules
import AttendanceStore

/// `v` on the person screen: the person's latest return-to-work interview in full — each
/// prompt, the answer given, the agreed actions, when it was held, the sign-off and the
/// employee's acknowledgement. Answers may hold health detail, so they are shown only here,
/// where the manager asked for them (read-only; Esc closes).
public struct InterviewRecordFlow: Hashable, Sendable, Flow {
    public let employeeId: String
    public let interviewId: String
    public var scroll = 0

    /// The flow for the latest signed-off interview (else the latest draft); nil with why.
    public static func open(data: AppData, employeeId: String) -> (flow: InterviewRecordFlow?, message: String?) {
        guard let employee = data.employee(employeeId) else { return (nil, "This employee is no longer in the store.") }
        let signed = employee.interviews.filter { $0.status == .signedOff }.max { $0.heldOn < $1.heldOn }
        guard let interview = signed ?? employee.interviews.last else { return (nil, "\(employee.name) has no return-to-work interview on file.") }
        return (InterviewRecordFlow(employeeId: employeeId, interviewId: interview.id), nil)
    }

    var title: String { "Return-to-work interview record" }
    var hints: [KeyHint] { [KeyHint("↑↓ PgUp/Dn", "scroll"), KeyHint("Esc", "close")] }
    var active: ActiveFlow { .interviewRecord(self) }
    mutating func didSave(_ data: AppData) -> [AppEffect] { [] }
    mutating func saveFailed() {}

    /// The record as lines: the facts, then each prompt with its answer, then the actions.
    func lines(_ data: AppData) -> [PaneLine] {
        guard let employee = data.employee(employeeId), let interview = employee.interviews.first(where: { $0.id == interviewId }) else {
            return [PaneLine("This interview is no longer on file.")]
        }
        let policy = data.policy(for: employee)
        let absence = employee.absences.first { $0.id == interview.absenceId }
        var out = [PaneLine("\(interview.id) · absence \(absence.map { "\($0.start.ukDisplay)–\($0.end?.ukDisplay ?? "ongoing")" } ?? interview.absenceId)", style: .bold)]
        out.append(PaneLine("Held \(interview.heldOn.ukDisplay); " + (interview.status == .signedOff
            ? "signed off by \(interview.signedOffBy ?? "?") on \(interview.signedOffOn?.ukDisplay ?? "?")"
            : "a draft, not signed off")))
        let acknowledged = interview.employeeAcknowledged.map { $0 ? "yes" : "no" } ?? "not recorded"
        out.append(PaneLine("Employee acknowledges the record: \(acknowledged)"))
        out.append(PaneLine("Private: answers may hold health detail; shown because you asked.", style: Style(foreground: .yellow)))
        out.append(.blank)
        let prompts = policy?.returnToWork.prompts ?? []
        let ordered = prompts.filter { interview.answers[$0.id] != nil }.map { ($0.id, $0.text) }
            + interview.answers.keys.filter { id in !prompts.contains { $0.id == id } }.sorted().map { ($0, $0) }
        for (id, text) in ordered {
            out.append(PaneLine(text, style: .bold))
            for line in (interview.answers[id] ?? "").split(separator: "\n", omittingEmptySubsequences: false) { out.append(PaneLine("  " + line)) }
        }
        out.append(.blank)
        out.append(PaneLine("Agreed actions", style: .bold))
        if interview.agreedActions.isEmpty { out.append(PaneLine("  none", style: .dim)) }
        for action in interview.agreedActions { out.append(PaneLine("  • " + action)) }
        return out
    }

    mutating func reduce(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        if ScrollPane.scroll(key, &scroll) { return [] }
        switch key {
        case .escape, .enter, .character("q"), .character("v"): state.flow = nil
        default: break
        }
        return []
    }

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        ScrollPane.drawOverlay(lines(state.data), scroll: scroll, into: &buffer, area: area)
    }
}
