import AttendanceRules

/// Short return-to-work interview answers for the synthetic organisation, keyed by the
/// policy's prompt ids; cheap to make (no evaluation), unlike the demo's.
enum SyntheticText {
    static func answer(_ promptId: String, absence: AbsenceRecord, end: CalendarDay, days: Int) -> String {
        switch promptId {
        case "welcome": return "Welcomed back; feeling better."
        case "format": return "Held face to face on the first day back."
        case "record-accurate": return "Checked: \(absence.start.ukDisplay) to \(end.ukDisplay) (\(days) calendar day\(days == 1 ? "" : "s")). Correct."
        case "certification":
            switch absence.certificate {
            case .fitNote: return "Fit note received and copied to HR."
            case .selfCertificate: return "Self-certificate completed and signed."
            case .none: return "No certificate needed."
            }
        case "reason": return DemoText.reason(absence.reason)
        case "classify":
            return absence.related.map { "Recorded as \($0.label)." } ?? "Not related to any category the policy treats specially."
        case "adjustments": return absence.related == .disability ? "Existing adjustments confirmed." : "No adjustments needed."
        case "support": return "Reminded them of the employee assistance programme."
        case "occupational-health": return "Agreed an occupational health referral."
        case "phased-return": return "Agreed a two-week phased return."
        case "work-update": return "Caught up on what changed while they were away."
        case "welfare": return "Door is open if anything changes."
        case "privacy": return "Held in private."
        case "sign-off": return "Form completed and sent to HR."
        default: return "Discussed; nothing further."
        }
    }
}
