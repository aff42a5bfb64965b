/// Checks a sickness call against the policy's day-1 reporting rules: the deadline (AMB-21)
/// and the channels allowed (e.g. NUL16 s8.1-8.2 [002:1113-1115]: by telephone, no text or email).
public enum NotificationCheck {
    /// What to flag about a call, each with its source; empty when the call follows the rules
    /// or the policy sets none.
    ///
    /// - Parameters:
    ///   - firstDay: the first day of absence.
    ///   - receivedAt: when the call came in (UK local time).
    ///   - channel: `phone`, `proxy`, `text` or `email`.
    ///   - normalStart: the employee's normal start time on the first day, minutes after midnight.
    public static func flags(policy: PolicyProfile, firstDay: CalendarDay, receivedAt: LocalDateTime,
                             channel: String, normalStart: Int) -> [String] {
        guard let rule = policy.notification else { return [] }
        var flags: [String] = []
        func hhmm(_ minutes: Int) -> String {
            LocalDateTime(day: firstDay, minuteOfDay: max(0, min(1439, minutes))).hhmm
        }
        let deadline: Int
        let wording: String
        switch rule.deadline {
        case .afterStart:
            deadline = normalStart + (rule.minutes ?? 0)
            wording = "within \(rule.minutes ?? 0) minutes of the normal start time (\(hhmm(normalStart)))"
        case .beforeStart:
            deadline = normalStart
            wording = "before the start time (\(hhmm(normalStart)))"
        case .clockTime:
            deadline = rule.time.flatMap(PolicyLoader.minuteOfDay) ?? normalStart
            wording = "by \(hhmm(deadline))"
        }
        let late: Bool
        if receivedAt.day > firstDay {
            late = true
        } else if receivedAt.day < firstDay {
            late = false
        } else {
            late = rule.deadline == .beforeStart ? receivedAt.minuteOfDay >= deadline : receivedAt.minuteOfDay > deadline
        }
        if late {
            let when = receivedAt.day == firstDay ? "at \(receivedAt.hhmm)" : "on \(receivedAt.day.ukDisplay) at \(receivedAt.hhmm)"
            flags.append("Late call: received \(when); the policy asks for the call on the first day \(wording) (\(rule.source))")
        }
        if channel == "proxy" {
            switch rule.proxy {
            case "ifUnable"?: flags.append("Reported by someone else: allowed only when the employee cannot call themselves (\(rule.source))")
            case "exceptional"?: flags.append("Reported by someone else: allowed only in exceptional circumstances such as hospital admission (\(rule.source))")
            default: break
            }
        } else if !rule.channels.contains(channel) {
            let allowed = rule.channels.joined(separator: " or ")
            flags.append("Reported by \(channel): the policy asks for \(allowed == "phone" ? "a telephone call" : allowed) (\(rule.source))")
        }
        return flags
    }
}
