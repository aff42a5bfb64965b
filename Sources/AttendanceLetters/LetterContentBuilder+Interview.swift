import AttendanceRules
import AttendanceStore

extension LetterContentBuilder {
    /// The interview `--interview` names.
    mutating func chosenInterview() throws(LetterRequestProblem) -> RTWInterview {
        let listed = employee.interviews.map { "\($0.id) (held \($0.heldOn.ukDisplay), \($0.status.rawValue))" }
        let list = listed.isEmpty ? "none recorded" : listed.joined(separator: ", ")
        guard let id = request.interviewId else {
            throw LetterRequestProblem("--interview is needed for interview-record letters; \(employee.name)'s interviews: \(list)")
        }
        guard let interview = employee.interviews.first(where: { $0.id == id }) else {
            throw LetterRequestProblem("no interview \(TextRules.quoted(id)) for \(employee.id); \(employee.name)'s interviews: \(list)")
        }
        interviewId = interview.id
        return interview
    }

    /// The interview record as HR files it: the questions asked in the policy's order, and —
    /// only when the manager asks for them — the answers and agreed actions, which are private
    /// health data (D-75); the sign-off and the employee's acknowledgement.
    mutating func interviewFields(_ interview: RTWInterview) -> [String: Any] {
        let prompts = policy.returnToWork.prompts
        let asked = prompts.filter { interview.answers[$0.id] != nil }.map { ($0.id, $0.text) }
            + interview.answers.keys.filter { id in !prompts.contains { $0.id == id } }.sorted().map { ($0, $0) }
        includesPrivate = request.includePrivate && (!interview.answers.isEmpty || !interview.agreedActions.isEmpty)
        let questions: [[String: Any]] = asked.map { id, text in
            var q: [String: Any] = ["question": text, "answered": !(interview.answers[id] ?? "").isEmpty]
            if request.includePrivate, let answer = interview.answers[id] { q["answer"] = answer }
            return q
        }
        var out: [String: Any] = [
            "heldOn": LetterDates.long(interview.heldOn),
            "questions": questions,
            "includesAnswers": request.includePrivate,
            "actions": request.includePrivate ? interview.agreedActions : [String](),
            "hasActions": !interview.agreedActions.isEmpty,
            "signedOff": interview.status == .signedOff,
            "acknowledged": interview.employeeAcknowledged == true,
            "notAcknowledged": interview.employeeAcknowledged == false,
        ]
        if let absence = employee.absences.first(where: { $0.id == interview.absenceId }) {
            out["absenceFrom"] = LetterDates.long(absence.start)
            if let end = absence.end { out["absenceTo"] = LetterDates.long(end) }
        }
        if interview.status == .signedOff {
            if let by = interview.signedOffBy { out["signedOffBy"] = by }
            if let on = interview.signedOffOn { out["signedOffOn"] = LetterDates.long(on) }
        }
        checklist.append(LetterChecklistItem(passed: nil, text: "The questions are the policy's return-to-work prompts that were answered", source: policy.returnToWork.source))
        checklist.append(LetterChecklistItem(passed: interview.status == .signedOff, text: interview.status == .signedOff ? "The interview is signed off" : "The interview is not signed off yet; sign it off before filing the record", source: policy.returnToWork.source))
        if request.includePrivate {
            checklist.append(LetterChecklistItem(passed: nil, text: "This record includes the answers and agreed actions, which may hold health detail (special-category data): file it only where the policy allows", source: "attend D-75"))
        } else if !interview.answers.isEmpty || !interview.agreedActions.isEmpty {
            checklist.append(LetterChecklistItem(passed: nil, text: "The answers and agreed actions are private and left out; include them on purpose when HR's form needs them", source: "attend D-75"))
        }
        return out
    }
}
