import AttendanceRules
import AttendanceStore

/// Record a stage outcome (`o` on the roster): the stage, what was decided and when, the
/// meeting it followed, the review period (checked against the policy's range) and, when the
/// policy sets none, the warning's validity. A warning keeps the Bradford score on the day it
/// is issued. Choosing an existing record instead updates its appeal (lodged, heard, result).
/// After the save the stage timeline shows it.
public struct StageOutcomeFlow: Hashable, Sendable, FormFlow {
    public static let hints: [KeyHint] = [KeyHint("Tab ↑↓", "field"), KeyHint("←→", "choice"), KeyHint("Enter", "save"), KeyHint("Esc", "cancel")]

    static let newRecord = "new outcome"
    static let noMeeting = "none"
    static let pending = "pending"

    public var employeeId: String
    public var form: FormState
    public var phase: FlowPhase = .editing
    /// The record saved, once the save is under way.
    public var savedRecordId: String?

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

    static var cancelMessage: String? { "Outcome not recorded." }
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
        if lodged == nil, heard != nil || result != nil, form.value("appealLodged").isEmpty, form.value("record") == Self.newRecord {
            form.setError("appealLodged", "give the day the appeal was lodged")
        }

        // Updating the appeal on an existing record.
        if form.value("record") != Self.newRecord {
            guard let index = employee.stages.firstIndex(where: { $0.id == form.value("record") }) else {
                form.setError("record", "no longer on file")
                return []
            }
            let existing = employee.stages[index]
            let lodgedDay = lodged ?? existing.appeal?.lodged
            if lodgedDay == nil, !form.hasErrors { form.setError("appealLodged", "give the day the appeal was lodged") }
            if let lodgedDay, lodgedDay < existing.decidedOn { form.setError("appealLodged", "before the decision on \(existing.decidedOn.ukDisplay)") }
            guard let lodgedDay, !form.hasErrors else { return [] }
            employee.stages[index].appeal = AppealRecord(lodged: lodgedDay, heard: heard ?? existing.appeal?.heard, result: result ?? existing.appeal?.result)
            savedRecordId = existing.id
            phase = .saving
            return [.save(employee, action: "stage.appeal", summary: "appeal on \(existing.id)")]
        }

        let stageId = form.value("stage")
        guard let rule = policy.stage(stageId) else { form.setError("stage", "not a stage of \(policy.id)"); return [] }
        let kind = StageOutcomeKind(rawValue: form.value("outcome")) ?? .warning
        let day = FormFlowSupport.day(form.value("decidedOn"))
        if day == nil { form.setError("decidedOn", "not a date; type dd/mm/yyyy") }
        if let day, day > today { form.setError("decidedOn", "in the future; record an outcome once it is decided") }
        let meetingId = form.value("meeting") == Self.noMeeting ? nil : form.value("meeting").split(separator: " ").first.map(String.init)
        if let meetingId, !employee.meetings.contains(where: { $0.id == meetingId }) { form.setError("meeting", "not one of \(employee.name)'s meetings") }
        let review = optionalDay("reviewUntil")
        if let review, let day {
            if review <= day { form.setError("reviewUntil", "not after the decision on \(day.ukDisplay)") }
            if let range = rule.reviewPeriod {
                if let min = range.minimum, let earliest = min.calendarEnd(from: day), review < earliest {
                    form.setError("reviewUntil", "shorter than the minimum of \(min.text) (\(earliest.ukDisplay)) [\(range.source)]")
                }
                if let max = range.maximum, let latest = max.calendarEnd(from: day), review > latest {
                    form.setError("reviewUntil", "longer than the maximum of \(max.text) (\(latest.ukDisplay)) [\(range.source)]")
                }
            }
        }
        if let lodged, let day, lodged < day { form.setError("appealLodged", "before the decision on \(day.ukDisplay)") }
        var validity: Period?
        let months = form.value("validity")
        if kind == .warning {
            if rule.warning == nil { form.setError("outcome", "\(rule.name) issues no warning under \(policy.id)") }
            if let warningRule = rule.warning {
                if let set = warningRule.validity {
                    if !months.isEmpty { form.setError("validity", "the policy sets \(set.text) [\(warningRule.source)]; leave empty") }
                } else if let n = Int(months), n > 0, n <= 120 {
                    validity = Period(n, .months)
                } else {
                    form.setError("validity", "\(policy.id) sets no validity for this warning (AMB-26): give months, 1 to 120")
                }
            }
        } else if !months.isEmpty {
            form.setError("validity", "only for a warning")
        }
        guard let day, !form.hasErrors else { return [] }
        var warning: WarningRecord?
        if kind == .warning {
            let score = AttendanceEvaluator(policy: policy, holidays: state.data.holidays)
                .evaluate(employee.rulesRecord(organisation: state.data.organisation), asOf: day).figures.bradford
            warning = WarningRecord(stage: stageId, issued: day, scoreAtIssue: score, validity: validity)
        }
        let id = MeetingFlow.newId("s", existing: employee.stages.map(\.id))
        employee.stages.append(StageRecord(id: id, stage: stageId, decidedOn: day, outcome: kind, meetingId: meetingId, warning: warning,
                                           reviewPeriodEnd: review, appeal: lodged.map { AppealRecord(lodged: $0, heard: heard, result: result) }))
        savedRecordId = id
        phase = .saving
        return [.save(employee, action: "stage.record", summary: "\(stageId) \(kind.rawValue) (\(id))")]
    }

    /// After the save: what was recorded, the lapse date and the stages on file.
    mutating func didSave(_ data: AppData) {
        guard let id = savedRecordId, let employee = data.employee(employeeId), let policy = data.policy(for: employee),
              let record = employee.stages.first(where: { $0.id == id }) else {
            phase = .saved(["Saved."])
            return
        }
        let rule = policy.stage(record.stage)
        var lines = ["Recorded \(rule?.name ?? record.stage): \(record.outcome.rawValue) on \(record.decidedOn.ukDisplay) (\(id))."]
        if let warning = record.warning {
            let lapse = warning.lapseDate(under: policy).map { "lapses on \($0.ukDisplay)" } ?? "no lapse date (validity not known)"
            lines.append("\(rule?.warning?.name ?? "Warning") \(lapse)\(warning.scoreAtIssue.map { "; Bradford score at issue \(TriggerEvaluator.format($0))" } ?? "") [\(rule?.warning?.source ?? policy.citationKey)]")
        }
        if let end = record.reviewPeriodEnd { lines.append("Review period until \(end.ukDisplay).") }
        if let appeal = record.appeal {
            lines.append("Appeal lodged \(appeal.lodged.ukDisplay)\(appeal.heard.map { ", heard \($0.ukDisplay)" } ?? "")\(appeal.result.map { ": \($0)" } ?? " (pending)").")
        }
        lines.append("Stages on file (press 4 for the stage timeline):")
        lines += employee.stages.map { "  \($0.id) \(policy.stage($0.stage)?.name ?? $0.stage): \($0.outcome.rawValue), \($0.decidedOn.ukDisplay)" }
        phase = .saved(lines)
    }

    func draw(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        var intro = ["A new outcome, or choose a record to update its appeal."]
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
        FormFlowSupport.draw(form: form, phase: phase, intro: intro, into: &buffer, area: area)
    }
}
