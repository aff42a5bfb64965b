import AttendanceRules

/// The words a manager would write in the demo: interview answers, agreed actions and notes.
/// Broad reasons only, never a diagnosis (health data is special-category personal data).
enum DemoText {
    /// What the employee said about the reason, by category.
    static func reason(_ category: ReasonCategory?) -> String {
        switch category {
        case .coldFlu?: "Cold and flu symptoms; not a recurring problem."
        case .gastrointestinal?: "Stomach upset; over it now and not recurring."
        case .headacheMigraine?: "Migraine; has had them before and is seeing their own GP about them."
        case .backPain?: "Back pain; doing the exercises the physiotherapist gave them."
        case .musculoskeletal?: "Sore neck and shoulder; a workstation assessment has been offered."
        case .respiratory?: "Chest infection; fully recovered."
        case .infection?: "An infection, now cleared up."
        case .injury?: "Injured at work; the accident book entry and the incident report are done."
        case .stressAnxietyDepression?: "Feeling under pressure at work and at home; talked through the support available."
        case .heartCirculation?: "Under the care of their GP; no changes needed at work for now."
        case .operationRecovery?: "Recovering from a planned operation."
        case .pregnancyRelated?: "Pregnancy-related; the pregnancy risk assessment has been reviewed."
        case .other?, .notGiven?, nil: "Preferred not to go into detail; no concerns about work raised."
        }
    }

    /// The answer to one return-to-work prompt.
    static func answer(prompt: RTWPrompt, absence: AbsenceRecord, evaluation: EmployeeEvaluation, policy: PolicyProfile) -> String {
        let end = absence.end ?? absence.start
        let days = absence.start.days(to: end) + 1
        switch prompt.id {
        case "welcome":
            return "Welcomed back; said they are feeling much better."
        case "format":
            return "Held face to face in a private room on the first day back."
        case "record-accurate":
            return "Checked together: \(absence.start.ukDisplay) to \(end.ukDisplay) (\(days) calendar day\(days == 1 ? "" : "s")). Correct."
        case "certification":
            switch absence.certificate {
            case .fitNote: return "Fit note received and copied to HR."
            case .selfCertificate: return "Self-certificate completed and signed today."
            case .none: return "No certificate needed for this length of absence."
            }
        case "reason":
            return reason(absence.reason)
        case "early-return":
            return "Back on the day expected; no early return against a fit note."
        case "fit-date":
            return "Confirmed fit to return today."
        case "classify":
            guard let related = absence.related else {
                return "Not related to pregnancy, a disability, an infectious disease, an injury at work or an appointment."
            }
            let treatment = policy.counting.treatment(of: related)?.treatment
            let effect: String = switch treatment {
            case .exclude?: "it does not count towards the trigger points"
            case .excludeIfFitNote?: absence.certificate == .fitNote ? "covered by a fit note, so it does not count" : "it counts, as no fit note covers it"
            case .excludeUnlessWholeDay?: "it counts only if a whole day was lost"
            case .hrReview?: "it counts, but HR advice comes before any action on it"
            case .count?, nil: "it counts as any other sickness"
            }
            return "Recorded as \(related.label): \(effect)."
        case "bradford-score":
            let score = evaluation.figures.bradford.map(TriggerEvaluator.format) ?? "not used"
            return "Told them their Bradford score is \(score) over the last \(policy.window.length.text)."
        case "trigger-review":
            let hits = evaluation.triggers.filter(\.hit).map(\.label).joined(separator: "; ")
            return "Explained that the record has reached a trigger point (\(hits)) and that a formal meeting will follow under the policy."
        case "pattern":
            let seen = evaluation.patterns.observations.joined(separator: "; ")
            return "Talked about the pattern (\(seen)); no particular reason given. Agreed to keep an eye on it."
        case "adjustments":
            return absence.related == .disability
                ? "Agreed to keep the later start time and the adapted chair from the adjustment plan."
                : "No adjustments needed at the moment."
        case "support":
            return "Reminded them of the employee assistance programme and HR's wellbeing pages."
        case "occupational-health":
            return "Discussed an occupational health referral; agreed to make one."
        case "phased-return":
            return "Agreed a two-week phased return, mornings only in the first week."
        case "work-update":
            return "Caught up on the team rota and the new case-management screens."
        case "welfare":
            return "Asked them to let me know if anything changes; the door is open."
        case "privacy":
            return "Held in a private room; offered HR if they would rather talk to someone else."
        case "sign-off":
            return "Form completed and sent to HR."
        default:
            return "Discussed; nothing further to add."
        }
    }

    /// Actions agreed at a return-to-work interview.
    static func actions(prompts: [RTWPrompt], evaluation: EmployeeEvaluation) -> [String] {
        var out: [String] = []
        let ids = Set(prompts.map(\.id))
        if ids.contains("trigger-review") { out.append("Invitation to a formal meeting under the policy to follow") }
        if ids.contains("occupational-health") { out.append("Manager to send the occupational health referral form to HR") }
        if ids.contains("phased-return") { out.append("Phased return plan to be confirmed in writing") }
        if ids.contains("pattern") { out.append("Review attendance again in three months") }
        return out
    }

    /// Notes for a manager's keeping-in-touch calls in a long absence.
    static let keepingInTouch = [
        "Keeping-in-touch call: some improvement; physiotherapy has started.",
        "Agreed to an occupational health referral; form sent to HR.",
        "Occupational health appointment booked; talked about a phased return when fit.",
        "Still unable to sit for long; next fit note to follow. Team sends best wishes.",
        "Call as agreed: slow progress; asked about the 12-week review and what it covers.",
    ]

    /// Short-spell reasons, drawn for background absences.
    static let shortReasons: [ReasonCategory] = [
        .coldFlu, .coldFlu, .coldFlu, .gastrointestinal, .gastrointestinal, .headacheMigraine,
        .respiratory, .infection, .backPain, .musculoskeletal, .other, .notGiven,
    ]

    /// Reasons for a longer background spell.
    static let longerReasons: [ReasonCategory] = [.respiratory, .backPain, .operationRecovery, .musculoskeletal, .infection]
}
