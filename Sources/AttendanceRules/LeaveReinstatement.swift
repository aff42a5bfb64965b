/// Annual leave days that sickness overlapped, and whether the policy gives them back.
public struct LeaveReinstatement: Hashable, Sendable {
    /// Days of leave that were also sickness days.
    public let overlappingDays: Int
    /// Days that can be reinstated on the evidence held (0 when the evidence is not enough).
    public let reinstatableDays: Int
    public let explanation: String
    public let source: String

    /// Assesses `leave` against the sickness records under `policy` (AMB-19, e.g. CAF [004:159]:
    /// a GP fit note is needed, self-certification is not allowed).
    public static func assess(policy: PolicyProfile, leave: AnnualLeaveSpan, sickness: [AbsenceRecord]) -> LeaveReinstatement? {
        guard let rule = policy.sickDuringAnnualLeave else { return nil }
        var overlapping = 0
        var evidenced = 0
        var day = leave.start
        while day <= leave.end {
            if let record = sickness.first(where: { $0.type == .sickness && $0.start <= day && ($0.end ?? leave.end) >= day }) {
                overlapping += 1
                let ok: Bool
                switch record.certificate {
                case .fitNote: ok = true
                case .selfCertificate: ok = rule.evidence == "selfCertificateOrFitNote"
                case .none: ok = false
                }
                if ok { evidenced += 1 }
            }
            day = day.next
        }
        let reinstatable = rule.reinstate ? evidenced : 0
        let needs = rule.evidence == "fitNote" ? "a fit note (self-certification is not enough)" : "a self-certificate or a fit note"
        let explanation: String
        if !rule.reinstate {
            explanation = "the policy gives no leave back for sickness"
        } else if overlapping == 0 {
            explanation = "no sickness during this leave"
        } else if reinstatable == overlapping {
            explanation = "\(overlapping) day\(overlapping == 1 ? "" : "s") of leave may be reinstated on application"
        } else {
            explanation = "\(reinstatable) of \(overlapping) day\(overlapping == 1 ? "" : "s") may be reinstated; the rest need \(needs)"
        }
        return LeaveReinstatement(overlappingDays: overlapping, reinstatableDays: reinstatable, explanation: explanation, source: rule.source)
    }
}
