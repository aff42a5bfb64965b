import AttendanceLetters
import AttendanceRules
import AttendanceStore

/// Record a stage outcome (`o` on the roster): the stage, what was decided and when, the
/// meeting it followed, the review period (checked against the policy's range) and, when the
/// policy sets none, the warning's validity. A warning keeps the Bradford score on the day it
/// is issued. Choosing an existing record instead updates its appeal (lodged, heard, result).
/// After the save the stage timeline shows it.
public struct StageOutcomeFlow: Hashable, Sendable, FormFlow {
    static let newRecord = "new outcome"
    static let noMeeting = "none"
    static let pending = "pending"

    public var employeeId: String
    public var form: FormState
    public var phase: FlowPhase = .editing
    /// The record saved, once the save is under way.
    public var savedRecordId: String?
    /// The letter saved with the outcome or the appeal, or why none could be written.
    var savedLetter: LetterRecord?
    var letterProblem: String?
    /// The record being corrected (`e` on the timeline), nil for a new outcome.
    public var editing: String?

    var title: String { editing == nil ? "Record a stage outcome" : "Correct a stage outcome" }
    var active: ActiveFlow { .stageOutcome(self) }
    /// A correction is not kept: restored, it would open as a new outcome.
    var draftKind: String? { editing == nil ? "stage-outcome" : nil }

    /// The flow for employee `employeeId`; nil when the employee or a policy stage is missing.
    public init?(data: AppData, employeeId: String) {
        guard let employee = data.employee(employeeId), let policy = data.policy(for: employee), !policy.stages.isEmpty else { return nil }
        self.employeeId = employeeId
        let stages = policy.stages.map(\.id)
        let recommended = data.evaluation(employeeId)?.nextStep.stage
        let stage = recommended.flatMap { stages.contains($0) ? $0 : nil } ?? stages[0]
        let meetings = employee.meetings.filter { !$0.cancelled && $0.at.day <= data.today }
        let meetingChoices = [Self.noMeeting] + meetings.map { "\($0.id) \($0.kind) \($0.at.day.ukDisplay)" }
        let defaultMeeting = meetings.last { $0.kind == stage }.map { "\($0.id) \($0.kind) \($0.at.day.ukDisplay)" } ?? Self.noMeeting
        form = FormState(fields: [
            FormField(id: "record", label: "Record", value: Self.newRecord, kind: .choice([Self.newRecord] + employee.stages.map(\.id)),
                      help: "an existing record to update its appeal"),
            FormField(id: "stage", label: "Stage", value: stage, kind: .choice(stages)),
            FormField(id: "outcome", label: "Outcome", value: StageOutcomeKind.warning.rawValue, kind: .choice(StageOutcomeKind.allCases.map(\.rawValue))),
            FormField(id: "decidedOn", label: "Decided on", value: data.today.ukDisplay, help: FormFlowSupport.dateHelp),
            FormField(id: "meeting", label: "After meeting", value: defaultMeeting, kind: .choice(meetingChoices)),
            FormField(id: "reviewUntil", label: "Review period until", help: "dd/mm/yyyy, optional; within the policy's range"),
            FormField(id: "validity", label: "Validity (months)", help: "only when the policy sets none for the warning"),
            FormField(id: "appealLodged", label: "Appeal lodged", help: "dd/mm/yyyy, optional"),
            FormField(id: "appealHeard", label: "Appeal heard", help: "dd/mm/yyyy, optional"),
            FormField(id: "appealResult", label: "Appeal result", value: Self.pending, kind: .choice([Self.pending, "upheld", "dismissed", "varied"])),
        ])
    }

    /// The flow correcting stage record `recordId` (`e` on the timeline): its fields filled in,
    /// the same checks as a new outcome, and a reason kept in the history (issue 12).
    public init?(data: AppData, employeeId: String, editing recordId: String) {
        guard let employee = data.employee(employeeId), let policy = data.policy(for: employee),
              let record = employee.stages.first(where: { $0.id == recordId }) else { return nil }
        self.employeeId = employeeId
        editing = recordId
        func choice(_ m: MeetingRecord) -> String { "\(m.id) \(m.kind) \(m.at.day.ukDisplay)" }
        let meetings = employee.meetings.filter { (!$0.cancelled && $0.at.day <= data.today) || $0.id == record.meetingId }
        let current = meetings.first { $0.id == record.meetingId }.map(choice) ?? Self.noMeeting
        let months = record.warning?.validity.flatMap { $0.unit == .months ? String($0.amount) : nil } ?? ""
        form = FormState(fields: [
            FormField(id: "stage", label: "Stage", value: record.stage, kind: .choice(policy.stages.map(\.id))),
            FormField(id: "outcome", label: "Outcome", value: record.outcome.rawValue, kind: .choice(StageOutcomeKind.allCases.map(\.rawValue))),
            FormField(id: "decidedOn", label: "Decided on", value: record.decidedOn.ukDisplay, help: FormFlowSupport.dateHelp),
            FormField(id: "meeting", label: "After meeting", value: current, kind: .choice([Self.noMeeting] + meetings.map(choice))),
            FormField(id: "reviewUntil", label: "Review period until", value: record.reviewPeriodEnd?.ukDisplay ?? "", help: "dd/mm/yyyy, optional; within the policy's range"),
            FormField(id: "validity", label: "Validity (months)", value: months, help: "only when the policy sets none for the warning"),
            FormField(id: "appealLodged", label: "Appeal lodged", value: record.appeal?.lodged.ukDisplay ?? "", help: "dd/mm/yyyy, optional"),
            FormField(id: "appealHeard", label: "Appeal heard", value: record.appeal?.heard?.ukDisplay ?? "", help: "dd/mm/yyyy, optional"),
            FormField(id: "appealResult", label: "Appeal result", value: record.appeal?.result ?? Self.pending, kind: .choice([Self.pending, "upheld", "dismissed", "varied"])),
            FormField(id: "reason", label: "Why correct it", help: "kept in the history, e.g. the review period was agreed as 3 months", limit: TextRules.noteLimit),
        ])
    }

    var cancelMessage: String? { editing == nil ? "Outcome not recorded." : "Nothing was changed." }
    /// An optional date field: nil when empty, an error beside it when unreadable.
    mutating func optionalDay(_ id: String) -> CalendarDay? {
        let text = form.value(id)
        guard !text.isEmpty else { return nil }
        guard let day = FormFlowSupport.day(text) else { form.setError(id, "not a date; type dd/mm/yyyy or leave empty"); return nil }
        return day
    }

    /// Validates every field (as `attend stage record` does); on success returns the save.
    mutating func save(_ state: inout AppState) -> [AppEffect] {
        form.clearErrors()
        guard var employee = state.data.employee(employeeId), let policy = state.data.policy(for: employee) else {
            state.message = "This employee is no longer in the store."
            return []
        }
        let today = state.data.today
        let lodged = optionalDay("appealLodged")
        let heard = optionalDay("appealHeard")
        let result = form.value("appealResult") == Self.pending ? nil : form.value("appealResult")
        if let lodged, lodged > today { form.setError("appealLodged", "in the future") }
        if let lodged, let heard, heard < lodged { form.setError("appealHeard", "before the appeal was lodged") }
        if lodged == nil, heard != nil || result != nil, form.value("appealLodged").isEmpty, editing != nil || form.value("record") == Self.newRecord {
            form.setError("appealLodged", "give the day the appeal was lodged")
        }

        // Updating the appeal on an existing record.
        if editing == nil && form.value("record") != Self.newRecord {
            guard let index = employee.stages.firstIndex(where: { $0.id == form.value("record") }) else {
                form.setError("record", "no longer on file")
                return []
            }
            let existing = employee.stages[index]
            let lodgedDay = lodged ?? existing.appeal?.lodged
            if lodgedDay == nil, !form.hasErrors { form.setError("appealLodged", "give the day the appeal was lodged") }
            if let lodgedDay, lodgedDay < existing.decidedOn { form.setError("appealLodged", "before the decision on \(existing.decidedOn.ukDisplay)") }
            guard let lodgedDay, !form.hasErrors else { return [] }
            let appeal = AppealRecord(lodged: lodgedDay, heard: heard ?? existing.appeal?.heard, result: result ?? existing.appeal?.result)
            employee.stages[index].appeal = appeal
            savedRecordId = existing.id
            phase = .saving
            // A newly decided appeal gets its outcome letter; a newly lodged one, its acknowledgement.
            let kind: LetterKind? = appeal.result != nil && existing.appeal?.result == nil ? .appealOutcome
                : existing.appeal == nil ? .appealAcknowledgement : nil
            let letter = kind.map { addLetter($0, to: &employee, outcomeId: existing.id, data: state.data) } ?? ""
            return [.save(employee, action: "stage.appeal", summary: "appeal on \(existing.id)\(letter)")]
        }

        let stageId = form.value("stage")
        let kind = StageOutcomeKind(rawValue: form.value("outcome")) ?? .warning
        let day = FormFlowSupport.day(form.value("decidedOn"))
        if day == nil { form.setError("decidedOn", "not a date; type dd/mm/yyyy") }
        let meetingId = form.value("meeting") == Self.noMeeting ? nil : form.value("meeting").split(separator: " ").first.map(String.init)
        let review = optionalDay("reviewUntil")
        let monthsText = form.value("validity")
        let months = monthsText.isEmpty ? nil : Int(monthsText)
        if !monthsText.isEmpty && months == nil { form.setError("validity", "a whole number of months, 1 to 120") }
        if let lodged, let day, lodged < day { form.setError("appealLodged", "before the decision on \(day.ukDisplay)") }
        guard let day, !form.hasErrors else { return [] }
        let old = editing.flatMap { id in employee.stages.first { $0.id == id } }
        let id = old?.id ?? MeetingFlow.newId("s", existing: employee.stages.map(\.id))
        let check = StageOutcomeCheck(policy: policy, holidays: state.data.holidays, organisation: state.data.organisation, today: today)
        var record: StageRecord
        switch check.outcome(id: id, stage: stageId, outcome: kind, decidedOn: day, meetingId: meetingId, reviewUntil: review,
                             validityMonths: months, keeping: old, in: employee) {
        case .success(let checked): record = checked
        case .failure(let found):
            for problem in found.problems { form.setError(problem.field.rawValue, problem.message) }
            return []
        }
        record.appeal = lodged.map { AppealRecord(lodged: $0, heard: heard, result: result) }
        savedRecordId = id
        guard let old, let index = employee.stages.firstIndex(where: { $0.id == old.id }) else {
            employee.stages.append(record)
            phase = .saving
            let letter = addLetter(.outcome, to: &employee, outcomeId: id, data: state.data)
            return [.save(employee, action: "stage.record", summary: "\(stageId) \(kind.rawValue) (\(id))\(letter)")]
        }
        let reason = form.value("reason").trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty { form.setError("reason", "say why (it is kept in the history)") }
        if record == old { form.setError("decidedOn", "nothing changed") }
        guard !form.hasErrors else { return [] }
        employee.stages[index] = record
        phase = .saving
        return [.correct(employee, action: "stage.edit", summary: "corrected \(id)", reason: reason)]
    }

    /// Adds the letter to the document being saved, dated today, so the outcome and its letter
    /// land together; returns the history summary's addition.
    mutating func addLetter(_ kind: LetterKind, to employee: inout EmployeeDocument, outcomeId: String, data: AppData) -> String {
        let drafted = LetterDrafting.adding(kind, to: employee, data: data, outcomeId: outcomeId, date: data.today)
        employee = drafted.document
        savedLetter = drafted.letter
        letterProblem = drafted.problem
        return drafted.letter.map { "; \($0.id) \($0.kind)" } ?? ""
    }

    /// After the save: what was recorded, the lapse date and the stages on file.
    mutating func didSave(_ data: AppData) -> [AppEffect] {
        guard let id = savedRecordId, let employee = data.employee(employeeId), let policy = data.policy(for: employee),
              let record = employee.stages.first(where: { $0.id == id }) else {
            phase = .saved(["Saved."])
            return []
        }
        let rule = policy.stage(record.stage)
        var lines = ["\(editing == nil ? "Recorded" : "Corrected") \(rule?.name ?? record.stage): \(record.outcome.rawValue) on \(record.decidedOn.ukDisplay) (\(id))."]
        if editing != nil {
            lines += ["Saved, with your reason, in the history:"] + (employee.history.last?.changes?.map { "  \(UKDates.inText($0.text))" } ?? [])
        }
        if let warning = record.warning {
            let lapse = warning.lapseDate(under: policy).map { "lapses on \($0.ukDisplay)" } ?? "no lapse date (validity not known)"
            lines.append("\(rule?.warning?.name ?? "Warning") \(lapse)\(warning.scoreAtIssue.map { "; Bradford score at issue \(TriggerEvaluator.format($0))" } ?? "") [\(rule?.warning?.source ?? policy.citationKey)]")
        }
        if let end = record.reviewPeriodEnd { lines.append("Review period until \(end.ukDisplay).") }
        if let appeal = record.appeal {
            lines.append("Appeal lodged \(appeal.lodged.ukDisplay)\(appeal.heard.map { ", heard \($0.ukDisplay)" } ?? "")\(appeal.result.map { ": \($0)" } ?? " (pending)").")
        }
        let letter = savedLetter.flatMap { kept in employee.letters.first { $0.id == kept.id } }
        lines += LetterDrafting.savedLines(letter, problem: editing == nil ? letterProblem : nil, employeeId: employee.id)
        lines.append("Stages on file (press 4 for the stage timeline):")
        lines += employee.stages.map { "  \($0.id) \(policy.stage($0.stage)?.name ?? $0.stage): \($0.outcome.rawValue), \($0.decidedOn.ukDisplay)" }
        phase = .saved(lines)
        return letter.map { [.writeLetter(employeeId: employee.id, letter: $0)] } ?? []
    }

    /// What the manager should know before recording: what needs HR first, a stage whose
    /// entry the records do not show (no live warning before it), and a meeting of the stage
    /// still to come (an outcome is recorded after its meeting).
    func cautions(_ state: AppState) -> [String] {
        guard let employee = state.data.employee(employeeId), let policy = state.data.policy(for: employee) else { return [] }
        var out = (state.data.evaluation(employeeId)?.nextStep.hrAdviceFirst ?? []).map { "⚠ HR first: \($0)" }
        let stage = form.value("stage")
        let name = policy.stage(stage)?.name ?? stage
        if editing == nil, let unmet = employee.unmetPrecondition(forMeeting: stage, policy: policy, on: state.data.today) { out.append("⚠ \(name) \(unmet)") }
        if editing == nil, let booked = employee.bookedMeeting(kind: stage, from: state.data.today) {
            out.append("⚠ The \(policy.meeting(stage)?.name ?? name) is booked for \(booked.at.ukDisplay) (\(booked.id)): record the outcome after it")
        }
        return out
    }

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        var intro = cautions(state) + [editing.map { "Correct stage record \($0): the warning, duties and timeline follow at once; your reason is kept in the history." }
            ?? "A new outcome, or choose a record to update its appeal."]
        if let employee = state.data.employee(employeeId), let policy = state.data.policy(for: employee), let rule = policy.stage(form.value("stage")) {
            var facts: [String] = []
            if let range = rule.reviewPeriod {
                facts.append("review period \(range.minimum?.text ?? "any") to \(range.maximum?.text ?? "any") [\(range.source)]")
            }
            if let warning = rule.warning {
                facts.append("\(warning.name) valid \(warning.validity?.text ?? "for a period the policy does not set (enter months)")")
            }
            if !facts.isEmpty { intro.append("\(rule.name): " + facts.joined(separator: "; ")) }
        }
        FormFlowSupport.draw(form: form, phase: phase, intro: intro, into: &buffer, area: area, keepsDraft: editing == nil)
    }
}
