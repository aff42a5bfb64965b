import AttendanceRules

/// The checks a stage outcome passes, whether new or corrected: the same for `attend stage
/// record`, `attend stage edit`, the outcome form and the correction form. Each problem names
/// the field it belongs to, so a form marks the field and the CLI names the option.
public struct StageOutcomeCheck: Sendable {
    public enum Field: String, Sendable { case stage, outcome, decidedOn, meeting, reviewUntil, validity }

    public struct Problem: Hashable, Sendable {
        public let field: Field
        public let message: String
    }

    public let policy: PolicyProfile
    public let holidays: BankHolidayCalendar
    public let organisation: OrganisationDocument
    public let today: CalendarDay

    public init(policy: PolicyProfile, holidays: BankHolidayCalendar, organisation: OrganisationDocument, today: CalendarDay) {
        self.policy = policy
        self.holidays = holidays
        self.organisation = organisation
        self.today = today
    }

    /// The outcome as it will be stored, or the problems with it. A warning keeps the Bradford
    /// score on the day it is issued (the stage-skip gap, AMB-11); when the policy sets no
    /// validity for it, `validityMonths` must give one (AMB-26). The review period must end
    /// after the decision and within the stage's range; the range and its source are the
    /// policy's (`StageRule.reviewPeriod`), named in the message. Correcting `old`, its appeal
    /// and withdrawal are kept, and a warning unchanged keeps its score at issue.
    public func outcome(id: String, stage stageId: String, outcome kind: StageOutcomeKind, decidedOn day: CalendarDay, meetingId: String?,
                        reviewUntil review: CalendarDay?, validityMonths months: Int?, keeping old: StageRecord? = nil,
                        in document: EmployeeDocument) -> Result<StageRecord, StageOutcomeProblems> {
        var problems: [Problem] = []
        func add(_ field: Field, _ message: String) { problems.append(Problem(field: field, message: message)) }
        guard let rule = policy.stage(stageId) else {
            return .failure(StageOutcomeProblems([Problem(field: .stage, message: "'\(stageId)' is not a stage of \(policy.id); expected one of \(policy.stages.map(\.id).joined(separator: ", "))")]))
        }
        if day > today { add(.decidedOn, "in the future (today is \(today.ukDisplay)); record an outcome once it is decided") }
        if let meetingId {
            if let meeting = document.meetings.first(where: { $0.id == meetingId }) {
                if meeting.at.day > day { add(.meeting, "\(meetingId) is on \(meeting.at.day.ukDisplay), after the decision on \(day.ukDisplay); an outcome follows its meeting") }
            } else {
                add(.meeting, "'\(meetingId)' is not one of \(document.name)'s meetings (\(document.meetings.map(\.id).joined(separator: ", ")))")
            }
        }
        if let review {
            if review <= day {
                add(.reviewUntil, "not after the decision on \(day.ukDisplay)")
            } else if let range = rule.reviewPeriod {
                if let min = range.minimum, let earliest = min.calendarEnd(from: day), review < earliest {
                    add(.reviewUntil, "shorter than the minimum of \(min.text) (\(earliest.ukDisplay)) [\(range.source)]")
                }
                if let max = range.maximum, let latest = max.calendarEnd(from: day), review > latest {
                    add(.reviewUntil, "longer than the maximum of \(max.text) (\(latest.ukDisplay)) [\(range.source)]")
                }
            }
        }
        var validity: Period?
        if kind == .warning {
            if let warningRule = rule.warning {
                if let set = warningRule.validity {
                    if months != nil { add(.validity, "the policy sets \(set.text) [\(warningRule.source)]; leave it out") }
                } else if let months, (1...120).contains(months) {
                    validity = Period(months, .months)
                } else {
                    add(.validity, "\(policy.id) sets no validity for a \(rule.name) warning (AMB-26): give the months, 1 to 120")
                }
            } else {
                add(.outcome, "\(rule.name) issues no warning under \(policy.id)")
            }
        } else if months != nil {
            add(.validity, "only for a warning")
        }
        guard problems.isEmpty else { return .failure(StageOutcomeProblems(problems)) }
        var warning: WarningRecord?
        if kind == .warning {
            let score = AttendanceEvaluator(policy: policy, holidays: holidays)
                .evaluate(document.rulesRecord(organisation: organisation), asOf: day).figures.bradford
            warning = WarningRecord(stage: stageId, issued: day, scoreAtIssue: score, validity: validity)
            // A corrected outcome whose warning is unchanged keeps the score it was issued with.
            if let kept = old?.warning, kept.issued == day, kept.stage == stageId, kept.validity == validity { warning = kept }
        }
        return .success(StageRecord(id: id, stage: stageId, decidedOn: day, outcome: kind, meetingId: meetingId, warning: warning,
                                    reviewPeriodEnd: review, appeal: old?.appeal, warningWithdrawn: warning == nil ? nil : old?.warningWithdrawn))
    }
}
