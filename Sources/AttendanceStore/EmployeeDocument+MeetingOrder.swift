import AttendanceRules

extension EmployeeDocument {
    /// What a meeting of `kind` needs that this person's records do not show yet, or nil. A
    /// stage's meeting needs the live warning its entry rule names (`StageRule.entry`, e.g.
    /// NUL16 Stage 2 after a live Stage 1 warning); a review (`<stage>-review`) or an appeal
    /// hearing (`<stage>-appeal`, `appeal`) needs an outcome of that stage (any stage) on file.
    /// A note for the booking form, not a refusal: the manager may know more (HR's advice).
    public func unmetPrecondition(forMeeting kind: String, policy: PolicyProfile, on day: CalendarDay) -> String? {
        func stageName(_ id: String) -> String { policy.stage(id)?.name ?? id }
        if let entry = policy.stage(kind)?.entry {
            let live = stages.contains { record in
                record.stage == entry.requiresLiveWarningFrom && (record.standingWarning?.isLive(on: day, under: policy) ?? false)
            }
            let warning = policy.stage(entry.requiresLiveWarningFrom)?.warning?.name ?? "\(stageName(entry.requiresLiveWarningFrom)) warning"
            return live ? nil : "needs a live \(warning) (\(entry.source))"
        }
        for suffix in ["-review", "-appeal"] where kind.hasSuffix(suffix) {
            let stage = String(kind.dropLast(suffix.count))
            guard policy.stage(stage) != nil else { continue }
            if suffix == "-appeal" {
                return stages.contains { $0.stage == stage && $0.appeal != nil } ? nil : "needs an appeal lodged against a \(stageName(stage)) outcome"
            }
            return stages.contains { $0.stage == stage && $0.reviewPeriodEnd != nil } ? nil : "needs a \(stageName(stage)) outcome with a review period"
        }
        if kind == "appeal" { return stages.contains { $0.appeal != nil } ? nil : "needs an appeal lodged against an outcome" }
        return nil
    }

    /// The policy's meeting kinds in the order a manager should meet them: the expected one
    /// (the recommended next step) first, then those whose preconditions are met, then the rest.
    public func meetingKinds(policy: PolicyProfile, expected: String?, on day: CalendarDay) -> [String] {
        let kinds = policy.meetings.map(\.kind)
        let first = expected.flatMap { kinds.contains($0) ? [$0] : nil } ?? []
        let rest = kinds.filter { !first.contains($0) }
        return first + rest.filter { unmetPrecondition(forMeeting: $0, policy: policy, on: day) == nil }
            + rest.filter { unmetPrecondition(forMeeting: $0, policy: policy, on: day) != nil }
    }

    /// A meeting of `kind` booked and still to come (not cancelled, not held), if any.
    public func bookedMeeting(kind: String, from day: CalendarDay) -> MeetingRecord? {
        meetings.filter { $0.kind == kind && !$0.cancelled && $0.outcome == nil && $0.at.day >= day }.min { $0.at < $1.at }
    }
}
